// What the relay keeps, and for how long: events (their dedupe and outcomes with them) and contacts' tags.
import type { Queryable } from './driver';

/**
 * Drops events older than `eventDays` whose deliveries are all finished (their dedupe with them), and
 * the tags of contacts not seen for `contactDays`.
 */
export async function purge(db: Queryable, eventDays: number, contactDays: number): Promise<{ events: number; contacts: number }> {
  const [row] = await db.query<{ events: string; contacts: string }>(
    `WITH events_gone AS (
       DELETE FROM events e WHERE e.received_at < now() - ($1::float8 * interval '1 day')
         AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.event_id = e.id AND d.status = 'pending')
       RETURNING id
     ), dead_gone AS (
       DELETE FROM deliveries WHERE event_id IN (SELECT id FROM events_gone)
     ), contacts_gone AS (
       DELETE FROM contact_tags WHERE updated_at < now() - ($2::float8 * interval '1 day') RETURNING 1
     )
     SELECT (SELECT count(*) FROM events_gone) AS events, (SELECT count(*) FROM contacts_gone) AS contacts`,
    [eventDays, contactDays],
  );
  return { events: Number(row.events), contacts: Number(row.contacts) };
}
