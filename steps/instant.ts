// Declaring an instant trigger: a static webhook whose URL the user pastes into a HighLevel workflow's
// Webhook or Custom Webhook action. One spec gives the Zapier hook trigger, its directions, the
// optional shared secret, the payload cleaning and a polling fallback for "Test trigger".
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Bundle, Trigger, ZObject } from 'zapier-platform-core';
import { firstValue, isObject } from '../highlevel/answers';
import { contentHash } from './dedupe';
import { compact } from '../highlevel/request';
import { SUB_ACCOUNT_KEY, chosenSubAccount, subAccountField } from '../highlevel/connection';
import type { Step } from './define';
import { zapierField, type FieldSpec } from './fields';
import { outputFieldsFor } from './labels';
import { shared } from './shared';
import { isoDates } from './dates';

type Payload = Record<string, any>;

export interface InstantSpec {
  key: string;
  noun: string;
  /** Ends in "(Instant, via Workflow)": see README, "Instant triggers", for the three kinds of trigger. */
  label: string;
  /** "Triggers when ... (instant, via a workflow Webhook action)." */
  description: string;
  /** The HighLevel workflow trigger the user picks, as HighLevel names it ("Contact Tag"). */
  workflowTrigger: string;
  /** What to set on that workflow trigger, if anything ("the tag to watch"). */
  workflowFilter?: string;
  /**
   * Recent real records for "Test trigger" before HighLevel has posted anything: a polling step
   * that needs no input, and how one of its records reads as a webhook payload.
   */
  fallback: {
    step: Step;
    asPayload: (record: Payload) => Payload;
    /** Keys of the fallback's own optional filters to offer for "Test trigger" (a calendar, say). */
    sampleFilters?: string[];
  };
  /** Labelled fields this event adds beyond the common ones (stage name, amount...). */
  present?: (payload: Payload) => Payload;
  /**
   * What HighLevel posts for a typical event, as its Webhook action sends it: the static sample is
   * the item `perform` makes of it, so the two cannot drift apart.
   */
  samplePayload: Payload;
  outputLabels?: Record<string, string>;
}

/** Where users paste the secret: custom data key (Webhook action) or header (Custom Webhook). */
export const SECRET_KEY = 'zapier_secret';
export const SECRET_HEADER = 'x-zapier-secret';

const secretField: FieldSpec = {
  key: 'secret',
  label: 'Secret',
  type: 'password',
  helpText:
    `Optional. When set, only payloads that carry the same value start the Zap: add a Custom Data item named ` +
    `\`${SECRET_KEY}\` to HighLevel's Webhook action, or a header \`X-Zapier-Secret\` to its Custom Webhook action. ` +
    'Use a long random text; it never appears in the output.',
};

const SAMPLE_SUB_ACCOUNT_HELP =
  'Agency connections: the sub-account whose recent records "Test trigger" shows. Deliveries from any sub-account start the Zap.';

const directions = (spec: InstantSpec) =>
  [
    `1. In HighLevel, open Automation, then Workflows, and create or open a workflow.`,
    `2. Choose the workflow trigger: ${spec.workflowTrigger}${spec.workflowFilter ? `, and set ${spec.workflowFilter}` : ''}.`,
    '3. Add the action "Webhook" with method POST (or "Custom Webhook" for your own JSON), and paste the URL below.',
    `4. If you set a Secret here, add it to that action as Custom Data \`${SECRET_KEY}\` (Webhook) or header X-Zapier-Secret (Custom Webhook).`,
    '5. Save and publish the workflow, then run it once (or click "Test trigger" here to see recent records).',
  ].join('\n');

// ---- Reading what HighLevel posted ----

/** Form bodies name nested keys `customData[zapier_secret]`; this nests them as JSON would. */
const nestBrackets = (entries: Iterable<[string, unknown]>): Payload => {
  const out: Payload = {};
  for (const [name, value] of entries) {
    const keys = name.replace(/\]/g, '').split('[');
    let node = out;
    for (const k of keys.slice(0, -1)) node = isObject(node[k]) ? node[k] : (node[k] = {});
    node[keys[keys.length - 1]] = value;
  }
  return out;
};

// `key=value&...`; the first key may be bracketed (`customData[zapier_secret]=...`) but cannot open JSON.
const FORM = /^[^=&\s{[][^=&\s]*=[^\s]*(&[^=&\s]+=[^\s]*)*$/;

/** A raw body as an object: JSON, form-encoded, or anything else kept whole under `payload`. */
const parseBody = (content: string): Payload => {
  try {
    const json = JSON.parse(content);
    return isObject(json) ? json : { payload: json };
  } catch {
    return FORM.test(content.trim()) ? nestBrackets(new URLSearchParams(content.trim())) : { payload: content };
  }
};

/**
 * What HighLevel posted: the raw body parsed here (JSON keys are kept as written; form keys are
 * nested), else Zapier's parsed body, nested only when it came form-encoded.
 */
export const readPayload = (bundle: Bundle): Payload => {
  const cleaned = (bundle as any).cleanedRequest;
  const content = bundle.rawRequest?.content;
  if (typeof content === 'string' && content.trim()) {
    const parsed = parseBody(content);
    // A raw body Zapier cut short reads as text: its own parse is then the better one.
    const unreadable = Object.keys(parsed).length === 1 && typeof parsed.payload === 'string';
    if (!(unreadable && isObject(cleaned) && Object.keys(cleaned).length)) return parsed;
  }
  if (isObject(cleaned)) {
    const form = /x-www-form-urlencoded/i.test(headerValue(bundle, 'content-type') ?? '');
    return form ? nestBrackets(Object.entries(cleaned)) : cleaned;
  }
  return cleaned === undefined || cleaned === null ? {} : { payload: cleaned };
};

/** Header names as Zapier hands them over (`Http-X-Zapier-Secret`, `x_zapier_secret`), made plain. */
const headerValue = (bundle: Bundle, name: string): string | undefined => {
  const headers = bundle.rawRequest?.headers ?? (bundle as any).cleanedRequest?.headers ?? {};
  for (const [key, value] of Object.entries(headers ?? {})) {
    if (key.toLowerCase().replace(/_/g, '-').replace(/^http-/, '') === name) return String(value);
  }
  return undefined;
};

const sameSecret = (given: unknown, expected: string) => {
  if (typeof given !== 'string' && typeof given !== 'number') return false;
  // Equal-length digests make the comparison constant-time whatever the lengths.
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(String(given).trim()), digest(expected.trim()));
};

/** The payload without the secret, wherever the user put it. */
const withoutSecret = (payload: Payload): Payload => {
  const { [SECRET_KEY]: _top, ...rest } = payload;
  if (isObject(rest.customData) && SECRET_KEY in rest.customData) {
    const { [SECRET_KEY]: _custom, ...customData } = rest.customData;
    return { ...rest, customData };
  }
  return rest;
};

// ---- Shaping the output ----

/** The first non-empty text or number among payload spellings of one field, as trimmed text. */
const text = (...values: unknown[]): string | undefined => {
  const found = firstValue(...values);
  return found === undefined ? undefined : String(found).trim();
};

const tagList = (tags: unknown): string[] | undefined => {
  if (Array.isArray(tags)) return tags.map(String).map((t) => t.trim()).filter(Boolean);
  if (typeof tags === 'string') return tags.split(',').map((t) => t.trim()).filter(Boolean);
  return undefined;
};

/** Payloads about another record, whose top-level `id` is that record's (an opportunity's, an appointment's, a task's...). */
const OTHER_RECORD = /^(opportunity_|pipeline_|pipleline_|appointment|calendar|task|invoice|order|payment|message|conversation|form)/i;

/**
 * A top-level `id` is the contact's in the shape of HighLevel's own contact events (`ContactCreate`,
 * `ContactTagUpdate`...) and in custom JSON about a contact; not when the payload is about another record.
 */
const postedContactId = (p: Payload): unknown => {
  if (typeof p.type === 'string' && !/^Contact/.test(p.type)) return undefined;
  return Object.keys(p).some((k) => OTHER_RECORD.test(k)) ? undefined : p.id;
};

/**
 * The labelled fields every workflow event has, read from either payload shape: the Webhook
 * action's snake_case contact fields and `workflow`/`location` objects, or camelCase custom JSON.
 */
export const commonFields = (p: Payload): Payload => {
  const contact = isObject(p.contact) ? p.contact : {};
  const workflow = isObject(p.workflow) ? p.workflow : {};
  const location = isObject(p.location) ? p.location : {};
  const clean: Payload = {
    contactId: text(p.contact_id, p.contactId, contact.id, postedContactId(p)),
    name: text(p.full_name, p.name, p.contact_name, contact.name, [text(p.first_name, p.firstName), text(p.last_name, p.lastName)].filter(Boolean).join(' ')),
    email: text(p.email, contact.email),
    phone: text(p.phone, contact.phone),
    tagsList: tagList(p.tags ?? contact.tags),
    workflowId: text(workflow.id, p.workflowId, p.workflow_id),
    workflowName: text(workflow.name, p.workflowName, p.workflow_name),
    subAccountId: text(location.id, p.locationId, p.location_id),
  };
  // Fields the payload did not have are left out rather than output empty.
  return compact(clean);
};

const COMMON_LABELS: Record<string, string> = {
  id: 'Event ID', postedId: 'ID (as Posted)', contactId: 'Contact ID', name: 'Contact Name', email: 'Contact Email', phone: 'Contact Phone',
  'tagsList[]': 'Tags (List)', workflowId: 'Workflow ID', workflowName: 'Workflow Name', subAccountId: 'Sub-Account ID',
};

/**
 * One Zap item per payload: every field received (received values win over the clean ones, so
 * nothing is lost), the clean labelled fields, and the item's `id`.
 */
const toItem = (spec: InstantSpec, payload: Payload, timeZone: string | null, id: string): Payload => {
  const dated = isoDates(payload, timeZone) as Payload;
  // A posted `id` (Custom Webhook JSON) is kept beside the item's own.
  const posted = dated.id === undefined ? {} : { postedId: dated.id };
  return { ...commonFields(dated), ...(spec.present?.(dated) ?? {}), ...dated, ...posted, id };
};

/** When the sample delivery was received: its `id` is made as a delivery's is. */
const SAMPLE_RECEIVED = Date.parse('2026-11-20T09:31:31.000Z');

/** The sample: the item made of `samplePayload`, listing its posted fields first as HighLevel sends them. */
const sampleOf = (spec: InstantSpec): Payload => {
  const id = `${contentHash(spec.samplePayload)}-${SAMPLE_RECEIVED.toString(36)}`;
  return { ...spec.samplePayload, ...toItem(spec, spec.samplePayload, null, id) };
};

export const instant = (spec: InstantSpec): Step => {
  const fallback = spec.fallback.step;
  const sample = sampleOf(spec);
  const sampleFilters = fallback.fields
    .filter((f) => spec.fallback.sampleFilters?.includes(f.key))
    .map((f) => ({ ...f, required: false, helpText: `For "Test trigger" only: ${f.helpText}` }));
  const outputFields = outputFieldsFor(sample).map((f) => {
    const label = spec.outputLabels?.[f.key] ?? COMMON_LABELS[f.key];
    return shared(label ? { ...f, label } : f);
  });
  return {
    kind: 'trigger',
    instant: true,
    workflowTrigger: spec.workflowTrigger,
    inSubAccount: fallback.inSubAccount,
    key: spec.key,
    label: spec.label,
    endpoint: fallback.endpoint,
    scopes: fallback.scopes,
    fields: sampleFilters,
    alsoCalls: fallback.alsoCalls,
    anyEndpoint: false,
    hidden: false,
    dedupeKey: 'none: each delivery fires once (`id` = hash of the payload + time received)',
    definition: {
      key: spec.key,
      noun: spec.noun,
      display: { label: spec.label, description: spec.description, directions: directions(spec) },
      operation: {
        type: 'hook',
        // On an agency connection the webhook needs no sub-account; "Test trigger" reads one.
        inputFields: [
          ...(fallback.inSubAccount ? [subAccountField({ required: false, helpText: SAMPLE_SUB_ACCOUNT_HELP })] : []),
          ...sampleFilters.map(zapierField),
          zapierField(secretField),
        ],
        perform: async (z: ZObject, bundle: Bundle) => {
          const payload = readPayload(bundle);
          const secret = String(bundle.inputData?.secret ?? '').trim();
          if (secret) {
            const places = [isObject(payload.customData) ? payload.customData[SECRET_KEY] : undefined, payload[SECRET_KEY], headerValue(bundle, SECRET_HEADER)];
            if (!places.some((given) => sameSecret(given, secret))) {
              z.console.log(`${spec.label}: payload ignored, it did not carry this trigger's secret (custom data ${SECRET_KEY} or header X-Zapier-Secret).`);
              return [];
            }
          }
          const clean = withoutSecret(payload);
          // Its own id per delivery: a contact replying "Yes" twice is two events, not a repeat.
          return [toItem(spec, clean, bundle.meta?.timezone ?? null, `${contentHash(clean)}-${Date.now().toString(36)}`)];
        },
        // "Test trigger" shows recent real records shaped as HighLevel would post them.
        performList: async (z: ZObject, bundle: Bundle) => {
          const subAccount = chosenSubAccount(bundle);
          const inputData: Payload = subAccount ? { [SUB_ACCOUNT_KEY]: subAccount } : {};
          for (const f of sampleFilters) if (bundle.inputData?.[f.key] !== undefined) inputData[f.key] = bundle.inputData[f.key];
          const records: Payload[] = await fallback.definition.operation.perform(z, { ...bundle, inputData });
          return records.map((r) => toItem(spec, spec.fallback.asPayload(r), bundle.meta?.timezone ?? null, String(r.id)));
        },
        sample,
        outputFields,
      },
    } satisfies Trigger,
  };
};
