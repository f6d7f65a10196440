// Sending again what failed (relay/admin/routes.ts): a dead delivery goes back to pending, unleased and
// due now, so the ordinary worker sends it (rate, per-target pacing, retries, dead after the usual time).
// Its dead outcome is kept in delivery_history first. A delivery already pending is left as it is.
import type { Driver, Queryable } from './driver';
import { deadWhere, statusCodeOf, type DeadFilter } from './history';

export type ReplayOne = 'queued' | 'pending' | 'unknown';

/** SQL: dead deliveries `target` (id, ...) kept in history, then made pending again; returns the ids queued. */
const requeue = (target: string) => `
  kept AS (
    INSERT INTO delivery_history (delivery_id, event_id, subscription_id, outcome, attempts, status_code, error, done_at)
    SELECT d.id, d.event_id, d.subscription_id, 'dead', d.attempts, ${statusCodeOf('d.last_error')}, d.last_error, coalesce(d.done_at, now())
    FROM deliveries d JOIN ${target} t ON t.id = d.id
  ), queued AS (
    UPDATE deliveries d SET status = 'pending', attempts = 0, next_at = now(), leased_until = NULL, created_at = now(), done_at = NULL, last_error = NULL
    FROM ${target} t WHERE d.id = t.id AND d.status = 'dead' RETURNING d.id
  )`;

export class Replays {
  constructor(private readonly driver: Driver) {}

  /** One dead delivery again; 'pending' when it already is (nothing done), 'unknown' when there is no such delivery. */
  async one(id: string): Promise<ReplayOne> {
    if (!/^\d{1,18}$/.test(id)) return 'unknown';
    const [row] = await this.driver.query<{ was: string | null; queued: string }>(
      `WITH target AS (SELECT id FROM deliveries WHERE id = $1::bigint AND status = 'dead' FOR UPDATE), ${requeue('target')}
       SELECT (SELECT status FROM deliveries WHERE id = $1::bigint) AS was, (SELECT count(*) FROM queued) AS queued`,
      [id],
    );
    if (Number(row.queued) > 0) return 'queued';
    return row.was === null ? 'unknown' : 'pending';
  }

  /** Up to `cap` dead deliveries the filter selects (oldest first); how many were queued and how many dead ones are left. */
  async range(filter: DeadFilter, cap: number): Promise<{ queued: number; remaining: number }> {
    const params: unknown[] = [];
    const where = deadWhere(filter, params);
    params.push(cap);
    const [row] = await this.driver.query<{ queued: string; matching: string }>(
      `WITH target AS (
         SELECT d.id FROM deliveries d JOIN events e ON e.id = d.event_id LEFT JOIN subscriptions s ON s.id = d.subscription_id
         WHERE ${where} ORDER BY e.received_at, d.id LIMIT $${params.length} FOR UPDATE OF d SKIP LOCKED
       ), ${requeue('target')}
       SELECT (SELECT count(*) FROM queued) AS queued,
         (SELECT count(*) FROM deliveries d JOIN events e ON e.id = d.event_id LEFT JOIN subscriptions s ON s.id = d.subscription_id WHERE ${where}) AS matching`,
      params,
    );
    // `matching` was counted before this statement's changes.
    return { queued: Number(row.queued), remaining: Math.max(0, Number(row.matching) - Number(row.queued)) };
  }

  /**
   * A stored event again: to `subscriptionId` when given (any current subscription), else to every
   * subscription it was delivered to or meant for. Per subscription: a pending delivery is left alone, a
   * dead one is queued again, and otherwise (delivered) a new delivery is stored. Undefined when the
   * event is not kept (never received, or older than the retention).
   */
  async redeliver(
    webhookId: string,
    subscriptionId?: string,
  ): Promise<{ queued: number; alreadyPending: number; subscriptions: number } | undefined> {
    return this.driver.transaction(async (tx) => {
      const [event] = await tx.query<{ id: string }>('SELECT id FROM events WHERE webhook_id = $1', [webhookId]);
      if (!event) return undefined;
      // Two redeliveries of one event at once must not both insert a delivery for the same subscription.
      await tx.query(`SELECT pg_advisory_xact_lock(7172011, hashtext($1::text))`, [event.id]);
      const targets = await this.targets(tx, event.id, subscriptionId);
      const [row] = await tx.query<{ queued: string; inserted: string; pending: string }>(
        `WITH chosen AS (SELECT unnest($2::text[]) AS subscription_id),
         target AS (SELECT d.id FROM deliveries d JOIN chosen c ON c.subscription_id = d.subscription_id WHERE d.event_id = $1 AND d.status = 'dead'),
         ${requeue('target')},
         inserted AS (
           INSERT INTO deliveries (event_id, subscription_id, target_url)
           SELECT $1, s.id, s.target_url FROM subscriptions s JOIN chosen c ON c.subscription_id = s.id
           WHERE NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.event_id = $1 AND d.subscription_id = s.id)
           RETURNING id
         )
         SELECT (SELECT count(*) FROM queued) AS queued, (SELECT count(*) FROM inserted) AS inserted,
           (SELECT count(*) FROM deliveries d JOIN chosen c ON c.subscription_id = d.subscription_id WHERE d.event_id = $1 AND d.status = 'pending') AS pending`,
        [event.id, targets],
      );
      // `pending` was counted before this statement's changes: those left as they were.
      return { queued: Number(row.queued) + Number(row.inserted), alreadyPending: Number(row.pending), subscriptions: targets.length };
    });
  }

  /** The subscriptions a redelivery goes to: `subscriptionId` if it exists, else those the event went to. */
  private async targets(tx: Queryable, eventId: string, subscriptionId?: string): Promise<string[]> {
    const rows = subscriptionId
      ? await tx.query<{ id: string }>('SELECT id FROM subscriptions WHERE id = $1', [subscriptionId])
      : await tx.query<{ id: string }>(
          `SELECT s.id FROM subscriptions s WHERE s.id IN (
             SELECT subscription_id FROM deliveries WHERE event_id = $1 UNION SELECT subscription_id FROM delivery_history WHERE event_id = $1)`,
          [eventId],
        );
    return rows.map((row) => row.id);
  }
}
