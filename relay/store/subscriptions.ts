// Zaps' subscriptions: created (or replaced for the same target URL), listed and removed. An agency's
// subscription may claim sub-accounts nobody holds, never another agency's.
import { randomBytes } from 'node:crypto';
import type { CheckedSubscriptionRequest, Filters } from '../contract';
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

/** A subscription request as the relay's routes checked it (the contract between the app and the relay). */
export type NewSubscription = CheckedSubscriptionRequest;

/**
 * A subscription named sub-accounts (`locationIds`) that the agency map gives to another agency: none
 * of it is kept. The map comes from HighLevel's signed AppInstall events; a subscription only adds
 * sub-accounts nobody holds.
 */
export class OtherAgencyError extends Error {
  constructor(readonly locationIds: string[]) {
    super(
      `Sub-account${locationIds.length > 1 ? 's' : ''} ${locationIds.join(', ')} belong${locationIds.length > 1 ? '' : 's'} to another agency`,
    );
  }
}

/**
 * Creates, or replaces the one for the same targetUrl (Zapier may subscribe a URL again). The
 * sub-accounts it names with its companyId are claimed for that agency first (claimLocations).
 */
export function subscribe(driver: Driver, input: NewSubscription): Promise<Subscription> {
  return driver.transaction(async (tx) => {
    const named = input.locationId ? [input.locationId] : (input.locationIds ?? []);
    if (input.companyId && named.length) await claimLocations(tx, input.companyId, named);
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
 * A subscription's word: the sub-accounts nobody holds become the agency's; one another agency holds
 * throws OtherAgencyError (the caller's transaction then keeps nothing). The rows are locked, in
 * order, so a concurrent claim or AppInstall of the same sub-account waits and is seen.
 */
async function claimLocations(tx: Queryable, companyId: string, locationIds: string[]) {
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

/** Removes it and its deliveries (pending or dead); false when there was none. */
export async function unsubscribe(db: Queryable, id: string): Promise<boolean> {
  const [row] = await db.query<{ found: boolean }>(
    `WITH gone AS (DELETE FROM subscriptions WHERE id = $1 RETURNING id),
     deliveries_gone AS (DELETE FROM deliveries WHERE subscription_id = $1)
     SELECT EXISTS (SELECT 1 FROM gone) AS found`,
    [id],
  );
  return row.found;
}

export async function subscriptions(db: Queryable): Promise<Subscription[]> {
  return (await db.query('SELECT * FROM subscriptions ORDER BY created_at, id')).map(subscription);
}

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
