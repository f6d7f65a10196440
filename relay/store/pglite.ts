// The embedded store: PGlite (PostgreSQL compiled to WASM) in a data directory, nothing to install.
// PGlite is one connection in this process: it runs one query or transaction at a time (a query issued
// while a transaction is open waits for it), and only one process may open a data directory.
import { PGlite } from '@electric-sql/pglite';
import * as fs from 'node:fs';
import { join } from 'node:path';
import type { Driver } from './driver';

export async function pgliteDriver(dataDir: string): Promise<Driver> {
  fs.mkdirSync(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  let db: PGlite;
  try {
    db = await PGlite.create({ dataDir: join(dataDir, 'pgdata') });
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
