// Stops what global-setup started and removes its files.
import * as fs from 'node:fs';

export default async function globalTeardown() {
  await (globalThis as any).__relayPostgres?.stop();
  if (process.env.RELAY_TEST_DIR) fs.rmSync(process.env.RELAY_TEST_DIR, { recursive: true, force: true });
}
