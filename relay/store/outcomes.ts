// What became of a delivery the worker sent: accepted, to be retried, or dead.
import type { Queryable } from './driver';
import { ms } from './sql';

/**
 * Accepted by their targets: never sent again. The rows go (a delete writes far less than an update
 * that moves a row out of the pending index); the event stays for the retention, for dedupe, and the
 * same statement keeps each outcome in delivery_history (relay/README.md, "Outcomes kept for looking
 * back"). A row whose subscription went meanwhile was deleted with it: nothing to keep.
 */
export async function delivered(db: Queryable, ids: string[]): Promise<void> {
  await db.query(
    `WITH gone AS (DELETE FROM deliveries WHERE id = ANY ($1::bigint[]) RETURNING id, event_id, subscription_id, attempts, last_error)
     INSERT INTO delivery_history (delivery_id, event_id, subscription_id, outcome, attempts, error)
     SELECT id, event_id, subscription_id, 'delivered', attempts + 1, last_error FROM gone`,
    [ids],
  );
}

/** Schedules another attempt in `delayMs`, or marks the delivery dead once it has been failing `deadAfterMs`. */
export async function failed(db: Queryable, id: string, error: string, delayMs: number, deadAfterMs: number): Promise<'pending' | 'dead'> {
  const [row] = await db.query<{ status: 'pending' | 'dead' }>(
    `UPDATE deliveries SET attempts = attempts + 1, last_error = $2, leased_until = NULL,
       status = CASE WHEN created_at + ${ms('$4')} <= now() THEN 'dead' ELSE 'pending' END,
       done_at = CASE WHEN created_at + ${ms('$4')} <= now() THEN now() END,
       next_at = now() + ${ms('$3')}
     WHERE id = $1 RETURNING status`,
    [id, error.slice(0, 500), delayMs, deadAfterMs],
  );
  return row?.status ?? 'dead';
}

/** A permanent failure (the target refused the request itself): no retry. */
export async function dead(db: Queryable, id: string, error: string): Promise<void> {
  await db.query(
    `UPDATE deliveries SET status = 'dead', attempts = attempts + 1, done_at = now(), leased_until = NULL, last_error = $2 WHERE id = $1`,
    [id, error.slice(0, 500)],
  );
}

/** Deliveries waiting to be sent (retries included). */
export async function queueDepth(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: string }>(`SELECT count(*) AS n FROM deliveries WHERE status = 'pending'`);
  return Number(row.n);
}
