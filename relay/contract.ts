// The subscription contract between the Zapier app and the relay (relay/README.md, Routes), in one
// place: the relay checks bodies against it (subscriptionRequest.ts) and the app's client builds them from it
// (steps/relayClient.ts, with `import type`, so nothing of the relay runs in the app). Types only.

/**
 * Filters map a dotted path into the delivered body to a value or a list of values (any matches);
 * all keys must match. Strings compare trimmed and case-insensitive; "*" means present and non-empty.
 */
export type Filters = Record<string, string | string[]>;

/** The body of POST /subscriptions: which events of which sub-account or agency go to which hook URL. */
export interface SubscriptionRequest {
  /** Zapier's hook URL for the Zap. */
  targetUrl: string;
  /** HighLevel event types (a webhook's `type`), like "ContactCreate". */
  events: string[];
  /** The one sub-account watched; with companyId too, the agency it belongs to (checked, not watched). */
  locationId?: string;
  /** Alone: every sub-account of the agency is watched. */
  companyId?: string;
  /** With companyId alone: sub-accounts the Zapier app knows belong to the agency. */
  locationIds?: string[];
  filters?: Filters;
  /** The Zapier trigger's key, for the relay's logs and status page. */
  trigger?: string;
}

/** A subscription request as the relay accepted it: filters always given (none is `{}`). */
export type CheckedSubscriptionRequest = SubscriptionRequest & { filters: Filters };

/** What POST /subscriptions answers (201): the subscription kept, whose `id` the app later deletes. */
export interface SubscriptionAnswer {
  id: string;
}
