// Everything the relay keeps, as queries that run unchanged on PostgreSQL and PGlite.
import { randomBytes } from 'node:crypto';
import { Batcher } from '../batch';
import { addedTags, tagsOf, type Filters } from '../filters';
import { isStorableText, MAX_ID_LENGTH, storable, type HighLevelEvent } from '../verify';
import type { Driver, Queryable } from './driver';

export interface Subscription {
  id: string;
  targetUrl: string;
  events: string[];
  locationId: string | null;
  companyId: string | null;
  filters: Filters;
  trigger: string | null;
  createdAt: string;
}

export interface NewSubscription {
  targetUrl: string;
  events: string[];
  /** The one sub-account watched; with companyId too, the agency it belongs to (checked, not watched). */
  locationId?: string;
  /** Alone: every sub-account of the agency is watched. */
  companyId?: string;
  /** With companyId alone: sub-accounts the Zapier app knows belong to the agency. */
  locationIds?: string[];
  filters: Filters;
  trigger?: string;
}

/**
 * A subscription named sub-accounts (`locationIds`) that the agency map gives to another agency: none
 * of it is kept. The map comes from HighLevel's signed AppInstall events; a subscription only adds
 * sub-accounts nobody holds.
 */
export class OtherAgencyError extends Error {
  constructor(readonly locationIds: string[]) {
    super(`Sub-account${locationIds.length > 1 ? 's' : ''} ${locationIds.join(', ')} belong${locationIds.length > 1 ? '' : 's'} to another agency`);
  }
}

/** `deliveries` were stored for the event; `queued` of them unleased, waiting for a lease query. */
export type IngestResult = { duplicate: true } | { duplicate: false; eventId: string; deliveries: number; queued: number };

/**
 * The delivery worker of this process, when it has room: deliveries the store inserts already leased to
 * it go straight to adopt() once committed, without a lease query (relay/deliver.ts).
 */
export interface DirectDelivery {
  /** How long the deliveries it takes are leased to it. */
  readonly leaseMs: number;
  /** How many of `wanted` deliveries the worker takes now; it keeps those slots until adopt(). */
  reserve(wanted: number): number;
  /** The deliveries inserted leased to it (none when the insert failed), and the slots it had reserved. */
  adopt(leased: Claimed[], reserved: number): void;
}

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
 * Events that carry a contact's current tags: the relay keeps them to tell what a ContactTagUpdate added,
 * in the sub-accounts where a Zap watches ContactTagUpdate (elsewhere nobody needs them).
 */
const TAGGED_TYPES = new Set(['ContactCreate', 'ContactUpdate', 'ContactTagUpdate']);
/** Events whose own delivery depends on state they change, or that remove state. */
const STATEFUL_TYPES = new Set(['ContactTagUpdate', 'ContactDelete', 'AppInstall', 'AppUninstall']);

/** SQL: subscription `s` wants events of type `type` from sub-account `location` (of agency `company`, when known). */
const wants = (type: string, location: string, company: string) =>
  `${type} = ANY (s.events)
   AND (s.location_id = ${location}
        OR s.company_id = coalesce(${company}, (SELECT company_id FROM agency_locations WHERE location_id = ${location})))`;

/**
 * The contact an event is about and its tags (none in the body of a ContactTagUpdate: all removed), as
 * the store can keep them: U+0000 and lone surrogates replaced (`given`: the tags as sent). An id the
 * store could not key on is no contact HighLevel has.
 */
function contactTags(event: HighLevelEvent): { contactId: string; tags: string[]; given: string[] } | undefined {
  const contactId = typeof event.body.id === 'string' ? event.body.id : typeof event.body.contactId === 'string' ? event.body.contactId : undefined;
  if (!event.locationId || !contactId || contactId.length > MAX_ID_LENGTH || !isStorableText(contactId)) return undefined;
  const given = tagsOf(event.body) ?? (event.type === 'ContactTagUpdate' || event.type === 'ContactDelete' ? [] : undefined);
  return given && { contactId, tags: storable(given), given };
}
const ms = (name: string) => `(${name}::float8 * interval '1 millisecond')`;
/** SQL: a subscription's filters pass a body (relay_matches, in schema.ts, says how). */
const passes = (filters: string, body: string) => `(${filters} = '{}' OR relay_matches(${filters}, ${body}))`;

export class Store {
  private readonly batch: Batcher<HighLevelEvent, IngestResult>;
  private direct?: DirectDelivery;

  constructor(readonly driver: Driver) {
    this.batch = new Batcher((events) => this.withLease((lease) => this.ingestAtOnce(events, lease)), {
      // One batch at a time: while it commits, the next one grows (PGlite is one connection anyway;
      // on PostgreSQL two at a time meant smaller batches and more of the database's work per event).
      parallel: 1,
      max: 200,
    });
  }

  /** From now on, new deliveries go to `worker`, leased to it, while it has room. */
  deliverDirectly(worker: DirectDelivery): void {
    this.direct = worker;
  }

  /**
   * Runs `work` (which commits new deliveries) with a Lease on this process's worker: the deliveries it
   * inserts leased go to the worker once `work` has resolved (committed), and unused slots come back.
   */
  private async withLease<T>(work: (lease: Lease) => Promise<T>): Promise<T> {
    const lease = new Lease(this.direct);
    let committed = false;
    try {
      const result = await work(lease);
      committed = true;
      return result;
    } finally {
      lease.end(committed);
    }
  }

  /**
   * Keeps a verified event and, atomically with it, one pending delivery per matching subscription;
   * resolves once that is committed. A webhookId already kept changes nothing.
   */
  ingest(event: HighLevelEvent): Promise<IngestResult> {
    return STATEFUL_TYPES.has(event.type) ? this.ingestWithState(event) : this.batch.add(event);
  }

  /**
   * Most events, in batches of those arriving together (group commit): one statement (one round trip,
   * atomic on its own) stores the events, one delivery per subscription that wants each (its type, its
   * sub-account, its filters) and the contacts' tags, however many events the batch holds.
   */
  private async ingestAtOnce(batch: HighLevelEvent[], lease: Lease): Promise<IngestResult[]> {
    // The same webhookId twice in one batch: the first one goes in, the others are duplicates.
    const firsts = new Map<string, HighLevelEvent>();
    for (const event of batch) if (!firsts.has(event.webhookId)) firsts.set(event.webhookId, event);
    const events = [...firsts.values()];
    const column = <T>(pick: (event: HighLevelEvent) => T) => events.map(pick);
    const contacts = column((e) => (TAGGED_TYPES.has(e.type) ? contactTags(e) : undefined));
    // Slots for one delivery per event, the usual case; more go unleased, to the worker's lease query.
    const leased = lease.reserve(events.length);
    const rows = await this.driver.query<DeliveryRow & { webhook_id: string; event_id: string }>(
      `WITH input AS (
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $10::text[]) WITH ORDINALITY
           AS i (webhook_id, type, location_id, company_id, body, contact_id, tags, matchable, n)
       ), event AS (
         INSERT INTO events (webhook_id, type, location_id, company_id, body)
         SELECT webhook_id, type, location_id, company_id, body FROM input ORDER BY n
         ON CONFLICT (webhook_id) DO NOTHING RETURNING id, webhook_id
       ), wanted AS (
         SELECT event.id AS event_id, s.id, s.target_url, row_number() OVER () AS n
         FROM input JOIN event USING (webhook_id) JOIN subscriptions s ON ${wants('input.type', 'input.location_id', 'input.company_id')}
         WHERE ${passes('s.filters', 'coalesce(input.matchable, input.body)::jsonb')}
       ), queued AS (
         INSERT INTO deliveries (event_id, subscription_id, target_url, leased_until)
         SELECT event_id, id, target_url, ${leasedUntil('n', '$8', '$9')} FROM wanted
         RETURNING ${DELIVERY_COLUMNS}, event_id
       ), tags AS (
         -- A contact twice in the batch: its latest tags. Sorted, so concurrent batches lock rows in one order.
         INSERT INTO contact_tags (location_id, contact_id, tags)
         SELECT DISTINCT ON (input.location_id, input.contact_id) input.location_id, input.contact_id,
           ARRAY(SELECT jsonb_array_elements_text(input.tags::jsonb))
         FROM input JOIN event USING (webhook_id)
         WHERE input.contact_id IS NOT NULL AND EXISTS (SELECT 1 FROM subscriptions s WHERE ${wants(`'ContactTagUpdate'`, 'input.location_id', 'input.company_id')})
         ORDER BY input.location_id, input.contact_id, input.n DESC
         ON CONFLICT (location_id, contact_id) DO UPDATE SET tags = excluded.tags, updated_at = now()
       )
       SELECT event.webhook_id, event.id AS event_id, queued.id, queued.subscription_id, queued.target_url, queued.leased
       FROM event LEFT JOIN queued ON queued.event_id = event.id`,
      [
        column((e) => e.webhookId),
        column((e) => e.type),
        column((e) => e.locationId ?? null),
        column((e) => e.companyId ?? null),
        column((e) => e.raw),
        contacts.map((c) => c?.contactId ?? null),
        contacts.map((c) => (c ? JSON.stringify(c.tags) : null)),
        leased,
        lease.leaseMs,
        // Only a body jsonb could not hold is sent twice: as received (stored) and cleaned (matched).
        column((e) => e.matchable ?? null),
      ],
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
      return queuedFor(lease, event, String(eventRows[0].event_id), event.raw, eventRows.filter((row) => row.id !== null));
    });
  }

  /** Events whose own delivery depends on state they change (added tags, the agency map): one transaction. */
  private ingestWithState(event: HighLevelEvent): Promise<IngestResult> {
    return this.withLease((lease) => this.driver.transaction(async (tx) => {
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
      await this.learnAgency(tx, event);
      const candidates = rows.flatMap((s) => (s.id === null ? [] : [s.id]));
      let raw = event.raw;
      let matchable = event.matchable ?? event.raw;
      const added = await this.trackTags(tx, event, candidates.length > 0);
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
      return queuedFor(lease, event, eventId, raw, inserted);
    }));
  }

  /** Install events keep the agency map; an uninstalled sub-account's contact tags are no longer needed. */
  private async learnAgency(tx: Queryable, event: HighLevelEvent) {
    if (event.type === 'AppInstall' && event.companyId && event.locationId) {
      await this.mapLocations(tx, event.companyId, [event.locationId]);
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

  /** HighLevel's word (a signed AppInstall): the sub-account is the agency's, whoever held it before. */
  private async mapLocations(tx: Queryable, companyId: string, locationIds: string[]) {
    await tx.query(
      `INSERT INTO agency_locations (location_id, company_id) SELECT unnest($1::text[]), $2
       ON CONFLICT (location_id) DO UPDATE SET company_id = excluded.company_id, updated_at = now()`,
      [locationIds, companyId],
    );
  }

  /**
   * ContactTagUpdate that a Zap `watched`: records the contact's tags and returns those added, as sent
   * (`given`) and as kept (`tags`). ContactDelete forgets them.
   */
  private async trackTags(tx: Queryable, event: HighLevelEvent, watched: boolean): Promise<{ given: string[]; tags: string[] } | undefined> {
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

  /**
   * A subscription's word: the sub-accounts nobody holds become the agency's; one another agency holds
   * throws OtherAgencyError (the caller's transaction then keeps nothing). The rows are locked, in
   * order, so a concurrent claim or AppInstall of the same sub-account waits and is seen.
   */
  private async claimLocations(tx: Queryable, companyId: string, locationIds: string[]) {
    const taken = await tx.query<{ location_id: string; other: boolean }>(
      `INSERT INTO agency_locations (location_id, company_id)
       SELECT DISTINCT location_id, $2::text FROM unnest($1::text[]) AS l (location_id) ORDER BY location_id
       ON CONFLICT (location_id) DO UPDATE SET company_id = agency_locations.company_id
         WHERE agency_locations.company_id <> excluded.company_id
       RETURNING location_id, company_id <> $2::text AS other`,
      [locationIds, companyId],
    );
    const others = taken.filter((row) => row.other).map((row) => row.location_id);
    if (others.length) throw new OtherAgencyError(others);
  }

  /**
   * Creates, or replaces the one for the same targetUrl (Zapier may subscribe a URL again). The
   * sub-accounts it names with its companyId are claimed for that agency first (claimLocations).
   */
  subscribe(input: NewSubscription): Promise<Subscription> {
    return this.driver.transaction(async (tx) => {
      const named = input.locationId ? [input.locationId] : (input.locationIds ?? []);
      if (input.companyId && named.length) await this.claimLocations(tx, input.companyId, named);
      const [row] = await tx.query(
        `INSERT INTO subscriptions (id, target_url, events, location_id, company_id, filters, trigger)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)
         ON CONFLICT (target_url) DO UPDATE SET events = excluded.events, location_id = excluded.location_id,
           company_id = excluded.company_id, filters = excluded.filters, trigger = excluded.trigger
         RETURNING *`,
        [
          `sub_${randomBytes(12).toString('base64url')}`,
          input.targetUrl,
          input.events,
          input.locationId ?? null,
          // With a locationId, the agency only vouched for it: the subscription watches that sub-account.
          input.locationId ? null : (input.companyId ?? null),
          JSON.stringify(input.filters),
          input.trigger ?? null,
        ],
      );
      return subscription(row);
    });
  }

  /**
   * Records a signed call's signature; false when it was already recorded (a replay). Signatures an hour
   * past their window go on the way: no clock within an hour of the relay's accepts their calls.
   */
  async useSignature(signature: string, expiresAtSeconds: number): Promise<boolean> {
    const rows = await this.driver.query(
      `WITH forgotten AS (DELETE FROM relay_signatures WHERE expires_at < now() - interval '1 hour')
       INSERT INTO relay_signatures (signature, expires_at) VALUES ($1, to_timestamp($2::float8))
       ON CONFLICT (signature) DO NOTHING RETURNING 1 AS used`,
      [signature, expiresAtSeconds],
    );
    return rows.length === 1;
  }

  /** Removes it and its deliveries (pending or dead); false when there was none. */
  async unsubscribe(id: string): Promise<boolean> {
    const [row] = await this.driver.query<{ found: boolean }>(
      `WITH gone AS (DELETE FROM subscriptions WHERE id = $1 RETURNING id),
       deliveries_gone AS (DELETE FROM deliveries WHERE subscription_id = $1)
       SELECT EXISTS (SELECT 1 FROM gone) AS found`,
      [id],
    );
    return row.found;
  }

  async subscriptions(): Promise<Subscription[]> {
    return (await this.driver.query('SELECT * FROM subscriptions ORDER BY created_at, id')).map(subscription);
  }

  /**
   * Leases up to `limit` due deliveries for `leaseMs`; rows another process holds are skipped, and so are
   * those for the `skipped` target URLs (this process's worker has no room for them now).
   */
  async claim(limit: number, leaseMs: number, skipped: string[] = []): Promise<Claimed[]> {
    const rows = await this.driver.query(
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

  /**
   * Accepted by their targets: never sent again. The rows go (a delete writes far less than an update
   * that moves a row out of the pending index); the event stays for the retention, for dedupe.
   */
  async delivered(ids: string[]): Promise<void> {
    await this.driver.query('DELETE FROM deliveries WHERE id = ANY ($1::bigint[])', [ids]);
  }

  /** Schedules another attempt in `delayMs`, or marks the delivery dead once it has been failing `deadAfterMs`. */
  async failed(id: string, error: string, delayMs: number, deadAfterMs: number): Promise<'pending' | 'dead'> {
    const [row] = await this.driver.query<{ status: 'pending' | 'dead' }>(
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
  async dead(id: string, error: string): Promise<void> {
    await this.driver.query(
      `UPDATE deliveries SET status = 'dead', attempts = attempts + 1, done_at = now(), leased_until = NULL, last_error = $2 WHERE id = $1`,
      [id, error.slice(0, 500)],
    );
  }

  /** Gives leased rows back without counting an attempt (shutdown, or a target over its rate). */
  async release(ids: string[], delayMs = 0): Promise<void> {
    if (!ids.length) return;
    await this.driver.query(`UPDATE deliveries SET leased_until = NULL, next_at = now() + ${ms('$2')} WHERE id = ANY ($1::bigint[])`, [ids, delayMs]);
  }

  /** After a crash of the only process (the embedded store): its leases can go at once. */
  async releaseAllLeases(): Promise<void> {
    await this.driver.query('UPDATE deliveries SET leased_until = NULL WHERE leased_until IS NOT NULL');
  }

  async queueDepth(): Promise<number> {
    const [row] = await this.driver.query<{ n: string }>(`SELECT count(*) AS n FROM deliveries WHERE status = 'pending'`);
    return Number(row.n);
  }

  /**
   * Drops events older than `eventDays` whose deliveries are all finished (their dedupe with them), and
   * the tags of contacts not seen for `contactDays`.
   */
  async purge(eventDays: number, contactDays: number): Promise<{ events: number; contacts: number }> {
    const [row] = await this.driver.query<{ events: string; contacts: string }>(
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

  /** Notes that relay process `id` is alive; answers how many were (itself included) within `withinMs`. */
  async heartbeat(id: string, withinMs: number): Promise<number> {
    const [row] = await this.driver.query<{ others: string }>(
      `WITH me AS (INSERT INTO relay_processes (id) VALUES ($1) ON CONFLICT (id) DO UPDATE SET seen_at = now()),
       gone AS (DELETE FROM relay_processes WHERE seen_at < now() - interval '1 day')
       SELECT count(*) AS others FROM relay_processes WHERE id <> $1 AND seen_at >= now() - ${ms('$2')}`,
      [id, withinMs],
    );
    return Number(row.others) + 1;
  }

  /** A process stopping: the others take its share at their next heartbeat. */
  async leave(id: string): Promise<void> {
    await this.driver.query('DELETE FROM relay_processes WHERE id = $1', [id]);
  }

  async ping(): Promise<void> {
    await this.driver.query('SELECT 1');
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

/** A JSON object's text with one more field at its end; the rest of its bytes unchanged. */
function withField(json: string, name: string, value: unknown): string {
  const end = json.lastIndexOf('}');
  return `${json.slice(0, end)},${JSON.stringify(name)}:${JSON.stringify(value)}${json.slice(end)}`;
}

/** What the inserts of deliveries return. */
type DeliveryRow = { id: string | null; subscription_id: string; target_url: string; leased: boolean };
const DELIVERY_COLUMNS = 'id, subscription_id, target_url, leased_until IS NOT NULL AS leased';

/** The event's result; its deliveries inserted leased (`body` is what they carry) join the lease. */
function queuedFor(lease: Lease, event: HighLevelEvent, eventId: string, body: string, rows: DeliveryRow[]): IngestResult {
  const receivedAt = new Date();
  for (const row of rows.filter((r) => r.leased)) {
    lease.add({ id: String(row.id), subscriptionId: row.subscription_id, targetUrl: row.target_url, attempts: 0, webhookId: event.webhookId, body, receivedAt });
  }
  return { duplicate: false, eventId, deliveries: rows.length, queued: rows.filter((r) => !r.leased).length };
}

/** Slots a worker granted for the deliveries of one insert, and those inserted leased to it. */
class Lease {
  readonly leaseMs: number;
  private reserved = 0;
  private readonly leased: Claimed[] = [];

  constructor(private readonly worker?: DirectDelivery) {
    this.leaseMs = worker?.leaseMs ?? 0;
  }

  /** How many of `wanted` deliveries to insert leased. */
  reserve(wanted: number): number {
    const granted = this.worker?.reserve(wanted) ?? 0;
    this.reserved += granted;
    return granted;
  }

  /** Inserted leased, to start once committed. */
  add(delivery: Claimed): void {
    this.leased.push(delivery);
  }

  end(committed: boolean): void {
    this.worker?.adopt(committed ? this.leased : [], this.reserved);
  }
}

/** SQL: the value of `deliveries.leased_until` for the `n`th delivery inserted when the first `leased` are leased for `leaseMs`. */
const leasedUntil = (n: string, leased: string, leaseMs: string) => `CASE WHEN ${n} <= ${leased} THEN now() + ${ms(leaseMs)} END`;

function subscription(row: Record<string, unknown>): Subscription {
  return {
    id: String(row.id),
    targetUrl: String(row.target_url),
    events: row.events as string[],
    locationId: (row.location_id as string | null) ?? null,
    companyId: (row.company_id as string | null) ?? null,
    filters: (typeof row.filters === 'string' ? JSON.parse(row.filters) : row.filters) as Filters,
    trigger: (row.trigger as string | null) ?? null,
    createdAt: new Date(row.created_at as Date).toISOString(),
  };
}
