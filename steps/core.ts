// The core every step builder stands on (define.ts lists the builders). The Step object is assembled
// here, in one place; and what triggers of all three kinds share is here too: dates as ISO-8601,
// labelled output fields, and for instant triggers the item's `id`, the "Test trigger" inputs and the
// recent records they borrow from a polling trigger. Each builder keeps only what is its own: polling
// dedupe (define.ts), the workflow secret (workflowHook.ts), the relay subscription (appEventHook.ts).
import type { Bundle, Create, Search, Trigger, ZObject } from 'zapier-platform-core';
import { SUB_ACCOUNT_KEY } from '../highlevel/connection';
import type { Endpoint, Outgoing } from '../highlevel/request';
import { isoDates } from './dates';
import type { FieldSpec } from './fields';
import { outputFieldsFor, type OutputField } from './labels';
import { sharedOutputField } from './shared';

export type Payload = Record<string, any>;

export type Kind = 'trigger' | 'create' | 'search';
export interface Step {
  kind: Kind;
  key: string;
  label: string;
  /** The operation catalog's name, where it is not the label. */
  catalog?: string;
  endpoint: Endpoint;
  scopes: string[];
  fields: FieldSpec[];
  /** Groups of fields of which the step needs at least one each (docs/reference.md lists them). */
  needsOneOf?: string[][];
  /** Whether more inputs load at Zap-edit time (custom fields, a channel's own fields). */
  loadsFields?: boolean;
  exampleAlso?: string[];
  alsoCalls: { endpoint: Endpoint; scopes: string[] }[];
  anyEndpoint: boolean;
  hidden: boolean;
  /** An instant (hook) trigger: `performList` (recent records of a polling trigger) gives samples and contract checks. */
  instant?: boolean;
  /** Instant from a workflow's Webhook action (workflowHook.ts): the HighLevel workflow trigger to pick, as the README lists it. */
  workflowTrigger?: string;
  /** Instant from HighLevel's app events via the relay (appEventHook.ts): its event types and filters, as the README lists them. */
  relay?: { events: string[]; filters: string[]; example?: boolean; agency?: boolean };
  /** Whether the step acts in one sub-account: on agency connections it then exchanges for that sub-account's token. */
  inSubAccount: boolean;
  /** What Zapier dedupes a trigger's items on, as the README states it; undefined for actions. */
  dedupeKey?: string;
  /**
   * A step that sends one request (no perform of its own): that request for a bundle, built without
   * sending, and the output the step makes of HighLevel's answer. The contract test checks both.
   */
  single?: { request: (bundle: Bundle) => Outgoing; output: (answer: unknown, bundle: Bundle) => unknown };
  definition: Definition;
}

/**
 * A step's Zapier definition as what reads it sees it (instant triggers' "Test trigger", the docs, the
 * tests); assembleStep checks the definition it makes against core's own Trigger, Create or Search.
 */
export interface Definition {
  key: string;
  noun: string;
  display: { label: string; description: string; hidden?: boolean; directions?: string };
  /** A trigger's is polling, or hook (instant); a create's and a search's names no type. */
  operation: (Operation & { type?: 'polling' }) | (Operation & { type: 'hook' });
}

export interface Operation {
  perform: Perform;
  /** Hook triggers: recent records for "Test trigger", and the relay subscription (app events). */
  performList?: Perform;
  performSubscribe?: Perform;
  performUnsubscribe?: Perform;
  canPaginate?: boolean;
  // Fields and samples are read loosely (a field's `choices`, a sample's `id`, a loader among plain
  // fields); assembleStep checks the whole definition against core's Trigger, Create or Search.
  /** Plain fields and functions that load more while the Zap is edited. */
  inputFields: any;
  /** Output fields (plain or loaded); none on hidden steps. */
  outputFields?: any;
  /** The static sample; none on hidden steps. */
  sample?: any;
}

export type Perform = (z: ZObject, bundle: Bundle) => Promise<any>;

/** A step as its builder gives it: the parts that are its own; the rest take their usual values. */
export interface StepParts extends Omit<Step, 'fields' | 'alsoCalls' | 'anyEndpoint' | 'hidden' | 'definition'> {
  noun: string;
  /** What the Zap editor shows under the label. */
  description: string;
  /** Setup steps the Zap editor shows (workflow triggers). */
  directions?: string;
  fields?: FieldSpec[];
  alsoCalls?: Step['alsoCalls'];
  anyEndpoint?: boolean;
  hidden?: boolean;
  /** The operation's functions and flags. */
  operation: Omit<Definition['operation'], Shown>;
  /**
   * What the Zap editor shows of the step: its input fields and, unless it is hidden, its output
   * fields and sample. Each is made on its first read and then kept, so loading the app builds none
   * of them (samples and labels of 180 steps, and the time zone data their dates need).
   */
  shown: { inputFields: () => unknown[]; outputFields?: () => unknown[]; sample?: () => Payload };
}

type Shown = 'inputFields' | 'outputFields' | 'sample';

/** `make`'s value, made on the first call only. */
export const once = <T>(make: () => T): (() => T) => {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
};

/** Each operation's makers of its shown parts, and the parts made so far, for the getters below. */
const makersOf = new WeakMap<object, Partial<Record<Shown, () => unknown>>>();
const madeOf = new WeakMap<object, Partial<Record<Shown, unknown>>>();

/**
 * The property of one shown part, the same for every operation: its getter makes the part on the
 * first read and, unless the operation was frozen, leaves a plain property in its place, which core's
 * copy of the definition on every invocation reads a little faster. A frozen operation keeps the
 * getter, which keeps giving the same value. One getter for all steps keeps their operations of one
 * shape (a getter of each step's own would give each operation a slow, dictionary-mode shape).
 */
const lazyPart = (key: Shown): PropertyDescriptor => ({
  enumerable: true,
  configurable: true,
  get(this: object) {
    if (!madeOf.has(this)) madeOf.set(this, {});
    const made = madeOf.get(this)!;
    if (!(key in made)) made[key] = makersOf.get(this)?.[key]?.();
    if (!Object.isFrozen(this))
      Object.defineProperty(this, key, { value: made[key], enumerable: true, configurable: true, writable: true });
    return made[key];
  },
});

const LAZY_PARTS = { inputFields: lazyPart('inputFields'), sample: lazyPart('sample'), outputFields: lazyPart('outputFields') };

/**
 * The operation with its shown parts as properties made on first read: anything reading the
 * definition (core, the docs, JSON) sees plain values.
 */
const operationOf = (operation: StepParts['operation'], shown: StepParts['shown']): Definition['operation'] => {
  const makers: Partial<Record<Shown, () => unknown>> = shown;
  const lazy = {} as Definition['operation'];
  makersOf.set(lazy, makers);
  for (const key of ['inputFields', 'sample', 'outputFields'] as const) if (makers[key]) Object.defineProperty(lazy, key, LAZY_PARTS[key]);
  return Object.assign(lazy, operation);
};

/** The one place a Step, and the Zapier definition in it, is put together. */
export const assembleStep = ({
  noun,
  description,
  directions,
  operation,
  shown,
  fields = [],
  alsoCalls = [],
  anyEndpoint = false,
  hidden = false,
  ...own
}: StepParts): Step =>
  // `own` is the builder's parts less those named above, already a copy: the Step is made of it.
  Object.assign(own, {
    fields,
    alsoCalls,
    anyEndpoint,
    hidden,
    definition: {
      key: own.key,
      noun,
      display: { label: own.label, description, ...(hidden ? { hidden: true } : {}), ...(directions ? { directions } : {}) },
      operation: operationOf(operation, shown),
    } satisfies Trigger | Create | Search,
  });

// ---- What triggers of every kind output ----

/** Every date of what a step outputs as ISO-8601 (steps/dates.ts), wall-clock times in the Zap owner's zone. */
export const outputDates = <T>(out: T, bundle: Bundle): T => isoDates(out, bundle.meta?.timezone) as T;

/** Output fields for every leaf of a sample, labelled by `labelOf` where it knows the key, else from the key. */
export const labelledOutputFields = (sample: Record<string, unknown>, labelOf: (key: string) => string | undefined): OutputField[] =>
  outputFieldsFor(sample).map((f) => {
    const label = labelOf(f.key);
    return sharedOutputField(label ? { ...f, label } : f);
  });

// ---- What instant triggers share ----

/** Labels every instant trigger's items share; each kind adds its own. */
export const INSTANT_LABELS: Record<string, string> = { id: 'Event ID' };

/**
 * An instant trigger's item: what HighLevel sent, its dates as ISO-8601 in `timeZone` (UTC when none),
 * after the labelled fields made of it (so received values win), then its identity: the `id` Zapier
 * dedupes on and what the kind keeps beside it.
 */
export const instantItem = (
  body: Payload,
  timeZone: string | null,
  labelled: (dated: Payload) => Payload,
  identity: (dated: Payload) => Payload & { id: string },
): Payload => {
  const dated = isoDates(body, timeZone) as Payload;
  return { ...labelled(dated), ...dated, ...identity(dated) };
};

/** Inputs of the polling trigger (`list`) whose records "Test trigger" shows, offered on an instant trigger for that only. */
export const testTriggerFields = (list: Step | undefined, keys: string[] = []): FieldSpec[] =>
  (list?.fields ?? [])
    .filter((f) => keys.includes(f.key))
    .map((f) => ({ ...f, required: false, helpText: `For "Test trigger" only: ${f.helpText}` }));

/**
 * "Test trigger" of an instant trigger: recent records of the polling trigger `list`, in `subAccount`,
 * with `preset` inputs and the user's own values of `keys` (inputs the two triggers share). Returns
 * them with the bundle they were listed with.
 */
export const recentRecords = async (
  z: ZObject,
  bundle: Bundle,
  list: Step,
  { subAccount, preset = {}, keys }: { subAccount?: string; preset?: Payload; keys: string[] },
): Promise<{ records: Payload[]; listed: Bundle }> => {
  const inputData: Payload = { ...(subAccount ? { [SUB_ACCOUNT_KEY]: subAccount } : {}), ...preset };
  for (const key of keys) if (bundle.inputData?.[key] !== undefined && !(key in inputData)) inputData[key] = bundle.inputData[key];
  const listed = { ...bundle, inputData };
  return { records: await list.definition.operation.perform(z, listed), listed };
};
