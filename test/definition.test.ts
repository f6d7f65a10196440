// The whole app definition against Zapier's published integration checks that can run offline
// (docs.zapier.com "Integration check reference"). No exception list: a violation fails.
import App from '../index';
import { steps } from '../operations';

const app = App as any;
const SECTIONS = ['triggers', 'creates', 'searches'] as const;
const all = SECTIONS.flatMap((section) =>
  Object.values(app[section] ?? {}).map((step: any) => ({ section, step, name: `${section}.${step.key}` })),
);
const staticFields = (step: any) => (step.operation.inputFields ?? []).filter((f: unknown) => typeof f === 'object');

const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'from',
  'in',
  'nor',
  'of',
  'on',
  'or',
  'the',
  'to',
  'via',
  'vs',
  'with',
]);
const isTitleCase = (label: string) =>
  label.split(/\s+/).every((word, i) => {
    const w = word.replace(/^[("']+|[)"':,]+$/g, '');
    return !w || /^[A-Z0-9]/.test(w) || (i > 0 && SMALL_WORDS.has(w));
  });

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const DATE_KEY = /^(?!.*zone)(.*(date|time|At$|_at$|Since|Until))/i;

/** Every leaf key of a sample, flattened the way Zapier shows it. */
const leafKeys = (value: Record<string, unknown>, prefix = ''): string[] =>
  Object.entries(value).flatMap(([k, v]) => {
    const key = prefix ? `${prefix}__${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v)) return leafKeys(v as Record<string, unknown>, key);
    if (Array.isArray(v) && v[0] && typeof v[0] === 'object') return Object.keys(v[0]).map((s) => `${key}[]${s}`);
    return [Array.isArray(v) ? `${key}[]` : key];
  });

/** Every [key, value] of a sample at any depth. */
const entries = (value: unknown, key = ''): [string, unknown][] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([k, v]) => entries(v, Array.isArray(value) ? key : k))
    : [[key, value]];

const isIdField = (f: any) => /(^id$|Id$|Ids$|_id$|_ids$)/.test(f.key) || /\bIDs?\b/.test(f.label ?? '');
// IDs no HighLevel endpoint lists, so no dropdown can offer them: a conversation provider (its help
// says where to find it) and another app's own message ID (altId).
const UNLISTABLE_IDS = new Set(['conversationProviderId', 'altId']);

const SECRET = /secret|password|api_?key|token/i;

// Each check is generated only for the steps it applies to, so every case has something to check.
describe.each(all.map((s) => [s.name, s] as const))('%s', (_name, { section, step }) => {
  const op = step.operation;
  const fields = staticFields(step);
  const hidden = Boolean(step.display.hidden);

  it('D012: has a static sample (waived for hidden steps: no user sees their output)', () => {
    if (hidden) return expect(op.sample).toBeUndefined();
    expect(op.sample).toEqual(expect.any(Object));
    expect(Object.keys(op.sample).length).toBeGreaterThan(0);
  });

  // Zapier asks triggers and searches for an id; actions and hidden steps (no sample) are waived.
  if (section !== 'creates' && !hidden) {
    it('D010: its sample has the id Zapier dedupes and identifies by', () => {
      expect(op.sample).toHaveProperty('id');
      expect(['string', 'number']).toContain(typeof op.sample.id);
    });
  }

  it('D018: title-case label and a noun', () => {
    expect(isTitleCase(step.display.label)).toBe(true);
    expect(step.noun).toMatch(/^[A-Z]/);
  });

  it('D021: descriptions say what happens ("Triggers when ..." for triggers only, instant ones too)', () => {
    if (section === 'triggers') expect(step.display.description).toMatch(/^Triggers when /);
    else expect(step.display.description).not.toMatch(/^Triggers when /);
    expect(step.display.description.length).toBeGreaterThan(20);
  });

  if (section === 'triggers' && !hidden) {
    it('a visible trigger is named by what makes it fire, not like an action (Get, List, Search...)', () => {
      expect(step.display.label).not.toMatch(/^(Get|List|Search|Check|Find|Download|Filter)\b/);
    });
  }

  const dates = entries(op.sample ?? {}).filter(
    ([key, value]) => typeof value === 'string' && DATE_KEY.test(key) && !/^[a-zA-Z]+$/.test(value),
  );
  if (dates.length) {
    it('D023: dates in its sample are ISO-8601', () => {
      expect(dates.filter(([, value]) => !ISO_DATE.test(value as string))).toEqual([]);
    });
  }

  it('D024: its output fields match its sample', () => {
    const keys = leafKeys(op.sample ?? {});
    const declared = (op.outputFields ?? []).filter((f: unknown) => typeof f === 'object').map((f: any) => f.key);
    expect(declared.sort()).toEqual([...keys].sort());
    for (const f of op.outputFields ?? []) if (typeof f === 'object') expect(f.label).toMatch(/^[A-Z0-9]/);
  });

  // A line-item group carries no help (Zapier's schema forbids it); each of its fields does.
  const helped = fields.flatMap((g: any) => g.children ?? [g]);
  if (helped.length) {
    it('D011: every input field has help text that says more than its label', () => {
      for (const f of helped) {
        expect({ key: f.key, help: typeof f.helpText === 'string' }).toEqual({ key: f.key, help: true });
        const help = f.helpText
          .toLowerCase()
          .replace(/[^a-z0-9 ]/g, '')
          .trim();
        const label = f.label
          .toLowerCase()
          .replace(/[^a-z0-9 ]/g, '')
          .trim();
        expect({ key: f.key, redundant: help === label || help === `the ${label}` || help.length < label.length + 10 }).toEqual({
          key: f.key,
          redundant: false,
        });
      }
    });
  }

  const linked = fields.filter((f: any) => (isIdField(f) && !UNLISTABLE_IDS.has(f.key)) || f.dynamic || f.search);
  if (linked.length) {
    it('D004: ID inputs offer a dynamic dropdown of a trigger that exists', () => {
      for (const f of linked) {
        if (isIdField(f) && !UNLISTABLE_IDS.has(f.key))
          expect({ key: f.key, dynamic: Boolean(f.dynamic || f.choices) }).toEqual({ key: f.key, dynamic: true });
        if (f.dynamic) {
          const [trigger, idField] = f.dynamic.split('.');
          expect({ key: f.key, trigger: Boolean(app.triggers[trigger]) }).toEqual({ key: f.key, trigger: true });
          expect(idField).toBeTruthy();
        }
        if (f.search) expect({ key: f.key, search: Boolean(app.searches[f.search.split('.')[0]]) }).toEqual({ key: f.key, search: true });
      }
    });
  }

  const lists = fields.filter((f: any) => f.list);
  if (lists.length) {
    it('a list input has no search link (Zapier cannot fill a list from a search step)', () => {
      expect(lists.filter((f: any) => f.search).map((f: any) => f.key)).toEqual([]);
    });
  }

  const secrets = fields.filter((f: any) => SECRET.test(`${f.key} ${f.label}`));
  if (secrets.length) {
    it('a secret input is a password field, masked in the Zap editor', () => {
      for (const f of secrets) expect({ key: f.key, type: f.type }).toEqual({ key: f.key, type: 'password' });
    });
  }

  if (section === 'searches') {
    it('D009: a search has search fields to query by', () => {
      expect(fields.length).toBeGreaterThan(0);
    });
  }
});

describe('the app', () => {
  it('D028: keeps cleanInputData off so empty and mapped values arrive as the user left them', () => {
    expect(app.flags?.cleanInputData).toBe(false);
  });

  it('D014: find-or-create pairs join an existing search and create of the same noun', () => {
    for (const [key, pair] of Object.entries<any>(app.searchOrCreates ?? {})) {
      expect(pair.key).toBe(key);
      expect(pair.search).toBe(key);
      const search = app.searches[pair.search];
      const create = app.creates[pair.create];
      expect(search && create).toBeTruthy();
      expect(search.noun).toBe(create.noun);
      expect(isTitleCase(pair.display.label)).toBe(true);
    }
  });

  // The app's sections are objects keyed by step key: a repeated key in the registry would replace a step unseen.
  it.each([
    ['trigger', 'triggers'],
    ['create', 'creates'],
    ['search', 'searches'],
  ] as const)('no two %s steps share a key', (kind, section) => {
    const keys = steps.filter((s) => s.kind === kind).map((s) => s.key);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    expect(Object.keys(app[section])).toHaveLength(keys.length);
  });
});
