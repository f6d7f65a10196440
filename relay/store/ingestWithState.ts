// Events whose own delivery depends on state they change, one transaction each: ContactTagUpdate (the
// tags it added, against the contact's tags last seen), ContactDelete, and the agency map's
// AppInstall and AppUninstall.
import { addedTags } from '../filters';
import type { HighLevelEvent } from '../verify';
import { DELIVERY_COLUMNS, leasedUntil, type DeliveryRow, type DirectLease, type IngestResult } from './directDelivery';
import type { Driver, Queryable } from './driver';
import { contactTags } from './ingest';
import { passes, wants } from './sql';

export function ingestWithState(driver: Driver, event: HighLevelEvent, lease: DirectLease): Promise<IngestResult> {
  return driver.transaction(async (tx) => {
    // One round trip: the event, and the subscriptions that may want it (none: a duplicate).
    const rows = await tx.query<{ event_id: string; id: string | null }>(
      `WITH event AS (
         INSERT INTO events (webhook_id, type, location_id, company_id, body) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (webhook_id) DO NOTHING RETURNING id
       )
       SELECT event.id AS event_id, s.id FROM event LEFT JOIN subscriptions s ON ${wants('$2', '$3', '$4')}`,
      [event.webhookId, event.type, event.locationId ?? null, event.companyId ?? null, event.raw],
    );
    if (!rows.length) return { duplicate: true };
    const eventId = String(rows[0].event_id);
    await learnAgency(tx, event);
    const candidates = rows.flatMap((s) => (s.id === null ? [] : [s.id]));
    let raw = event.raw;
    let matchable = event.matchable ?? event.raw;
    const added = await trackTags(tx, event, candidates.length > 0);
    if (added) {
      raw = withField(raw, 'addedTags', added.given);
      matchable = withField(matchable, 'addedTags', added.tags);
      await tx.query('UPDATE events SET body = $1 WHERE id = $2', [raw, eventId]);
    }
    const inserted = !candidates.length
      ? []
      : await tx.query<DeliveryRow>(
          `INSERT INTO deliveries (event_id, subscription_id, target_url, leased_until)
           SELECT $1, s.id, s.target_url, ${leasedUntil('row_number() OVER ()', '$4', '$5')}
           FROM subscriptions s WHERE s.id = ANY ($2::text[]) AND ${passes('s.filters', '$3::jsonb')}
           RETURNING ${DELIVERY_COLUMNS}`,
          [eventId, candidates, matchable, lease.reserve(candidates.length), lease.leaseMs],
        );
    return lease.stored(event, eventId, raw, inserted);
  });
}

/** Install events keep the agency map; an uninstalled sub-account's contact tags are no longer needed. */
async function learnAgency(tx: Queryable, event: HighLevelEvent) {
  if (event.type === 'AppInstall' && event.companyId && event.locationId) {
    // HighLevel's word (a signed AppInstall): the sub-account is the agency's, whoever held it before.
    await tx.query(
      `INSERT INTO agency_locations (location_id, company_id) VALUES ($1, $2)
       ON CONFLICT (location_id) DO UPDATE SET company_id = excluded.company_id, updated_at = now()`,
      [event.locationId, event.companyId],
    );
  } else if (event.type === 'AppUninstall' && (event.locationId || event.companyId)) {
    // One sub-account, or (an agency-level uninstall) every sub-account of the agency.
    await tx.query(
      `WITH gone AS (
         SELECT $1::text AS location_id WHERE $1 IS NOT NULL
         UNION SELECT location_id FROM agency_locations WHERE $1 IS NULL AND company_id = $2::text
       ), tags AS (DELETE FROM contact_tags WHERE location_id IN (SELECT location_id FROM gone))
       DELETE FROM agency_locations WHERE location_id IN (SELECT location_id FROM gone)`,
      [event.locationId ?? null, event.companyId ?? null],
    );
  }
}

/**
 * ContactTagUpdate that a Zap `watched`: records the contact's tags and returns those added, as sent
 * (`given`) and as kept (`tags`). ContactDelete forgets them.
 */
async function trackTags(tx: Queryable, event: HighLevelEvent, watched: boolean): Promise<{ given: string[]; tags: string[] } | undefined> {
  const contact = contactTags(event);
  if (!contact) return undefined;
  const key = [event.locationId, contact.contactId];
  if (event.type === 'ContactDelete') {
    await tx.query('DELETE FROM contact_tags WHERE location_id = $1 AND contact_id = $2', key);
    return undefined;
  }
  if (event.type !== 'ContactTagUpdate' || !watched) return undefined;
  // A contact never seen: its row goes in with these tags (all added). A concurrent first sighting of
  // the same contact waits on the insert until this one commits, then finds the row and reads it below.
  const [first] = await tx.query(
    `INSERT INTO contact_tags (location_id, contact_id, tags) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1 AS inserted`,
    [...key, contact.tags],
  );
  const added = (previous: string[] | null) => {
    const tags = addedTags(previous, contact.tags);
    return { tags, given: contact.given.filter((_, i) => tags.includes(contact.tags[i])) };
  };
  if (first) return added(null);
  // Seen before: the tags last seen, with the row locked so the contact's updates take turns; then these.
  const [row] = await tx.query<{ tags: string[] | null }>(
    `WITH previous AS (SELECT tags FROM contact_tags WHERE location_id = $1 AND contact_id = $2 FOR UPDATE)
     UPDATE contact_tags c SET tags = $3, updated_at = now() FROM previous
     WHERE c.location_id = $1 AND c.contact_id = $2 RETURNING previous.tags`,
    [...key, contact.tags],
  );
  return added(row?.tags ?? null);
}

/** A JSON object's text with one more field at its end; the rest of its bytes unchanged. */
function withField(json: string, name: string, value: unknown): string {
  const end = json.lastIndexOf('}');
  return `${json.slice(0, end)},${JSON.stringify(name)}:${JSON.stringify(value)}${json.slice(end)}`;
}
