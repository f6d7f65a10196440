// The embedded store: PGlite (PostgreSQL compiled to WASM) in a data directory, nothing to install.
// PGlite is one connection in this process: it runs one query or transaction at a time (a query issued
// while a transaction is open waits for it), and only one process may open a data directory.
import { PGlite } from '@electric-sql/pglite';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import type { Driver } from './driver';

/**
 * PostgreSQL's shared buffers live in the WebAssembly memory, which never shrinks: PGlite's default of
 * 128 MB became resident as it filled. The relay's working set (recent events, deliveries that live for
 * milliseconds) fits in far less (relay/README.md, "Memory", has the figures).
 */
const START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/**
 * PostgreSQL's WebAssembly is run by V8's baseline compiler (Liftoff) only. By default V8 also recompiles
 * its hot functions with its optimising compiler, TurboFan, which for PostgreSQL's large functions cost
 * more than it gave back: about 60 MB more resident memory, and more CPU per event, not less (relay/README.md,
 * "Memory", has the figures). V8 reads the flag when it compiles a module, so it is set before PGlite
 * compiles its own; it applies to the whole process, whose only other WebAssembly is undici's small HTTP parser.
 */
const WASM_FLAGS = '--liftoff-only';

/**
 * A new data directory is initialised (initdb) in a short-lived child process: initdb grows the
 * WebAssembly memory to about 800 MB resident, and this process would keep that for its whole life.
 */
async function initialise(pgdata: string): Promise<void> {
  if (fs.existsSync(join(pgdata, 'PG_VERSION'))) return;
  const script = `require(process.argv[1]).PGlite.create({ dataDir: process.argv[2] }).then((db) => db.close())`;
  await promisify(execFile)(process.execPath, [WASM_FLAGS, '-e', script, require.resolve('@electric-sql/pglite'), pgdata]);
}

export async function pgliteDriver(dataDir: string): Promise<Driver> {
  fs.mkdirSync(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  let db: PGlite;
  try {
    setFlagsFromString(WASM_FLAGS);
    await initialise(join(dataDir, 'pgdata'));
    db = await PGlite.create({ dataDir: join(dataDir, 'pgdata'), startParams: START_PARAMS });
  } catch (error) {
    unlock();
    throw error;
  }
  return {
    kind: 'pglite',
    query: async (sql, params) => (await db.query<never>(sql, params)).rows,
    transaction: (work) => db.transaction((tx) => work({ query: async (sql, params) => (await tx.query<never>(sql, params)).rows })),
    // Nothing else can write this data directory, so in-process wake-ups are all there is.
    listen: async () => undefined,
    async close() {
      try {
        await db.close();
      } finally {
        unlock();
      }
    },
  };
}

/** A second process on the same directory would corrupt it: refuse while the owner recorded there lives. */
function lockDataDir(dataDir: string): () => void {
  const lockFile = join(dataDir, 'relay.pid');
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number(fs.readFileSync(lockFile, 'utf8'));
    if (owner && owner !== process.pid && alive(owner)) {
      throw new Error(`${dataDir} is in use by relay process ${owner}: the embedded store serves one process (use DATABASE_URL for more)`);
    }
    fs.rmSync(lockFile, { force: true }); // left by a process that died (or by this one)
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
