// Input fields are declared once as FieldSpecs: each becomes a Zapier input field, a zod check run
// before any request, a place in the request (path, query or body), and an example for the tests.
import type { z as ZodTypes } from 'zod';
import type { ZodSubset } from './zod';
import { errors, type PlainInputField } from 'zapier-platform-core';
import { parseZapierTime } from './dates';

// zod is most of the app's load time; load it on the first input check, not at start-up.
let zodModule: ZodSubset | undefined;
const zodLib = (): ZodSubset => (zodModule ??= (require('./zod') as typeof import('./zod')).zodSubset);

export type FieldType =
  | 'string'
  | 'text'
  | 'email'
  | 'phone'
  | 'url'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'datetime'
  | 'date'
  | 'list'
  | 'json'
  | 'password'
  | 'file';

export interface FieldSpec {
  key: string;
  label: string;
  /** Help text: says more than the label (what it is for, where to find it, format). */
  helpText: string;
  type?: FieldType;
  required?: boolean;
  choices?: Record<string, string>;
  /** Dynamic dropdown, `trigger_key.id_field.label_field`. */
  dynamic?: string;
  /** Offers "add a search step", `search_key.id_field`. */
  search?: string;
  default?: string;
  placeholder?: string;
  altersDynamicFields?: boolean;
  /** Where the value goes. Default: path when the endpoint names it, query for GET/DELETE, else body. */
  in?: 'path' | 'query' | 'body' | 'none';
  /** HighLevel's name when it differs from the key; dots nest inside the body (`dndSettings.SMS.status`). */
  as?: string;
  /** A realistic value the contract test fills in. */
  example?: unknown;
  /** Zapier line items: the field is a list of rows, each with these fields (a Zap maps an order's rows). */
  children?: FieldSpec[];
}

/** What a field of each type takes when its spec gives no example. */
const EXAMPLE_OF_TYPE: Record<FieldType, unknown> = {
  string: 'abc123',
  text: 'Some text',
  email: 'jane@example.com',
  phone: '+14155550123',
  url: 'https://example.com',
  integer: 5,
  number: 12.5,
  boolean: true,
  datetime: '2026-11-25T15:00:00Z',
  date: '2026-11-25',
  list: ['one', 'two'],
  json: '{"a": 1}',
  password: 'secret-value',
  file: 'https://example.com/brief.pdf',
};

/** A value the field accepts: its own example, else its first choice, else one of its type (the tests and docs/reference.md use it). */
export const exampleOf = (f: FieldSpec): unknown =>
  f.example ?? (f.choices ? Object.keys(f.choices)[0] : EXAMPLE_OF_TYPE[f.type ?? 'string']);

const ZAPIER_TYPE: Record<FieldType, string> = {
  string: 'string',
  text: 'text',
  email: 'string',
  phone: 'string',
  url: 'string',
  integer: 'integer',
  number: 'number',
  boolean: 'boolean',
  datetime: 'datetime',
  date: 'string',
  list: 'string',
  json: 'text',
  file: 'file',
  // Masked in the Zap editor.
  password: 'password',
};

export const zapierField = (f: FieldSpec): PlainInputField => ({
  key: f.key,
  label: f.label,
  // Zapier's schema allows neither on a line-item group, only on its children.
  ...(f.children ? {} : { helpText: f.helpText, type: ZAPIER_TYPE[f.type ?? 'string'] as any }),
  required: Boolean(f.required),
  ...(f.type === 'list' ? { list: true } : {}),
  ...(f.choices ? { choices: f.choices } : {}),
  ...(f.dynamic ? { dynamic: f.dynamic } : {}),
  ...(f.search ? { search: f.search } : {}),
  ...(f.default !== undefined ? { default: f.default } : {}),
  ...(f.placeholder ? { placeholder: f.placeholder } : {}),
  ...(f.altersDynamicFields ? { altersDynamicFields: true } : {}),
  ...(f.children ? { children: f.children.map(zapierField) } : {}),
});

const TRUE = new Set(['true', 'yes', 'y', '1', 'on']);
const FALSE = new Set(['false', 'no', 'n', '0', 'off']);

const toBoolean = (v: unknown) => {
  if (typeof v !== 'string') return v;
  const s = v.trim().toLowerCase();
  return TRUE.has(s) ? true : FALSE.has(s) ? false : v;
};

const toList = (v: unknown) => {
  const items = Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : [v];
  return items.map((i) => (typeof i === 'string' ? i.trim() : i)).filter((i) => i !== '' && i != null);
};

// Datetimes go through steps/dates.ts: text with an offset (or epoch) keeps its instant; text without
// one is wall-clock time in the user's time zone (bundle.meta.timezone; UTC when Zapier sends none).
const toIsoDateTime = (timeZone: string) => (v: unknown) => {
  if (typeof v !== 'string' && typeof v !== 'number') return v;
  const ms = parseZapierTime(v, timeZone);
  return ms === undefined ? v : new Date(ms).toISOString();
};

const toJson = (v: unknown) => {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v);
  } catch {
    return Symbol.for('invalid-json');
  }
};

const schemaFor = (f: FieldSpec, timeZone: string): ZodTypes.ZodType => {
  const zod = zodLib();
  const text = zod.string({ error: 'must be text' }).trim();
  let s: ZodTypes.ZodType;
  switch (f.type ?? 'string') {
    case 'email':
      s = text.pipe(zod.email({ error: 'must be an email address, like jane@example.com' }));
      break;
    case 'phone':
      s = text.regex(/^\+?[0-9][0-9 ().-]{3,24}$/, 'must be a phone number, like +14155550123');
      break;
    case 'url':
      s = text.pipe(zod.url({ error: 'must be a web address starting with https://' }));
      break;
    case 'integer':
      s = zod.coerce.number({ error: 'must be a whole number' }).int('must be a whole number');
      break;
    case 'number':
      s = zod.coerce.number({ error: 'must be a number' }).refine(Number.isFinite, 'must be a number');
      break;
    case 'boolean':
      s = zod.preprocess(toBoolean, zod.boolean({ error: 'must be yes or no' }));
      break;
    case 'datetime':
      s = zod.preprocess(
        toIsoDateTime(timeZone),
        zod.iso.datetime({ offset: true, error: 'must be a date and time, like 2026-11-23T15:00:00Z' }),
      );
      break;
    case 'date':
      s = zod.preprocess(
        (v) => (typeof v === 'string' ? v.trim().slice(0, 10) : v),
        zod.iso.date({ error: 'must be a date, like 2026-11-23' }),
      );
      break;
    case 'list':
      s = zod.preprocess(toList, zod.array(zod.string({ error: 'must be a list of text values' }).max(1000)));
      break;
    case 'json':
      s = zod.preprocess(toJson, zod.record(zod.string(), zod.unknown(), { error: 'must be a JSON object, like {"key": "value"}' }));
      break;
    // Zapier hands a file (from any earlier step) to a step as a URL it can download.
    case 'file':
      s = text.pipe(zod.url({ error: 'must be a file from an earlier step, or a web address of one' }));
      break;
    default:
      s = text;
  }
  if (f.choices) {
    const allowed = Object.keys(f.choices);
    s = s.refine((v) => allowed.includes(String(v)), `must be one of: ${allowed.join(', ')}`);
  }
  return s;
};

/**
 * A field as messages name it: its label as the Zap editor shows it, and the input key that
 * `zapier-platform invoke -i` and docs/reference.md use, e.g. Search Text (`q`).
 */
export const named = (f: Pick<FieldSpec, 'key' | 'label'>) => `${f.label} (\`${f.key}\`)`;

const withArticle = (text: string) => `${/^[AEIOU]/i.test(text) ? 'an' : 'a'} ${text}`;

/** Stops a step that needs at least one field of each group when all of a group are empty. */
export const requireOneOf = (fields: FieldSpec[], groups: string[][], input: Record<string, unknown>, step: string) => {
  for (const group of groups) {
    if (group.some((key) => !isBlank(input[key]))) continue;
    const names = group.map((key) => withArticle(named(fields.find((f) => f.key === key) ?? { key, label: key })));
    throw invalidInput(`Give ${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}: ${step} needs one of them.`);
  }
};

/** A problem with the user's input found beyond the field checks (request hooks have no `z`). */
export const invalidInput = (message: string) => new errors.Error(message, 'InvalidInput');

const isBlank = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

/** Checks and coerces the user's input; a bad value stops the step with a message naming the field. */
export const parseInput = (
  fields: FieldSpec[],
  inputData: Record<string, unknown> = {},
  timeZone: string | null = null,
  /** Names where the fields are, for line items: "Line Items, row 2: ". */
  where = '',
) => {
  const out: Record<string, any> = {};
  for (const f of fields) {
    const raw = inputData[f.key];
    if (isBlank(raw)) {
      if (f.required) throw invalidInput(`${where}${named(f)} is required.`);
      continue;
    }
    if (f.children) {
      out[f.key] = parseRows(f, raw, timeZone);
      continue;
    }
    const result = schemaFor(f, timeZone || 'UTC').safeParse(raw);
    if (!result.success) {
      throw invalidInput(`${where}${named(f)} ${result.error.issues[0]?.message ?? 'is not valid'}.`);
    }
    if (!isBlank(result.data)) out[f.key] = result.data;
  }
  return out;
};

/**
 * Line items: each row checked like a step's own input, a problem named by its row. A row left
 * entirely empty is refused, not skipped, so an order's rows never silently shrink.
 */
const parseRows = (f: FieldSpec, raw: unknown, timeZone: string | null): Record<string, any>[] => {
  const rows = Array.isArray(raw) ? raw : [raw];
  return rows.map((row, i) => {
    const where = rows.length > 1 ? `${named(f)}, row ${i + 1}` : named(f);
    if (!row || typeof row !== 'object' || Array.isArray(row))
      throw invalidInput(`${where} must be line items (map the rows of a list, or fill in the fields).`);
    if (f.children!.every((c) => isBlank((row as Record<string, unknown>)[c.key])))
      throw invalidInput(`${where} is empty: fill it in or remove it.`);
    return parseInput(f.children!, row as Record<string, unknown>, timeZone, `${where}: `);
  });
};

const setPath = (target: Record<string, any>, dotted: string, value: unknown) => {
  const keys = dotted.split('.');
  let node = target;
  for (const k of keys.slice(0, -1)) node = node[k] ??= {};
  node[keys[keys.length - 1]] = value;
};

/** Places each checked input where HighLevel wants it. */
export const requestParts = (fields: FieldSpec[], input: Record<string, any>, method: string, template: string) => {
  const path: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  const body: Record<string, any> = {};
  for (const f of fields) {
    if (!(f.key in input)) continue;
    const name = f.as ?? f.key;
    const where = f.in ?? (template.includes(`{${name}}`) ? 'path' : method === 'GET' || method === 'DELETE' ? 'query' : 'body');
    if (where === 'path') path[name] = input[f.key];
    else if (where === 'query') query[name] = input[f.key];
    else if (where === 'body') setPath(body, name, input[f.key]);
  }
  return { path, query, body };
};
