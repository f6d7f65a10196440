// POST /subscriptions bodies, checked against the contract the Zapier app signs them by (contract.ts;
// relay/README.md, Routes) before anything is stored.
import type { CheckedSubscriptionRequest } from './contract';
import { parseFilters } from './filters';
import { EVENT_NAME, isStorableText } from './verify';

const ID = /^[A-Za-z0-9_-]{1,100}$/;

/** A subscription request's body, or a message saying what is wrong with it. */
export function parseSubscription(raw: Buffer): CheckedSubscriptionRequest | string {
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    return 'Body must be JSON';
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'Body must be a JSON object';
  const { targetUrl, events, locationId, companyId, locationIds, trigger } = body;
  if (typeof targetUrl !== 'string' || !isHttpUrl(targetUrl)) return 'targetUrl must be an http(s) URL';
  if (!Array.isArray(events) || !events.length || !events.every((e) => typeof e === 'string' && EVENT_NAME.test(e))) {
    return 'events must be a non-empty list of HighLevel event type names (e.g. "ContactCreate")';
  }
  const location = optionalId(locationId);
  const company = optionalId(companyId);
  if (location === null || company === null) return 'locationId and companyId must be HighLevel ids';
  if (!location && !company)
    return "Give locationId (one sub-account, with its agency's companyId when known) or companyId alone (all sub-accounts of an agency)";
  if (
    locationIds !== undefined &&
    (!company || location || !Array.isArray(locationIds) || !locationIds.every((id) => typeof id === 'string' && ID.test(id)))
  ) {
    return 'locationIds must be a list of sub-account ids, given with companyId alone';
  }
  const filters = parseFilters(body.filters);
  if (typeof filters === 'string') return filters;
  if (trigger !== undefined && trigger !== null && (typeof trigger !== 'string' || trigger.length > 200 || !isStorableText(trigger)))
    return 'trigger must be a short string';
  return {
    targetUrl,
    events: [...new Set(events as string[])],
    locationId: location,
    companyId: company,
    locationIds: locationIds as string[] | undefined,
    filters,
    trigger: typeof trigger === 'string' ? trigger : undefined,
  };
}

/** undefined when absent, null when present but not an id. */
function optionalId(value: unknown): string | undefined | null {
  if (value === undefined || value === null || value === '') return undefined;
  return typeof value === 'string' && ID.test(value.trim()) ? value.trim() : null;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
