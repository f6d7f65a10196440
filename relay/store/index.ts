// Opens the store the configuration names (PostgreSQL with DATABASE_URL, else PGlite) and migrates it.
import { pgliteDriver } from './pglite';
import { postgresDriver } from './postgres';
import { Store } from './store';
import { migrate } from './schema';

export type { DirectDelivery, IngestResult } from './directDelivery';
export type { Claimed } from './lease';
export { DELIVERIES_CHANNEL } from './schema';
export { Store } from './store';
export { OtherAgencyError, type NewSubscription, type Subscription } from './subscriptions';

export async function openStore(options: { databaseUrl?: string; dataDir: string; onError: (error: Error) => void }): Promise<Store> {
  const driver = options.databaseUrl ? await postgresDriver(options.databaseUrl, options.onError) : await pgliteDriver(options.dataDir);
  try {
    await migrate(driver);
    const store = new Store(driver);
    // The embedded store has one process: leases left by a crash of it can go at once.
    if (driver.kind === 'pglite') await store.releaseAllLeases();
    return store;
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw error;
  }
}
