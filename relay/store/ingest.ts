// Storing verified events: each event, atomically with one pending delivery per subscription that wants
// it, committed before HighLevel is answered. Most events go in batches (ingestBatch); those whose
// delivery depends on state they change go one at a time (ingestWithState.ts).
import { tagsOf } from '../filters';
import { isStorableText, MAX_ID_LENGTH, storable, type HighLevelEvent } from '../verify';
import { DELIVERY_COLUMNS, leasedUntil, type DeliveryRow, type DirectLease, type IngestResult } from './directDelivery';
import type { Queryable } from './driver';
import { named, passes, wants } from './sql';

/**
 * Events that carry a contact's current tags: the relay keeps them to tell what a ContactTagUpdate added,
 * in the sub-accounts where a Zap watches ContactTagUpdate (elsewhere nobody needs them).
 */
const TAGGED_TYPES = new Set(['ContactCreate', 'ContactUpdate', 'ContactTagUpdate']);
/** Events whose own delivery depends on state they change, or that remove state: ingestWithState.ts. */
export const STATEFUL_TYPES = new Set(['ContactTagUpdate', 'ContactDelete', 'AppInstall', 'AppUninstall']);

/**
 * The contact an event is about and its tags (none in the body of a ContactTagUpdate: all removed), as
 * the store can keep them: U+0000 and lone surrogates replaced (`given`: the tags as sent). An id the
 * store could not key on is no contact HighLevel has.
 */
export function contactTags(event: HighLevelEvent): { contactId: string; tags: string[]; given: string[] } | undefined {
  const contactId =
    typeof event.body.id === 'string' ? event.body.id : typeof event.body.contactId === 'string' ? event.body.contactId : undefined;
  if (!event.locationId || !contactId || contactId.length > MAX_ID_LENGTH || !isStorableText(contactId)) return undefined;
  const given = tagsOf(event.body) ?? (event.type === 'ContactTagUpdate' || event.type === 'ContactDelete' ? [] : undefined);
  return given && { contactId, tags: storable(given), given };
}

/**
 * Events arriving together (group commit): one statement (one round trip, atomic on its own) stores the
 * events, one delivery per subscription that wants each (its type, its sub-account, its filters) and the
 * contacts' tags, however many events the batch holds. A webhookId already kept is a duplicate.
 */
export async function ingestBatch(db: Queryable, batch: HighLevelEvent[], lease: DirectLease): Promise<IngestResult[]> {
  // The same webhookId twice in one batch: the first one goes in, the others are duplicates.
  const firsts = new Map<string, HighLevelEvent>();
  for (const event of batch) if (!firsts.has(event.webhookId)) firsts.set(event.webhookId, event);
  const events = [...firsts.values()];
  const column = <T>(pick: (event: HighLevelEvent) => T) => events.map(pick);
  const contacts = column((e) => (TAGGED_TYPES.has(e.type) ? contactTags(e) : undefined));
  const rows = await db.query<DeliveryRow & { webhook_id: string; event_id: string }>(
    ...named(
      // Each event's id is taken from the sequence up front (a duplicate's goes unused), so the deliveries
      // and tags of the events inserted are found by id in a hash: joining the inserted rows back to the
      // input by webhookId made a nested loop over the whole batch for every event.
      `WITH input AS (
         SELECT *, nextval('events_id_seq') AS id
         FROM unnest(:webhookIds::text[], :types::text[], :locationIds::text[], :companyIds::text[], :bodies::text[],
                     :contactIds::text[], :tags::text[], :matchables::text[]) WITH ORDINALITY
           AS i (webhook_id, type, location_id, company_id, body, contact_id, tags, matchable, n)
       ), event AS (
         INSERT INTO events (id, webhook_id, type, location_id, company_id, body)
         SELECT id, webhook_id, type, location_id, company_id, body FROM input
         ON CONFLICT (webhook_id) DO NOTHING RETURNING id, webhook_id
       ), inserted AS (
         SELECT input.* FROM input WHERE id = ANY (ARRAY(SELECT id FROM event))
       ), wanted AS (
         SELECT inserted.id AS event_id, s.id, s.target_url, row_number() OVER () AS n
         FROM inserted JOIN subscriptions s ON ${wants('inserted.type', 'inserted.location_id', 'inserted.company_id')}
         WHERE ${passes('s.filters', 'coalesce(inserted.matchable, inserted.body)::jsonb')}
       ), queued AS (
         INSERT INTO deliveries (event_id, subscription_id, target_url, leased_until)
         SELECT event_id, id, target_url, ${leasedUntil('n', ':leased', ':leaseMs')} FROM wanted
         RETURNING ${DELIVERY_COLUMNS}, event_id
       ), tags AS (
         -- A contact twice in the batch: its latest tags. Sorted, so concurrent batches lock rows in one order.
         INSERT INTO contact_tags (location_id, contact_id, tags)
         SELECT DISTINCT ON (inserted.location_id, inserted.contact_id) inserted.location_id, inserted.contact_id,
           ARRAY(SELECT jsonb_array_elements_text(inserted.tags::jsonb))
         FROM inserted
         WHERE inserted.contact_id IS NOT NULL AND EXISTS (SELECT 1 FROM subscriptions s WHERE ${wants(`'ContactTagUpdate'`, 'inserted.location_id', 'inserted.company_id')})
         ORDER BY inserted.location_id, inserted.contact_id, inserted.n DESC
         ON CONFLICT (location_id, contact_id) DO UPDATE SET tags = excluded.tags, updated_at = now()
       )
       SELECT event.webhook_id, event.id AS event_id, queued.id, queued.subscription_id, queued.target_url, queued.leased
       FROM event LEFT JOIN queued ON queued.event_id = event.id`,
      {
        webhookIds: column((e) => e.webhookId),
        types: column((e) => e.type),
        locationIds: column((e) => e.locationId ?? null),
        companyIds: column((e) => e.companyId ?? null),
        bodies: column((e) => e.raw),
        contactIds: contacts.map((c) => c?.contactId ?? null),
        tags: contacts.map((c) => (c ? JSON.stringify(c.tags) : null)),
        // Only a body jsonb could not hold is sent twice: as received (stored) and cleaned (matched).
        matchables: column((e) => e.matchable ?? null),
        // Places for one delivery per event, the usual case; more go unleased, to the worker's lease query.
        leased: lease.reserve(events.length),
        leaseMs: lease.leaseMs,
      },
    ),
  );
  // One row per delivery, or one with no delivery (id null) for an event nobody wants.
  const stored = new Map<string, typeof rows>();
  for (const row of rows) {
    const eventRows = stored.get(row.webhook_id);
    if (eventRows) eventRows.push(row);
    else stored.set(row.webhook_id, [row]);
  }
  return batch.map((event) => {
    const eventRows = firsts.get(event.webhookId) === event ? stored.get(event.webhookId) : undefined;
    if (!eventRows) return { duplicate: true };
    return lease.stored(
      event,
      String(eventRows[0].event_id),
      event.raw,
      eventRows.filter((row) => row.id !== null),
    );
  });
}
