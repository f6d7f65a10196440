// The builder of "(Instant)" triggers (files `*.appEvent.ts`), fed by HighLevel's own app events:
// turning the Zap on subscribes its hook URL at the event relay (steps/relayClient.ts), which forwards
// the events HighLevel sends the Marketplace app; turning it off unsubscribes. Its own parts: the
// subscription (the sub-account or agency watched, the filters) and the item each delivered event
// becomes; the Step, the item's `id` and dates, and "Test trigger" from a polling trigger come from
// core.ts. Agency-level events (agencyEventHook) subscribe the agency itself.
import type { Bundle, ZObject } from 'zapier-platform-core';
import { isObject } from '../highlevel/answers';
import {
  actingIn,
  chosenSubAccount,
  connectedCompany,
  connectedLocation,
  installedSubAccounts,
  isAgencyConnection,
  SUB_ACCOUNT_LIST_SCOPES,
  subAccountField,
} from '../highlevel/connection';
import { ghl, type Endpoint } from '../highlevel/request';
import { proveSubAccount } from '../highlevel/subAccountToken';
import {
  assembleStep,
  INSTANT_LABELS,
  instantItem,
  labelledOutputFields,
  once,
  recentRecords,
  testTriggerFields,
  type Payload,
  type Step,
} from './core';
import { contentHash } from './dedupe';
import { parseInput, zapierField, type FieldSpec } from './fields';
import { readPayload } from './hookPayload';
import { subscribe, unsubscribe, type Filters, type SubscriptionRequest } from './relayClient';
import { shared } from './shared';

/**
 * How the events of one kind of record read (contacts, opportunities, appointments...), shared by the
 * triggers of those events. `asEvent` turns a record of a polling trigger (and that trigger's input)
 * into the event body HighLevel would deliver for it, its `timestamp` the record's latest moment;
 * `present` gives the clean labelled fields of an event body. An optional `lookup` (stage names) is
 * loaded once per delivery; its `sample` stands in for it in the static sample.
 */
export interface EventAdapter<L = unknown> {
  asEvent: (record: Payload, input: Payload) => Payload;
  present: (event: Payload, lookup?: L) => Payload;
  labels: Record<string, string>;
  lookup?: { load: (z: ZObject, bundle: Bundle) => Promise<L>; sample: L; endpoint: Endpoint; scopes: string[] };
  /** Output fields named after the sub-account's own fields (custom fields), loaded while the Zap is edited. */
  outputs?: (z: ZObject, bundle: Bundle) => Promise<object[]>;
}

export interface AppEventHookSpec {
  key: string;
  noun: string;
  /** Ends in "(Instant)": see README, "Instant triggers", for the three kinds of trigger. */
  label: string;
  /** "Triggers when ..." (Zapier's D021). */
  description: string;
  /** The HighLevel event types (webhook `type`) the trigger receives; the first one's documented body is its sample. */
  events: string[];
  adapter: EventAdapter<any>;
  /** Filter inputs; `filterBy` names the delivered body's field (dotted path) each one filters. */
  fields?: FieldSpec[];
  filterBy?: Record<string, string>;
  /** Filters sent whatever the inputs, unless an input sets the same field (Contact Tag Added: "some tag added"). */
  baseFilters?: Filters;
  /** Fields the relay adds to the body HighLevel sent (ContactTagUpdate's `addedTags`), from that body. */
  relayAdds?: (body: Payload) => Payload;
  /**
   * "Test trigger": recent real records of a polling trigger, given `input` and the filter inputs it
   * shares by key; `sampleFields` are its own inputs offered for "Test trigger" only. Without one (no
   * endpoint lists such events: email events, campaign statuses, uninstalls), the documented example.
   */
  list?: { step: Step; input?: Payload; sampleFields?: string[] };
  outputLabels?: Record<string, string>;
}

/** The Sub-Account choice that watches every sub-account of the agency where the app is installed. */
export const ALL_SUB_ACCOUNTS = 'all';
export const SUB_ACCOUNTS_TO_WATCH = 'list_sub_accounts_to_watch';

const watchField = subAccountField({
  required: true,
  helpText:
    'The sub-account to watch, or "All sub-accounts" for every sub-account of the agency where the app is installed ' +
    '(also those installed later). "Test trigger" shows records of the chosen sub-account (with "All", of the first one).',
  dynamic: `${SUB_ACCOUNTS_TO_WATCH}.id.name`,
  search: false,
});

const INSTALLED = installedSubAccounts.endpoint;
const MAX_INSTALLED_PAGES = 20;

/** The agency's sub-accounts where the app is installed (at most `max`), for the relay's agency map. */
const installedLocationIds = async (z: ZObject, bundle: Bundle, max = Infinity): Promise<string[]> => {
  const ids: string[] = [];
  for (let page = 0; page < MAX_INSTALLED_PAGES && ids.length < max; page++) {
    const limit = Math.min(100, max);
    const data = await ghl(z, bundle, INSTALLED, {
      ...installedSubAccounts.request(undefined, bundle, { page, limit }),
      company: installedSubAccounts.company,
      access: installedSubAccounts.access,
    });
    const found = (Array.isArray(data?.locations) ? data.locations : []).map((l: any) => l?._id).filter(Boolean);
    ids.push(...found);
    if (found.length < limit) break;
  }
  return ids.slice(0, max);
};

/**
 * Where the subscription watches: the connection's sub-account, the chosen one, or the whole agency.
 * A sub-account comes with its agency (`companyId`), which the relay checks against the agency map it
 * has from HighLevel's install events; on an agency connection the chosen (maybe typed) sub-account is
 * first proven to be the agency's by HighLevel's token exchange.
 */
const watched = async (z: ZObject, bundle: Bundle) => {
  if (!isAgencyConnection(bundle)) {
    const companyId = bundle.authData?.companyId;
    return { locationId: connectedLocation(bundle), ...(companyId ? { companyId: String(companyId) } : {}) };
  }
  if (chosenSubAccount(bundle) === ALL_SUB_ACCOUNTS) {
    return { companyId: connectedCompany(bundle), locationIds: await installedLocationIds(z, bundle) };
  }
  const locationId = connectedLocation(bundle);
  await proveSubAccount(z, bundle, locationId);
  return { locationId, companyId: connectedCompany(bundle) };
};

/** An agency-level trigger watches the connection's agency, which only an agency connection has. */
const watchedAgency = (z: ZObject, bundle: Bundle, label: string): Pick<SubscriptionRequest, 'companyId'> => {
  if (!isAgencyConnection(bundle)) {
    throw new z.errors.Error(
      `${label} needs an agency connection: HighLevel sends this event to the agency, not to a sub-account. ` +
        'Connect HighLevel as an agency user (choose the agency, not a sub-account, when connecting).',
      'AgencyConnectionRequired',
    );
  }
  return { companyId: connectedCompany(bundle) };
};

/** The contract's `filters` from the checked inputs: each set input filters its body field. */
const filtersOf = (spec: Pick<AppEventHookSpec, 'filterBy' | 'baseFilters'>, input: Payload): Filters => {
  const filters: Filters = { ...spec.baseFilters };
  for (const [inputKey, path] of Object.entries(spec.filterBy ?? {})) {
    const value = input[inputKey];
    if (value === undefined) continue;
    filters[path] = Array.isArray(value) ? value.map(String) : String(value);
  }
  return filters;
};

/**
 * A polling record's event in exactly the documented body's shape: the documented keys (nested
 * objects too), each with the record's value or null, so "Test trigger" items have the keys of live ones.
 */
const conform = (shape: unknown, value: unknown): unknown => {
  if (!isObject(shape)) return value === undefined ? null : value;
  const from = isObject(value) ? value : {};
  return Object.fromEntries(Object.keys(shape).map((k) => [k, conform(shape[k], from[k])]));
};

/** Presented fields keep their keys whatever the body held: missing values read null, not absent. */
const filled = (fields: Payload) => Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v === undefined ? null : v]));

/** Labels of the fields every app event has, beside the instant ones. */
const APP_EVENT_LABELS: Record<string, string> = {
  ...INSTANT_LABELS,
  webhookId: 'Webhook ID',
  type: 'Event Type',
  locationId: 'Sub-Account ID',
  timestamp: 'Event Time',
};

/**
 * Each event's documented example body (spec/webhook-events.json), the samples' source: read on the
 * first sample, not at load. The build leaves the file out of the bundle (its 40 KB of literal would
 * be compiled at every start), and the zip ships it beside dist/ so this same path finds it.
 */
const documentedBodies = once(
  () => (require('../spec/webhook-events.json') as typeof import('../spec/webhook-events.json')).events as Record<string, Payload>,
);

/** What the Zap watches: a sub-account (or all of an agency's, on agency connections), or the agency itself. */
type Watching = 'subAccount' | 'agency';

const appEventStep = (spec: AppEventHookSpec, watching: Watching): Step => {
  const { adapter, list } = spec;
  const fields = spec.fields ?? [];
  const sampleFields = testTriggerFields(list?.step, list?.sampleFields);
  const delivered = (body: Payload) => ({ ...body, ...spec.relayAdds?.(body) });
  const example = once(() => {
    const documentedBody = documentedBodies()[spec.events[0]];
    if (!documentedBody) throw new Error(`${spec.key}: no documented body for ${spec.events[0]} in spec/webhook-events.json`);
    return delivered(documentedBody);
  });

  /** One item: HighLevel's fields as delivered (dates ISO-8601), the labelled fields, and `id` = the webhookId. */
  const toItem = (body: Payload, lookup: unknown, timeZone: string | null, fallbackId: string): Payload =>
    instantItem(
      body,
      timeZone,
      (dated) => filled(adapter.present(dated, lookup)),
      (dated) => {
        const webhookId = typeof dated.webhookId === 'string' && dated.webhookId.trim() ? dated.webhookId.trim() : fallbackId;
        // Invoice events name their sub-account only as `altId` (altType "location"), as the relay reads it too.
        const locationId = dated.locationId ?? (dated.altType === 'location' ? dated.altId : undefined);
        return { ...(locationId ? { locationId } : {}), webhookId, id: webhookId };
      },
    );

  /** The lookup for the body's sub-account; an event still gets through without it. */
  const lookupFor = async (z: ZObject, bundle: Bundle, locationId: unknown) => {
    if (!adapter.lookup) return undefined;
    try {
      return await adapter.lookup.load(z, actingIn(bundle, locationId));
    } catch (error) {
      z.console.log(`${spec.label}: labelled fields without names (${(error as Error).message})`);
      return undefined;
    }
  };

  const sample = once(() => toItem(example(), adapter.lookup?.sample, 'UTC', contentHash(example())));
  const labels = once(() => ({ ...APP_EVENT_LABELS, ...adapter.labels, ...spec.outputLabels }));
  // The sample's custom field is the documents' example, labelled by its ID; the loaded ones name the user's.
  const labelOf = (key: string) =>
    labels()[key] ?? (key.startsWith('customField__') ? `Custom Field ${key.slice('customField__'.length)}` : undefined);
  // They load for one sub-account: none before one is chosen, nor for "All sub-accounts".
  const loadedOutputs =
    adapter.outputs &&
    (async (z: ZObject, bundle: Bundle) => {
      const chosen = chosenSubAccount(bundle);
      return isAgencyConnection(bundle) && (!chosen || chosen === ALL_SUB_ACCOUNTS) ? [] : adapter.outputs!(z, bundle);
    });
  const base = spec.baseFilters ?? {};
  const filterDocs = [
    ...Object.entries(spec.filterBy ?? {}).map(
      ([k, path]) =>
        `${fields.find((f) => f.key === k)?.label ?? k} → \`${path}\`${path in base ? ` (left empty: ${JSON.stringify(base[path])})` : ''}`,
    ),
    ...Object.entries(base)
      .filter(([path]) => !Object.values(spec.filterBy ?? {}).includes(path))
      .map(([path, v]) => `\`${path}\`: ${JSON.stringify(v)}`),
  ];

  return assembleStep({
    kind: 'trigger',
    instant: true,
    relay: {
      events: spec.events,
      filters: filterDocs,
      ...(list ? {} : { example: true }),
      ...(watching === 'agency' ? { agency: true } : {}),
    },
    // Without a list, the only request is for "All sub-accounts": the installed sub-accounts.
    inSubAccount: list?.step.inSubAccount ?? false,
    key: spec.key,
    noun: spec.noun,
    label: spec.label,
    description: spec.description,
    endpoint: list?.step.endpoint ?? INSTALLED,
    scopes: list?.step.scopes ?? SUB_ACCOUNT_LIST_SCOPES,
    fields: [...fields, ...sampleFields],
    alsoCalls: [
      ...(list?.step.alsoCalls ?? []),
      { endpoint: INSTALLED, scopes: SUB_ACCOUNT_LIST_SCOPES },
      ...(adapter.lookup ? [{ endpoint: adapter.lookup.endpoint, scopes: adapter.lookup.scopes }] : []),
    ],
    dedupeKey: "`id` = HighLevel's `webhookId`: each event once",
    shown: {
      // The agency is watched whole: no Sub-Account to watch.
      inputFields: () => [...(watching === 'agency' ? [] : [watchField]), ...fields.map(zapierField), ...sampleFields.map(zapierField)],
      sample: () => shared(sample()),
      outputFields: () => [...labelledOutputFields(sample(), labelOf), ...(loadedOutputs ? [loadedOutputs] : [])],
    },
    operation: {
      type: 'hook',
      performSubscribe: async (z: ZObject, bundle: Bundle) => {
        // An agency trigger on a sub-account connection stops first, before its inputs are read.
        const agency = watching === 'agency' ? watchedAgency(z, bundle, spec.label) : undefined;
        const filters = filtersOf(spec, parseInput(fields, bundle.inputData, bundle.meta?.timezone));
        return subscribe(z, {
          targetUrl: String(bundle.targetUrl ?? ''),
          events: spec.events,
          ...(agency ?? (await watched(z, bundle))),
          ...(Object.keys(filters).length ? { filters } : {}),
          trigger: spec.key,
        });
      },
      performUnsubscribe: async (z: ZObject, bundle: Bundle) => {
        const id = (bundle.subscribeData as Payload | undefined)?.id;
        return id ? unsubscribe(z, String(id)) : {};
      },
      // The relay delivers one event per request: exactly one item.
      perform: async (z: ZObject, bundle: Bundle) => {
        const body = readPayload(bundle);
        const lookup = await lookupFor(z, bundle, body.locationId);
        return [toItem(body, lookup, bundle.meta?.timezone ?? null, contentHash(body))];
      },
      // "Test trigger": recent real records as the events they would have been.
      performList: async (z: ZObject, bundle: Bundle) => {
        if (!list) return [sample()];
        const chosen = chosenSubAccount(bundle);
        const subAccount = chosen === ALL_SUB_ACCOUNTS ? (await installedLocationIds(z, bundle, 1))[0] : chosen;
        const { records, listed } = await recentRecords(z, bundle, list.step, {
          subAccount,
          preset: list.input,
          keys: list.step.fields.map((f) => f.key),
        });
        if (!records.length) return [];
        const lookup = await lookupFor(z, listed, subAccount);
        return records.map((record) => {
          const body = conform(
            example(),
            delivered({
              ...adapter.asEvent(record, listed.inputData),
              type: spec.events[0],
              locationId: record.locationId ?? record.altId ?? subAccount ?? bundle.authData?.locationId,
            }),
          ) as Payload;
          const id = contentHash(body);
          return toItem({ ...body, webhookId: id }, lookup, bundle.meta?.timezone ?? null, id);
        });
      },
    },
  });
};

/** An "(Instant)" trigger of sub-account events: it watches the chosen sub-account, or all of them. */
export const appEventHook = (spec: AppEventHookSpec): Step => appEventStep(spec, 'subAccount');

/**
 * An "(Instant)" trigger of agency-level events (a sub-account created or updated, the app installed
 * or uninstalled, a user created): HighLevel sends them about the agency, so the Zap subscribes the
 * agency (`companyId`) at the relay, which matches every event naming that agency, or naming one of
 * its sub-accounts it knows. They need an agency connection, and ask for no sub-account.
 */
export const agencyEventHook = (spec: AppEventHookSpec): Step => appEventStep(spec, 'agency');
