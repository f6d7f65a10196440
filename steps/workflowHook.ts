// The builder of "(Instant, via Workflow)" triggers (files `*.workflow.ts`): a static webhook whose URL
// the user pastes into a HighLevel workflow's Webhook or Custom Webhook action. Its own parts: the
// directions, the optional shared secret and the payload's common fields; the Step, the item's `id`
// and dates, and "Test trigger" from a polling trigger come from core.ts.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Bundle, ZObject } from 'zapier-platform-core';
import { firstValue, isObject } from '../highlevel/answers';
import { chosenSubAccount, subAccountField } from '../highlevel/connection';
import { compact } from '../highlevel/request';
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
import { zapierField, type FieldSpec } from './fields';
import { headerValue, readPayload } from './hookPayload';
import { shared } from './shared';

export interface WorkflowHookSpec {
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

const directions = (spec: WorkflowHookSpec) =>
  [
    `1. In HighLevel, open Automation, then Workflows, and create or open a workflow.`,
    `2. Choose the workflow trigger: ${spec.workflowTrigger}${spec.workflowFilter ? `, and set ${spec.workflowFilter}` : ''}.`,
    '3. Add the action "Webhook" with method POST (or "Custom Webhook" for your own JSON), and paste the URL below.',
    `4. If you set a Secret here, add it to that action as Custom Data \`${SECRET_KEY}\` (Webhook) or header X-Zapier-Secret (Custom Webhook).`,
    '5. Save and publish the workflow, then run it once (or click "Test trigger" here to see recent records).',
  ].join('\n');

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
  if (Array.isArray(tags))
    return tags
      .map(String)
      .map((t) => t.trim())
      .filter(Boolean);
  if (typeof tags === 'string')
    return tags
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
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
    name: text(
      p.full_name,
      p.name,
      p.contact_name,
      contact.name,
      [text(p.first_name, p.firstName), text(p.last_name, p.lastName)].filter(Boolean).join(' '),
    ),
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

/** Labels of the fields every workflow payload gives (commonFields), beside the instant ones. */
const WORKFLOW_LABELS: Record<string, string> = {
  ...INSTANT_LABELS,
  postedId: 'ID (as Posted)',
  contactId: 'Contact ID',
  name: 'Contact Name',
  email: 'Contact Email',
  phone: 'Contact Phone',
  'tagsList[]': 'Tags (List)',
  workflowId: 'Workflow ID',
  workflowName: 'Workflow Name',
  subAccountId: 'Sub-Account ID',
};

/**
 * One Zap item per payload: every field received (received values win over the clean ones, so
 * nothing is lost), the clean labelled fields, and the item's `id`; a posted `id` (Custom Webhook
 * JSON) is kept beside it.
 */
const toItem = (spec: WorkflowHookSpec, payload: Payload, timeZone: string | null, id: string): Payload =>
  instantItem(
    payload,
    timeZone,
    (dated) => ({ ...commonFields(dated), ...(spec.present?.(dated) ?? {}) }),
    (dated) => ({ ...(dated.id === undefined ? {} : { postedId: dated.id }), id }),
  );

/** When the sample delivery was received: its `id` is made as a delivery's is. */
const SAMPLE_RECEIVED = Date.parse('2026-11-20T09:31:31.000Z');

/** The sample: the item made of `samplePayload`, listing its posted fields first as HighLevel sends them. */
const sampleOf = (spec: WorkflowHookSpec): Payload => {
  const id = `${contentHash(spec.samplePayload)}-${SAMPLE_RECEIVED.toString(36)}`;
  return { ...spec.samplePayload, ...toItem(spec, spec.samplePayload, null, id) };
};

export const workflowHook = (spec: WorkflowHookSpec): Step => {
  const fallback = spec.fallback.step;
  const sample = once(() => sampleOf(spec));
  const sampleFilters = testTriggerFields(fallback, spec.fallback.sampleFilters);
  return assembleStep({
    kind: 'trigger',
    instant: true,
    workflowTrigger: spec.workflowTrigger,
    inSubAccount: fallback.inSubAccount,
    key: spec.key,
    noun: spec.noun,
    label: spec.label,
    description: spec.description,
    directions: directions(spec),
    endpoint: fallback.endpoint,
    scopes: fallback.scopes,
    fields: sampleFilters,
    alsoCalls: fallback.alsoCalls,
    dedupeKey: 'none: each delivery fires once (`id` = hash of the payload + time received)',
    shown: {
      // On an agency connection the webhook needs no sub-account; "Test trigger" reads one.
      inputFields: () => [
        ...(fallback.inSubAccount ? [subAccountField({ required: false, helpText: SAMPLE_SUB_ACCOUNT_HELP })] : []),
        ...sampleFilters.map(zapierField),
        zapierField(secretField),
      ],
      sample: () => shared(sample()),
      outputFields: () => labelledOutputFields(sample(), (key) => spec.outputLabels?.[key] ?? WORKFLOW_LABELS[key]),
    },
    operation: {
      type: 'hook',
      perform: async (z: ZObject, bundle: Bundle) => {
        const payload = readPayload(bundle);
        const secret = String(bundle.inputData?.secret ?? '').trim();
        if (secret) {
          const places = [
            isObject(payload.customData) ? payload.customData[SECRET_KEY] : undefined,
            payload[SECRET_KEY],
            headerValue(bundle, SECRET_HEADER),
          ];
          if (!places.some((given) => sameSecret(given, secret))) {
            z.console.log(
              `${spec.label}: payload ignored, it did not carry this trigger's secret (custom data ${SECRET_KEY} or header X-Zapier-Secret).`,
            );
            return [];
          }
        }
        const clean = withoutSecret(payload);
        // Its own id per delivery: a contact replying "Yes" twice is two events, not a repeat.
        return [toItem(spec, clean, bundle.meta?.timezone ?? null, `${contentHash(clean)}-${Date.now().toString(36)}`)];
      },
      // "Test trigger" shows recent real records shaped as HighLevel would post them.
      performList: async (z: ZObject, bundle: Bundle) => {
        const { records } = await recentRecords(z, bundle, fallback, {
          subAccount: chosenSubAccount(bundle),
          keys: sampleFilters.map((f) => f.key),
        });
        return records.map((r) => toItem(spec, spec.fallback.asPayload(r), bundle.meta?.timezone ?? null, String(r.id)));
      },
    },
  });
};
