// Checks that no log line the relays wrote during the run holds an event body (support/logs.ts), then
// stops what global-setup started and removes its files.
import * as fs from 'node:fs';
import type { Postgres } from '../../../scripts/postgres.mjs';
import { BODY_MARKER, linesHolding } from './logs';

declare global {
  /** The PostgreSQL server global-setup started, for the teardown to stop (jest runs both in one process). */
  var __relayPostgres: Postgres | undefined;
}

export default async function globalTeardown() {
  try {
    const leaks = process.env.RELAY_TEST_DIR ? linesHolding([BODY_MARKER]) : [];
    if (leaks.length) {
      const shown = leaks
        .slice(0, 5)
        .map(({ file, line }) => `${file}: ${line.slice(0, 400)}`)
        .join('\n');
      throw new Error(`${leaks.length} relay log line(s) hold a piece of an event body (relay/README.md, Logs):\n${shown}`);
    }
  } finally {
    await globalThis.__relayPostgres?.stop();
    if (process.env.RELAY_TEST_DIR) fs.rmSync(process.env.RELAY_TEST_DIR, { recursive: true, force: true });
  }
}
