// The relay's tables, as numbered migrations applied at start (one statement per string: PGlite's
// query runs one). Append new migrations; never edit an applied one.
import type { Driver } from './driver';

/** NOTIFY channel: deliveries were committed (on PostgreSQL, every relay process wakes up). */
export const DELIVERIES_CHANNEL = 'relay_deliveries';

const MIGRATIONS: string[][] = [
  [
    `CREATE TABLE subscriptions (
       id text PRIMARY KEY,
       target_url text NOT NULL UNIQUE,
       events text[] NOT NULL,
       location_id text,
       company_id text,
       filters jsonb NOT NULL DEFAULT '{}',
       trigger text,
       created_at timestamptz NOT NULL DEFAULT now(),
       CHECK ((location_id IS NULL) <> (company_id IS NULL))
     )`,
    `CREATE INDEX subscriptions_location ON subscriptions (location_id)`,
    `CREATE INDEX subscriptions_company ON subscriptions (company_id)`,
    // Which agency each sub-account belongs to: from AppInstall/AppUninstall and agency subscriptions.
    `CREATE TABLE agency_locations (
       location_id text PRIMARY KEY,
       company_id text NOT NULL,
       updated_at timestamptz NOT NULL DEFAULT now()
     )`,
    `CREATE INDEX agency_locations_company ON agency_locations (company_id)`,
    // body: what is delivered, as HighLevel sent it (plus addedTags on ContactTagUpdate).
    // webhook_id UNIQUE is the dedupe; rows live RELAY_RETENTION_DAYS (at least 1).
    `CREATE TABLE events (
       id bigserial PRIMARY KEY,
       webhook_id text NOT NULL UNIQUE,
       type text NOT NULL,
       location_id text,
       company_id text,
       body text NOT NULL,
       received_at timestamptz NOT NULL DEFAULT now()
     )`,
    `CREATE INDEX events_received ON events (received_at)`,
    // One row per (event, subscription). pending -> dead, or deleted once delivered (migration 2; earlier
    // rows may say 'delivered'). A worker leases a due row
    // (leased_until) while its request is in flight, so no other process sends it meanwhile.
    `CREATE TABLE deliveries (
       id bigserial PRIMARY KEY,
       event_id bigint NOT NULL REFERENCES events (id) ON DELETE CASCADE,
       subscription_id text NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
       target_url text NOT NULL,
       status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead')),
       attempts integer NOT NULL DEFAULT 0,
       next_at timestamptz NOT NULL DEFAULT now(),
       leased_until timestamptz,
       created_at timestamptz NOT NULL DEFAULT now(),
       done_at timestamptz,
       last_error text,
       UNIQUE (event_id, subscription_id)
     )`,
    `CREATE INDEX deliveries_due ON deliveries (next_at) WHERE status = 'pending'`,
    `CREATE INDEX deliveries_dead ON deliveries (done_at) WHERE status = 'dead'`,
    `CREATE INDEX deliveries_subscription ON deliveries (subscription_id)`,
    // NOTIFY is sent on commit, once per transaction however many rows it inserted.
    `CREATE FUNCTION relay_notify_deliveries() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN PERFORM pg_notify('${DELIVERIES_CHANNEL}', ''); RETURN NULL; END $$`,
    `CREATE TRIGGER deliveries_notify AFTER INSERT ON deliveries FOR EACH STATEMENT EXECUTE FUNCTION relay_notify_deliveries()`,
    // Each contact's tags when last seen, to tell which tags a ContactTagUpdate added.
    `CREATE TABLE contact_tags (
       location_id text NOT NULL,
       contact_id text NOT NULL,
       tags text[],
       updated_at timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (location_id, contact_id)
     )`,
  ],
  [
    // Room on each page, so that leasing a row (leased_until, in no index) rewrites it in place (HOT).
    `ALTER TABLE deliveries SET (fillfactor = 70)`,
    // Relay processes sharing this store, each seen at its last heartbeat: each paces a target to its share.
    `CREATE TABLE relay_processes (id text PRIMARY KEY, seen_at timestamptz NOT NULL DEFAULT now())`,
  ],
  [
    // Deliveries inserted leased to the process that stored them are its own to send: the others (and
    // its own lease query) are woken only for those inserted unleased.
    `CREATE OR REPLACE FUNCTION relay_notify_deliveries() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF EXISTS (SELECT 1 FROM inserted WHERE leased_until IS NULL) THEN PERFORM pg_notify('${DELIVERIES_CHANNEL}', ''); END IF;
         RETURN NULL;
       END $$`,
    `DROP TRIGGER deliveries_notify ON deliveries`,
    `CREATE TRIGGER deliveries_notify AFTER INSERT ON deliveries REFERENCING NEW TABLE AS inserted
       FOR EACH STATEMENT EXECUTE FUNCTION relay_notify_deliveries()`,
    // Every delivery inserted checked, and locked, its event and subscription rows: a quarter of the
    // database's work per event. Unsubscribing and purging delete the deliveries themselves instead. (A
    // delivery inserted as its subscription goes may still reach the old target once: Zapier answers 410.)
    `ALTER TABLE deliveries DROP CONSTRAINT deliveries_event_id_fkey`,
    `ALTER TABLE deliveries DROP CONSTRAINT deliveries_subscription_id_fkey`,
    // Rows come and go by the thousand: every index costs on both. A delivery is inserted only with its
    // (new) event, so (event, subscription) is unique by construction; unsubscribing and purging, rare,
    // can scan the table (pending and dead rows only).
    `ALTER TABLE deliveries DROP CONSTRAINT deliveries_event_id_subscription_id_key`,
    `DROP INDEX deliveries_subscription`,
    // Subscription filters, checked where deliveries are inserted (relay/README.md, "Subscriptions").
    // A value as filters compare it: trimmed, lower case (both the body's values and the wanted ones).
    `CREATE FUNCTION relay_normal(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(btrim(value, E' \\t\\r\\n')) $$`,
    // The values at a dotted path of a body: the path goes through objects only; at its end a scalar,
    // or a list of them; normalised, numbers without trailing zeros, blanks left out.
    `CREATE FUNCTION relay_field_values(body jsonb, path text[]) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
       SELECT value FROM (
         SELECT relay_normal(CASE jsonb_typeof(item) WHEN 'number' THEN trim_scale(item::numeric)::text ELSE item #>> '{}' END) AS value
         FROM (SELECT body #> path AS field) AS f,
           jsonb_array_elements(CASE jsonb_typeof(f.field) WHEN 'array' THEN f.field ELSE jsonb_build_array(f.field) END) AS item
         WHERE jsonb_typeof(item) IN ('string', 'number', 'boolean')
           AND NOT EXISTS (SELECT 1 FROM generate_series(1, cardinality(path) - 1) AS i WHERE jsonb_typeof(body #> path[1:i]) <> 'object')
       ) AS v WHERE value <> '' $$`,
    // Every filter key must match: one of its values equals a value at its path, or is "*" (any value).
    `CREATE FUNCTION relay_matches(filters jsonb, body jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
       SELECT NOT EXISTS (
         SELECT 1 FROM jsonb_each(filters) AS f (path, wanted)
         WHERE NOT EXISTS (
           SELECT 1
           FROM relay_field_values(body, string_to_array(f.path, '.')) AS present (value),
             jsonb_array_elements_text(CASE jsonb_typeof(f.wanted) WHEN 'array' THEN f.wanted ELSE jsonb_build_array(f.wanted) END) AS w (value)
           WHERE relay_normal(w.value) IN ('*', present.value))) $$`,
  ],
  [
    // The same matching, with each filter's wanted values normalised once per key instead of once per
    // value found in the body: a list field against a list filter cost a SQL call per pair (half a second
    // for one subscription at every filter limit against lists of 100; relay/README.md, "Limits").
    `CREATE OR REPLACE FUNCTION relay_matches(filters jsonb, body jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
       SELECT NOT EXISTS (
         SELECT 1
         FROM jsonb_each(filters) AS f (path, wanted),
           LATERAL (SELECT array_agg(relay_normal(w.value)) AS values
                    FROM jsonb_array_elements_text(CASE jsonb_typeof(f.wanted) WHEN 'array' THEN f.wanted ELSE jsonb_build_array(f.wanted) END) AS w (value)) AS want
         WHERE NOT EXISTS (
           SELECT 1 FROM relay_field_values(body, string_to_array(f.path, '.')) AS present (value)
           WHERE '*' = ANY (want.values) OR present.value = ANY (want.values))) $$`,
  ],
  [
    // Signed subscription calls already answered (relay/README.md, Routes): each signature is accepted
    // once. A row outlives its call's window (expires_at, the signed timestamp + 300 s) and goes an hour
    // after it, when no clock could accept that call any more.
    `CREATE TABLE relay_signatures (signature text PRIMARY KEY, expires_at timestamptz NOT NULL)`,
    `CREATE INDEX relay_signatures_expiry ON relay_signatures (expires_at)`,
  ],
  [
    // Operating the relay (relay/admin/, relay/store/history.ts). Outcomes of finished deliveries, kept
    // as long as their event: a delivered row leaves deliveries, so a trigger keeps what became of it.
    // Written once per delivery, never at ingest; two indexes (search by event, a Zap's last delivery).
    `CREATE TABLE delivery_history (
       delivery_id bigint NOT NULL,
       event_id bigint NOT NULL,
       subscription_id text NOT NULL,
       outcome text NOT NULL CHECK (outcome IN ('delivered', 'dead')),
       attempts integer NOT NULL,
       status_code integer,
       error text,
       done_at timestamptz NOT NULL DEFAULT now()
     )`,
    `CREATE INDEX delivery_history_event ON delivery_history (event_id)`,
    `CREATE INDEX delivery_history_subscription ON delivery_history (subscription_id, done_at)`,
    // A pending row deleted while leased, its subscription still there, was delivered (unsubscribing
    // deletes the subscription in the same statement; purging deletes only finished rows).
    `CREATE FUNCTION relay_keep_delivered() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         INSERT INTO delivery_history (delivery_id, event_id, subscription_id, outcome, attempts, error)
         SELECT g.id, g.event_id, g.subscription_id, 'delivered', g.attempts + 1, g.last_error FROM gone g
         WHERE g.status = 'pending' AND g.leased_until IS NOT NULL AND EXISTS (SELECT 1 FROM subscriptions s WHERE s.id = g.subscription_id);
         RETURN NULL;
       END $$`,
    `CREATE TRIGGER deliveries_keep_delivered AFTER DELETE ON deliveries REFERENCING OLD TABLE AS gone
       FOR EACH STATEMENT EXECUTE FUNCTION relay_keep_delivered()`,
    // Outcomes go with their event when the purge drops it.
    `CREATE FUNCTION relay_forget_history() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN DELETE FROM delivery_history WHERE event_id IN (SELECT id FROM gone); RETURN NULL; END $$`,
    `CREATE TRIGGER events_forget_history AFTER DELETE ON events REFERENCING OLD TABLE AS gone
       FOR EACH STATEMENT EXECUTE FUNCTION relay_forget_history()`,
    // The status page's charts: each process adds its counters' growth per hour, every minute.
    `CREATE TABLE relay_hourly_counts (
       hour timestamptz NOT NULL,
       name text NOT NULL,
       reason text NOT NULL DEFAULT '',
       count bigint NOT NULL,
       PRIMARY KEY (hour, name, reason)
     )`,
  ],
  [
    // A delivered row's outcome is written by the statement that deletes it (outcomes.ts, delivered()):
    // the trigger's transition table and its check of the subscription cost PostgreSQL more per
    // delivery than the history row itself.
    `DROP TRIGGER deliveries_keep_delivered ON deliveries`,
    `DROP FUNCTION relay_keep_delivered()`,
  ],
];

/** Brings the schema up to date; several processes starting at once take turns on an advisory lock. */
export async function migrate(driver: Driver): Promise<void> {
  await driver.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7172010)');
    await tx.query(
      'CREATE TABLE IF NOT EXISTS relay_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const applied = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM relay_migrations')).map((row) => Number(row.version)),
    );
    for (const [index, statements] of MIGRATIONS.entries()) {
      if (applied.has(index + 1)) continue;
      for (const statement of statements) await tx.query(statement);
      await tx.query('INSERT INTO relay_migrations (version) VALUES ($1)', [index + 1]);
    }
  });
}
