// A local HighLevel sandbox: Stoplight Prism serving the bundled official OpenAPI document on
// loopback. It answers from the documents' examples and flags (an `sl-violations` header, a
// "Violation" log line, usually a 422) any request that breaks them. Used by `npm run sandbox`, `npm start` and the e2e test.
//   node scripts/sandbox.js [port]      (foreground; Ctrl-C stops it)
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { fixDocuments } = require('./spec-fixes');

const root = path.resolve(__dirname, '..');
const SPEC = path.join(root, 'spec', 'highlevel-openapi.json');
const HOST = '127.0.0.1';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** Starts Prism and resolves once it listens: `{ url, stop(), log() }`. */
async function startSandbox({ port, quiet = true, timeoutMs = 60000 } = {}) {
  const chosen = port || (await freePort());
  const prism = require.resolve('@stoplight/prism-cli/dist/index.js');
  // Served with the documents' mistakes fixed (scripts/spec-fixes.js), exactly as the contract test reads them.
  const served = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ghl-sandbox-')), 'highlevel-openapi.json');
  fs.writeFileSync(served, JSON.stringify(fixDocuments(JSON.parse(fs.readFileSync(SPEC, 'utf8')))));
  const child = spawn(process.execPath, [prism, 'mock', served, '--host', HOST, '--port', String(chosen)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk) => {
    output += chunk;
    if (!quiet) process.stdout.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`the sandbox did not start within ${timeoutMs / 1000} s\n${output.slice(-2000)}`)), timeoutMs);
    const fail = (error) => {
      clearTimeout(timer);
      child.kill();
      reject(error);
    };
    child.on('exit', (code) => fail(new Error(`the sandbox exited (${code})\n${output.slice(-2000)}`)));
    const ready = () => {
      if (/Prism is listening/.test(output)) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve();
      }
    };
    child.stdout.on('data', ready);
  });

  return {
    url: `http://${HOST}:${chosen}`,
    log: () => output,
    // Bounded: closes this process's keep-alive sockets to the sandbox (Node 22's global agent keeps
    // them open), sends SIGTERM, then SIGKILL after `graceMs`: on a busy machine an unbounded wait
    // outran the e2e suite's afterAll. Nothing of Prism's state needs a clean exit.
    stop: ({ graceMs = 3000 } = {}) =>
      new Promise((resolve) => {
        const agent = http.globalAgent;
        for (const pool of [agent.sockets, agent.freeSockets]) {
          for (const [name, sockets] of Object.entries(pool)) {
            if (name.startsWith(`${HOST}:${chosen}:`)) for (const socket of sockets) socket.destroy();
          }
        }
        const done = () => {
          clearTimeout(kill);
          clearTimeout(giveUp);
          fs.rmSync(path.dirname(served), { recursive: true, force: true });
          resolve();
        };
        const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
        // A SIGKILLed process is gone even if its exit event is late: never wait longer than this.
        const giveUp = setTimeout(done, graceMs + 1000);
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGTERM');
      }),
  };
}

module.exports = { startSandbox, SPEC };

if (require.main === module) {
  startSandbox({ port: Number(process.argv[2]) || 4010, quiet: false }).then((sandbox) => {
    console.log(`\nHighLevel sandbox on ${sandbox.url}. In another terminal:`);
    console.log(`  GHL_API_BASE_URL=${sandbox.url} authData_access_token=sandbox authData_locationId=ve9EPM428h8vShlRW1KT \\`);
    console.log('    npx zapier-platform invoke trigger search_contacts --non-interactive');
    const stop = () => sandbox.stop().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  }, (error) => {
    console.error(error.message);
    process.exit(1);
  });
}
