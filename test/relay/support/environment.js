// The relay tests' jest environment. PGlite loads its WebAssembly with dynamic import(), which code in
// jest's module sandbox cannot run (short of node --experimental-vm-modules; electric-sql/pglite#224).
// This file is loaded natively, outside the sandbox: it hands the tests a PGlite loaded the same way,
// and the relay project maps '@electric-sql/pglite' to pglite-native.js, which returns it.
const { TestEnvironment } = require('jest-environment-node');

class RelayEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global.__nativePglite = () => require('@electric-sql/pglite');
  }
}

module.exports = RelayEnvironment;
