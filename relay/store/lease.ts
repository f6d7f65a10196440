// The lease query: due deliveries, leased to one process at a time for as long as it sends them, and
// given back unsent.
import type { Queryable } from './driver';
import { ms } from './sql';

export interface Claimed {
  id: string;
  subscriptionId: string;
  targetUrl: string;
  attempts: number;
  webhookId: string;
  body: string;
  receivedAt: Date;
}

/**
 * Leases up to `limit` due deliveries for `leaseMs`; rows another process holds are skipped, and so are
 * those for the `skipped` target URLs (this process's worker has no room for them now).
 */
export async function claim(db: Queryable, limit: number, leaseMs: number, skipped: string[] = []): Promise<Claimed[]> {
  const rows = await db.query(
    `WITH due AS (
       SELECT id FROM deliveries
       WHERE status = 'pending' AND next_at <= now() AND (leased_until IS NULL OR leased_until <= now())
         AND NOT (target_url = ANY ($3::text[]))
       ORDER BY next_at LIMIT $1 FOR UPDATE SKIP LOCKED
     )
     UPDATE deliveries d SET leased_until = now() + ${ms('$2')}
     FROM due, events e WHERE d.id = due.id AND e.id = d.event_id
     RETURNING d.id, d.subscription_id, d.target_url, d.attempts, e.webhook_id, e.body, e.received_at`,
    [limit, leaseMs, skipped],
  );
  return rows.map((row) => ({
    id: String(row.id),
    subscriptionId: String(row.subscription_id),
    targetUrl: String(row.target_url),
    attempts: Number(row.attempts),
    webhookId: String(row.webhook_id),
    body: String(row.body),
    receivedAt: new Date(row.received_at as Date),
  }));
}

/** Gives leased rows back without counting an attempt (shutdown, or a target over its rate or share). */
export async function release(db: Queryable, ids: string[], delayMs = 0): Promise<void> {
  if (!ids.length) return;
  await db.query(`UPDATE deliveries SET leased_until = NULL, next_at = now() + ${ms('$2')} WHERE id = ANY ($1::bigint[])`, [ids, delayMs]);
}

/** After a crash of the only process (the embedded store): its leases can go at once. */
export async function releaseAllLeases(db: Queryable): Promise<void> {
  await db.query('UPDATE deliveries SET leased_until = NULL WHERE leased_until IS NOT NULL');
}
