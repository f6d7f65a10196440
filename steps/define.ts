// Declaring a step: every builder, one per kind of step. Here the steps declared by the one request
// they send, `trigger` (polling), `create` and `search`: one spec gives the Zapier step, the scopes it
// needs and the endpoint it calls (read by authentication.ts and by the contract test). Beside them,
// in files of their own, the instant triggers' builders: `workflowHook` ("(Instant, via Workflow)")
// and `appEventHook` / `agencyEventHook` ("(Instant)", via the relay). All stand on core.ts, which
// assembles the Step; a new kind of step gets its builder beside these, and is exported here.
import type { Bundle, PlainInputField, ZObject } from 'zapier-platform-core';
import { isObject } from '../highlevel/answers';
import { ghl, pathOf, type Endpoint } from '../highlevel/request';
import { awaitsSubAccount, requireSubAccount, stepLevel, SUB_ACCOUNT_KEY, subAccountField, type Level } from '../highlevel/connection';
import { callFor, checkedInput, pageOf, requestFor, type Input, type Page, type RequestSpec } from './call';
import { assembleStep, labelledOutputFields, once, outputDates, type Kind, type Operation, type Step } from './core';
import { dedupeItem, describeDedupe, newestFirst, type Dedupe } from './dedupe';
import { zapierField } from './fields';
import { shared } from './shared';

export { agencyEventHook, appEventHook, type AppEventHookSpec, type EventAdapter } from './appEventHook';
export { workflowHook, type WorkflowHookSpec } from './workflowHook';
export { outputDates, type Definition, type Kind, type Step } from './core';

type DynamicFields = (z: ZObject, bundle: Bundle) => Promise<PlainInputField[]>;

interface Common extends RequestSpec {
  key: string;
  noun: string;
  description: string;
  /**
   * The operation catalog's name where the label says what makes a trigger fire instead ("Get Contact"
   * is "Contact Updated (Chosen Contact)"): the description ends with it, so a search finds both.
   */
  catalog?: string;
  /** OAuth scopes; authentication.ts requests the union over all steps. */
  scopes: string[];
  /** Optional fields docs/reference.md's example command fills too: those a choice among the required ones makes necessary. */
  exampleAlso?: string[];
  /** Input fields loaded at Zap-edit time (custom fields). */
  dynamicFields?: DynamicFields[];
  /** Output fields loaded at Zap-edit time (custom field names). */
  dynamicOutputs?: DynamicFields[];
  /** The static sample; a function when making it costs something (a content hash), so it is made on first read. */
  sample: Record<string, unknown> | (() => Record<string, unknown>);
  /** Labels for output keys where the generated ones are not good enough. */
  outputLabels?: Record<string, string>;
  hidden?: boolean;
  /** Replaces the default single request, for steps that need more than one. */
  perform?: (z: ZObject, bundle: Bundle, input: Input) => Promise<any>;
  /** Other endpoints a custom perform may call, for scopes and the contract test. */
  alsoCalls?: { endpoint: Endpoint; scopes: string[] }[];
  /** Calls whichever documented endpoint the user names (the API Request step). */
  anyEndpoint?: boolean;
}

export interface TriggerSpec extends Common {
  /** Where the answer keeps the list, or the single record of "Get ... by ID" triggers: a key or a function. */
  list?: string | ((data: any, input: Input, bundle: Bundle) => unknown);
  record?: string | ((data: any, input: Input, bundle: Bundle) => unknown);
  /** Date field to sort newest first by. */
  newest?: string;
  dedupe?: Dedupe;
  /** Largest page HighLevel serves; also the default page for a poll. */
  pageSize?: number;
  /**
   * Whether the step pages with Zapier's cursor (z.cursor), as HighLevel's cursor-paged lists need.
   * Page-numbered steps leave it off: dropdowns still ask them for more pages by `bundle.meta.page`.
   */
  canPaginate?: boolean;
  /** Shapes each item, e.g. to add a `name` for dropdown labels. */
  item?: (raw: Record<string, any>) => Record<string, any>;
}

export interface ActionSpec extends Common {
  /** Response key to return, or a function of the response and the input. */
  result?: string | ((data: any, input: Input) => any);
}

// ---- The sub-account of agency connections (connection.ts decides) ----

/** The step's level: whether it acts inside one sub-account (connection.ts derives it from the endpoints it calls). */
export const levelOfStep = (spec: Pick<Common, 'endpoint' | 'location' | 'alsoCalls'>): Level =>
  stepLevel([spec.endpoint, ...(spec.alsoCalls ?? []).map((c) => c.endpoint)].map(pathOf), Boolean(spec.location));

/** API Request may leave the Sub-Account empty for agency endpoints; every other sub-account step needs one. */
const subAccountFieldOf = (spec: Common) =>
  spec.anyEndpoint
    ? subAccountField({
        required: false,
        helpText:
          'The sub-account (location) whose token the request carries. Leave empty only for agency endpoints (companies, snapshots, locations search).',
      })
    : subAccountField({
        required: true,
        helpText:
          'The sub-account (location) this step works in. Pick one where the app is installed, or map a Sub-Account ID from an earlier step.',
      });

/** Custom fields and the like load once a sub-account is chosen; until then there are none to show. */
const forChosenSubAccount =
  (load: DynamicFields): DynamicFields =>
  async (z, bundle) =>
    awaitsSubAccount(bundle) ? [] : load(z, bundle);

const inputFields = (spec: Common, level: Level) => {
  const own = (spec.fields ?? []).map((f) => shared(zapierField(f)));
  if (level !== 'subAccount') return [...own, ...(spec.dynamicFields ?? [])];
  // A step whose own field is the sub-account (Find Location by ID) keeps it.
  const asks = own.some((f) => f.key === SUB_ACCOUNT_KEY) ? [] : [subAccountFieldOf(spec)];
  return [...asks, ...own, ...(spec.dynamicFields ?? []).map(forChosenSubAccount)];
};

/** Stops a sub-account step on an agency connection before any request when no sub-account is chosen. */
const checkSubAccount = (spec: Common, level: Level, bundle: Bundle) => {
  if (!spec.anyEndpoint) requireSubAccount(bundle, level);
};

const description = (spec: Common) => (spec.catalog ? `${spec.description} Catalog name: ${spec.catalog}.` : spec.description);

/** How a kind of step reads HighLevel's answer, and the page its request asks for. */
interface Reading {
  output: (answer: any, input: Input, bundle: Bundle) => unknown;
  page?: (bundle: Bundle) => Page;
}

/** A step of `kind` from its spec; `own` adds to the operation, `dedupeKey` says what a trigger dedupes on. */
const step = (
  kind: Kind,
  spec: Common,
  reading: Reading,
  own: Partial<Operation> & { type?: 'polling' } = {},
  dedupeKey?: string,
): Step => {
  const sample = once(() => (typeof spec.sample === 'function' ? spec.sample() : spec.sample));
  // Worked out once: the editor's fields and every call ask it.
  const level = levelOfStep(spec);
  return assembleStep({
    kind,
    key: spec.key,
    noun: spec.noun,
    label: spec.label,
    description: description(spec),
    ...(spec.catalog ? { catalog: spec.catalog } : {}),
    endpoint: spec.endpoint,
    scopes: spec.scopes,
    fields: spec.fields ?? [],
    needsOneOf: spec.needsOneOf ?? [],
    loadsFields: Boolean(spec.dynamicFields?.length),
    exampleAlso: spec.exampleAlso ?? [],
    alsoCalls: spec.alsoCalls ?? [],
    anyEndpoint: Boolean(spec.anyEndpoint),
    hidden: Boolean(spec.hidden),
    inSubAccount: level === 'subAccount',
    ...(dedupeKey === undefined ? {} : { dedupeKey }),
    ...(spec.perform
      ? {}
      : {
          single: {
            request: (bundle: Bundle) => {
              checkSubAccount(spec, level, bundle);
              return requestFor(spec, checkedInput(spec, bundle), bundle, reading.page?.(bundle));
            },
            output: (answer: unknown, bundle: Bundle) => reading.output(answer, checkedInput(spec, bundle), bundle),
          },
        }),
    shown: {
      inputFields: () => inputFields(spec, level),
      // A hidden step only fills dropdowns: no user sees its output, and Zapier waives its sample.
      ...(spec.hidden
        ? {}
        : {
            sample: () => shared(sample()),
            outputFields: () => [
              ...labelledOutputFields(sample(), (key) => spec.outputLabels?.[key]),
              ...(spec.dynamicOutputs ?? []).map((load) => (level === 'subAccount' ? forChosenSubAccount(load) : load)),
            ],
          }),
    },
    operation: {
      ...own,
      perform: async (z: ZObject, bundle: Bundle) => {
        checkSubAccount(spec, level, bundle);
        const input = checkedInput(spec, bundle);
        const answer = spec.perform
          ? await spec.perform(z, bundle, input)
          : await ghl(z, bundle, spec.endpoint, callFor(spec, input, bundle, reading.page?.(bundle)));
        return reading.output(answer, input, bundle);
      },
    },
  });
};

export const pick = (
  data: any,
  key?: string | ((data: any, input: Input, bundle: Bundle) => unknown),
  input: Input = {},
  bundle = {} as Bundle,
) => (typeof key === 'function' ? key(data, input, bundle) : key ? data?.[key] : data);

/** A trigger's items: the answer's list (or record), shaped, deduped and newest first. */
const triggerItems = (spec: TriggerSpec) => (data: any, input: Input, bundle: Bundle) => {
  const found = spec.record ? [pick(data, spec.record, input, bundle)] : pick(data, spec.list, input, bundle);
  const items = (Array.isArray(found) ? found : []).filter(isObject).map(spec.item ?? ((i) => i));
  // Change keys come from HighLevel's own stamps (as before dates were normalised); order from ISO dates.
  const dated = items.map((i) => outputDates(dedupeItem(i, spec.dedupe), bundle));
  return newestFirst(dated, spec.newest);
};

export const trigger = (spec: TriggerSpec): Step =>
  step(
    'trigger',
    spec,
    { output: triggerItems(spec), page: (bundle) => pageOf(bundle, spec.pageSize ?? 100) },
    { type: 'polling', ...(spec.canPaginate ? { canPaginate: true } : {}) },
    describeDedupe(spec.dedupe),
  );

/** An action's result: the response key or function it names, dates as ISO-8601. */
const actionResult = (spec: ActionSpec, data: any, input: Input, bundle: Bundle) =>
  outputDates(typeof spec.result === 'function' ? spec.result(data, input) : pick(data, spec.result), bundle);

export const create = (spec: ActionSpec): Step =>
  step('create', spec, {
    output: (data, input, bundle) => {
      const out = actionResult(spec, data, input, bundle);
      return isObject(out) ? out : { result: out };
    },
  });

export const search = (spec: ActionSpec): Step =>
  step('search', spec, {
    output: (data, input, bundle) => {
      const out = actionResult(spec, data, input, bundle);
      return (Array.isArray(out) ? out : out ? [out] : []).filter(isObject);
    },
  });

/** What a delete or link action returns: the record it acted on and HighLevel's verdict. */
export const confirmation =
  (idKey: string, extra: (input: Input) => Record<string, unknown> = () => ({})) =>
  (data: any, input: Input) => ({
    id: input[idKey],
    success: data?.succeded ?? data?.succeeded ?? data?.success ?? true,
    ...extra(input),
  });
