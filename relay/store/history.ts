// What the operator looks back at (relay/admin/): each event's deliveries and their outcomes, the Zaps'
// state, dead deliveries, and the hourly counts the charts draw. Read-only here, except the counts.
import type { Driver } from './driver';
import { ms } from './sql';

/** Which dead deliveries: the event's arrival in [since, until), and optionally one Zap, sub-account or trigger. */
export interface DeadFilter {
  since?: Date;
  until?: Date;
  subscriptionId?: string;
  locationId?: string;
  trigger?: string;
}

export interface DeadRow {
  id: string;
  webhookId: string;
  type: string;
  locationId: string | null;
  subscriptionId: string;
  trigger: string | null;
  attempts: number;
  lastError: string | null;
  receivedAt: Date;
  deadAt: Date;
}

export interface ZapRow {
  id: string;
  trigger: string | null;
  events: string[];
  locationId: string | null;
  companyId: string | null;
  targetUrl: string;
  createdAt: Date;
  lastDeliveredAt: Date | null;
  lastError: string | null;
  lastErrorAt: Date | null;
  pending: number;
  dead: number;
  failures24h: number;
}

export type Outcome = 'pending' | 'retrying' | 'delivered' | 'dead';

export interface TracedDelivery {
  deliveryId: string;
  subscriptionId: string;
  trigger: string | null;
  targetUrl: string | null;
  outcome: Outcome;
  attempts: number;
  statusCode: number | null;
  error: string | null;
  /** When it was delivered or given up; for a pending one, when it is next tried. */
  at: Date;
}

export interface TracedEvent {
  webhookId: string;
  type: string;
  locationId: string | null;
  companyId: string | null;
  receivedAt: Date;
  deliveries: TracedDelivery[];
}

export interface HourlyCount {
  hour: Date;
  name: string;
  reason: string;
  count: number;
}

/** SQL `WHERE` terms for a DeadFilter over deliveries `d`, events `e` and subscriptions `s`, appending to `params`. */
export function deadWhere(filter: DeadFilter, params: unknown[]): string {
  const terms = [`d.status = 'dead'`];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    terms.push(sql(`$${params.length}`));
  };
  // As text: PGlite's serializer refuses Dates made in another realm (the tests' VM contexts).
  if (filter.since) add((p) => `e.received_at >= ${p}::timestamptz`, filter.since.toISOString());
  if (filter.until) add((p) => `e.received_at < ${p}::timestamptz`, filter.until.toISOString());
  if (filter.subscriptionId) add((p) => `d.subscription_id = ${p}`, filter.subscriptionId);
  if (filter.locationId) add((p) => `e.location_id = ${p}`, filter.locationId);
  if (filter.trigger) add((p) => `s.trigger = ${p}`, filter.trigger);
  return terms.join(' AND ');
}

/** SQL: the HTTP status in an error like "answered 503" (the worker's wording), else NULL. */
export const statusCodeOf = (error: string) => `substring(${error}, 'answered ([0-9]{3})')::integer`;

const date = (value: unknown) => (value === null || value === undefined ? null : new Date(value as Date));

export class History {
  constructor(private readonly driver: Driver) {}

  /** Dead deliveries the filter selects, latest first, and how many there are in all. */
  async dead(filter: DeadFilter, limit = 200): Promise<{ rows: DeadRow[]; total: number }> {
    const params: unknown[] = [];
    const where = deadWhere(filter, params);
    const from = `FROM deliveries d JOIN events e ON e.id = d.event_id LEFT JOIN subscriptions s ON s.id = d.subscription_id WHERE ${where}`;
    const rows = await this.driver.query(
      `SELECT d.id, e.webhook_id, e.type, e.location_id, d.subscription_id, s.trigger, d.attempts, d.last_error, e.received_at, d.done_at
       ${from} ORDER BY d.done_at DESC, d.id DESC LIMIT ${Number(limit)}`,
      params,
    );
    const [count] = await this.driver.query<{ n: string }>(`SELECT count(*) AS n ${from}`, params);
    return {
      total: Number(count.n),
      rows: rows.map((row) => ({
        id: String(row.id),
        webhookId: String(row.webhook_id),
        type: String(row.type),
        locationId: (row.location_id as string | null) ?? null,
        subscriptionId: String(row.subscription_id),
        trigger: (row.trigger as string | null) ?? null,
        attempts: Number(row.attempts),
        lastError: (row.last_error as string | null) ?? null,
        receivedAt: new Date(row.received_at as Date),
        deadAt: new Date(row.done_at as Date),
      })),
    };
  }

  /**
   * Every subscription with its last delivery, last error, deliveries pending and dead, and failures in
   * the last 24 hours (deliveries that failed at least once: retrying, dead, or delivered after retries).
   * Failing ones first.
   */
  async zaps(): Promise<ZapRow[]> {
    const rows = await this.driver.query(
      // Per subscription, its history of the last day through the (subscription_id, done_at) index;
      // pending and dead rows (a small table) at once.
      `WITH queued AS (
         SELECT subscription_id, count(*) FILTER (WHERE status = 'pending') AS pending, count(*) FILTER (WHERE status = 'dead') AS dead,
           count(*) FILTER (WHERE last_error IS NOT NULL AND created_at > now() - interval '1 day') AS failures,
           (array_agg(last_error ORDER BY done_at DESC NULLS FIRST) FILTER (WHERE last_error IS NOT NULL))[1] AS last_error,
           max(done_at) FILTER (WHERE last_error IS NOT NULL) AS last_error_at
         FROM deliveries GROUP BY subscription_id
       )
       SELECT s.id, s.trigger, s.events, s.location_id, s.company_id, s.target_url, s.created_at,
         delivered.at AS last_delivered_at,
         coalesce(q.last_error, failed.error) AS last_error, CASE WHEN q.last_error IS NOT NULL THEN q.last_error_at ELSE failed.at END AS last_error_at,
         coalesce(q.failures, 0) + failed.n AS failures, coalesce(q.pending, 0) AS pending, coalesce(q.dead, 0) AS dead
       FROM subscriptions s
         LEFT JOIN queued q ON q.subscription_id = s.id
         LEFT JOIN LATERAL (SELECT max(h.done_at) AS at FROM delivery_history h WHERE h.subscription_id = s.id AND h.outcome = 'delivered') AS delivered ON true
         LEFT JOIN LATERAL (
           SELECT count(*) AS n, (array_agg(h.error ORDER BY h.done_at DESC))[1] AS error, max(h.done_at) AS at
           FROM delivery_history h WHERE h.subscription_id = s.id AND h.done_at > now() - interval '1 day' AND h.error IS NOT NULL
         ) AS failed ON true
       ORDER BY coalesce(q.dead, 0) > 0 DESC, coalesce(q.failures, 0) + failed.n DESC, s.trigger NULLS LAST, s.created_at`,
    );
    return rows.map((row) => ({
      id: String(row.id),
      trigger: (row.trigger as string | null) ?? null,
      events: row.events as string[],
      locationId: (row.location_id as string | null) ?? null,
      companyId: (row.company_id as string | null) ?? null,
      targetUrl: String(row.target_url),
      createdAt: new Date(row.created_at as Date),
      lastDeliveredAt: date(row.last_delivered_at),
      lastError: (row.last_error as string | null) ?? null,
      lastErrorAt: date(row.last_error_at),
      pending: Number(row.pending),
      dead: Number(row.dead),
      failures24h: Number(row.failures),
    }));
  }

  /** An event still kept (within retention), each delivery of it and what became of it; undefined when unknown. */
  async trace(webhookId: string): Promise<TracedEvent | undefined> {
    const [event] = await this.driver.query(
      'SELECT id, webhook_id, type, location_id, company_id, received_at FROM events WHERE webhook_id = $1',
      [webhookId],
    );
    if (!event) return undefined;
    const rows = await this.driver.query(
      `SELECT o.*, s.trigger, s.target_url FROM (
         SELECT id AS delivery_id, subscription_id,
           CASE WHEN status = 'pending' AND last_error IS NOT NULL THEN 'retrying' ELSE status END AS outcome,
           attempts, ${statusCodeOf('last_error')} AS status_code, last_error AS error, coalesce(done_at, next_at) AS at
         FROM deliveries WHERE event_id = $1
         UNION ALL
         SELECT delivery_id, subscription_id, outcome, attempts, coalesce(status_code, ${statusCodeOf('error')}), error, done_at
         FROM delivery_history WHERE event_id = $1
       ) AS o LEFT JOIN subscriptions s ON s.id = o.subscription_id
       ORDER BY o.at, o.delivery_id`,
      [event.id],
    );
    return {
      webhookId: String(event.webhook_id),
      type: String(event.type),
      locationId: (event.location_id as string | null) ?? null,
      companyId: (event.company_id as string | null) ?? null,
      receivedAt: new Date(event.received_at as Date),
      deliveries: rows.map((row) => ({
        deliveryId: String(row.delivery_id),
        subscriptionId: String(row.subscription_id),
        trigger: (row.trigger as string | null) ?? null,
        targetUrl: (row.target_url as string | null) ?? null,
        outcome: row.outcome as Outcome,
        attempts: Number(row.attempts),
        statusCode: row.status_code === null ? null : Number(row.status_code),
        error: (row.error as string | null) ?? null,
        at: new Date(row.at as Date),
      })),
    };
  }

  /** Adds counters' growth to their hour (every process does, so the sums cover them all); drops counts over 2 days old. */
  async addCounts(counts: Array<{ name: string; reason: string; count: number }>, at = new Date()): Promise<void> {
    if (!counts.length) return;
    await this.driver.query(
      `WITH added AS (
         INSERT INTO relay_hourly_counts (hour, name, reason, count)
         SELECT date_trunc('hour', $1::timestamptz), n, r, c FROM unnest($2::text[], $3::text[], $4::bigint[]) AS i (n, r, c)
         ON CONFLICT (hour, name, reason) DO UPDATE SET count = relay_hourly_counts.count + excluded.count
       )
       DELETE FROM relay_hourly_counts WHERE hour < now() - interval '2 days'`,
      [at.toISOString(), counts.map((c) => c.name), counts.map((c) => c.reason), counts.map((c) => c.count)],
    );
  }

  /** The counts of the last `hours` hours, the current one included. */
  async hourly(hours = 24): Promise<HourlyCount[]> {
    const rows = await this.driver.query(
      `SELECT hour, name, reason, count FROM relay_hourly_counts
       WHERE hour > date_trunc('hour', now()) - $1::integer * interval '1 hour' ORDER BY hour`,
      [hours],
    );
    return rows.map((row) => ({
      hour: new Date(row.hour as Date),
      name: String(row.name),
      reason: String(row.reason),
      count: Number(row.count),
    }));
  }

  /** The relay processes that said they were alive within `withinMs` (heartbeats: PostgreSQL only). */
  async processes(withinMs: number): Promise<Array<{ id: string; seenAt: Date }>> {
    const rows = await this.driver.query(`SELECT id, seen_at FROM relay_processes WHERE seen_at >= now() - ${ms('$1')} ORDER BY id`, [
      withinMs,
    ]);
    return rows.map((row) => ({ id: String(row.id), seenAt: new Date(row.seen_at as Date) }));
  }
}
