// Relay processes sharing one PostgreSQL: each says it is alive, and learns how many share the store
// (each paces a target to its share of the rate).
import type { Queryable } from './driver';
import { ms } from './sql';

/** Notes that relay process `id` is alive; answers how many were (itself included) within `withinMs`. */
export async function heartbeat(db: Queryable, id: string, withinMs: number): Promise<number> {
  const [row] = await db.query<{ others: string }>(
    `WITH me AS (INSERT INTO relay_processes (id) VALUES ($1) ON CONFLICT (id) DO UPDATE SET seen_at = now()),
     gone AS (DELETE FROM relay_processes WHERE seen_at < now() - interval '1 day')
     SELECT count(*) AS others FROM relay_processes WHERE id <> $1 AND seen_at >= now() - ${ms('$2')}`,
    [id, withinMs],
  );
  return Number(row.others) + 1;
}

/** A process stopping: the others take its share at their next heartbeat. */
export async function leave(db: Queryable, id: string): Promise<void> {
  await db.query('DELETE FROM relay_processes WHERE id = $1', [id]);
}
