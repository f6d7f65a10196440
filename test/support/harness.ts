// Runs steps through Zapier's app tester with every HighLevel request intercepted by nock,
// recorded, checked against the contract and answered from the document's schemas.
import nock from 'nock';
import zapier from 'zapier-platform-core';
import App from '../../index';
import { DEFAULT_BASE_URL } from '../../highlevel/api';
import type { Step } from '../../steps/define';
import { exampleOf } from '../../steps/fields';
import { fakeResponse, matchTemplate, violations, type SeenRequest } from './contract';

type AppTester = ReturnType<typeof zapier.createAppTester> & { zcacheTestObj: Record<string, unknown> };
const SECTIONS = ['triggers', 'creates', 'searches'] as const;

/**
 * Zapier's app tester for `app` (the TypeScript app, or the built one in the e2e suites). Core
 * compiles and deep-freezes the whole app on every call (about 50 ms for this one), so a call to a
 * step's function (perform, fallback, field loader) runs in an app holding only that step: the same
 * code, middleware and authentication, seven times faster. Zapier's cache (`zcacheTestObj`) is shared.
 */
export const oneStepAppTester = (app: any): AppTester => {
  const full = zapier.createAppTester(app);
  const home = new Map<unknown, [string, string]>();
  for (const section of SECTIONS) {
    for (const [key, def] of Object.entries<any>(app[section] ?? {})) {
      const op = def.operation;
      for (const f of [op.perform, op.performList, ...(op.inputFields ?? []), ...(op.outputFields ?? [])]) {
        if (typeof f === 'function') home.set(f, [section, key]);
      }
    }
  }
  const testers = new Map<string, ReturnType<typeof zapier.createAppTester>>();
  const tester = ((fn: any, bundle?: any, clearZcacheBeforeUse = false) => {
    if (clearZcacheBeforeUse) tester.zcacheTestObj = {};
    const [section, key] = home.get(fn) ?? [];
    let run = section ? testers.get(`${section}.${key}`) : full;
    if (!run) {
      const only = { triggers: {}, creates: {}, searches: {}, [section!]: { [key!]: app[section!][key!] } };
      run = zapier.createAppTester({ ...app, ...only, searchOrCreates: {} });
      testers.set(`${section}.${key}`, run);
    }
    (run as any).zcacheTestObj = tester.zcacheTestObj;
    return run(fn, bundle);
  }) as AppTester;
  tester.zcacheTestObj = {};
  return tester;
};

export const appTester = oneStepAppTester(App);
export const BASE = DEFAULT_BASE_URL;

export const AUTH = {
  access_token: 'test-access-token',
  refresh_token: 'test-refresh-token',
  locationId: 've9EPM428h8vShlRW1KT',
  companyId: 'UAXssdawIWAWD',
  userType: 'Location',
  userId: 'y0BeYjuRIlDwsDcOHOJo',
};

/** An agency (Company) connection: no sub-account of its own; each step chooses one. */
export const AGENCY_AUTH = {
  access_token: 'test-agency-access-token',
  refresh_token: 'test-agency-refresh-token',
  locationId: '',
  companyId: AUTH.companyId,
  userType: 'Company',
  userId: AUTH.userId,
};

/** The sub-account the agency tests choose: not the sub-account connection's, so mix-ups show. */
export const CHOSEN_SUB_ACCOUNT = 'Kx9c2Fh3LmQpZr8sTt4u';

/** The token HighLevel issues for a sub-account in these tests: recognisably that sub-account's. */
export const subAccountTokenOf = (locationId: string) => `test-sub-account-token-for-${locationId}`;

// The Marketplace app ID comes from the client ID (`<appId>-<suffix>`).
process.env.CLIENT_ID ??= '6578278e879ad2646715ba9c-testclient';

/** Send Message refuses a Send At in the past, so its example comes from the run's own clock. */
const aWeekFromNow = () => new Date(Date.now() + 7 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');

/** Every field filled with its example, so every body and query field is exercised. */
export const exampleInput = (step: Step): Record<string, unknown> => ({
  ...Object.fromEntries(step.fields.map((f) => [f.key, f.key === 'scheduledAt' ? aWeekFromNow() : exampleOf(f)])),
  // A custom field value as the dynamic fields would add it.
  customField__3sv6dSiXQNJ6dpB0amsq: 'Gold',
});

export type Answer = (
  req: SeenRequest & { template?: string },
) => { status: number; body: unknown; headers?: Record<string, string> } | undefined;

/** Where Zapier keeps files handed between steps; the examples of file fields point here. */
export const ZAPIER_FILES = 'https://zapier-dev-files.s3.amazonaws.com';
export const EXAMPLE_PDF = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\n\xff\xfe trailer <</Root 1 0 R>>\n%%EOF\n', 'latin1');

/** Zapier's file storage, serving a small PDF for any file an example names. */
export const serveZapierFiles = () => nock(ZAPIER_FILES).persist().get(/.*/).reply(200, EXAMPLE_PDF, { 'Content-Type': 'application/pdf' });

/** Intercepts HighLevel, recording requests; answers from the contract unless `answer` overrides. */
export const interceptHighLevel = (answer?: Answer) => {
  const seen: (SeenRequest & { template?: string; problems: string[] })[] = [];
  nock.cleanAll();
  serveZapierFiles();
  const scope = nock(BASE).persist();
  for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
    scope
      .intercept(() => true, method)
      .reply(function (uri, body) {
        const url = new URL(uri, BASE);
        let parsed: unknown = body === '' ? undefined : body;
        if (typeof parsed === 'string') {
          try {
            parsed = JSON.parse(parsed);
          } catch {
            /* form bodies stay strings */
          }
        }
        const req: SeenRequest = {
          method,
          path: url.pathname,
          query: Object.fromEntries(url.searchParams),
          headers: this.req.headers,
          body: parsed,
        };
        const checked = violations(req);
        seen.push({ ...req, ...checked });
        const custom = answer?.({ ...req, template: checked.template });
        if (custom) return [custom.status, JSON.stringify(custom.body), { 'Content-Type': 'application/json', ...custom.headers }];
        const template = matchTemplate(method, url.pathname);
        if (!template) return [404, JSON.stringify({ message: 'not in the contract' })];
        const fake = fakeResponse(method, template);
        if (template === '/oauth/locationToken') {
          // The documented answer, with a token that names the sub-account it was issued for.
          const locationId = new URLSearchParams(String(body)).get('locationId') ?? '';
          Object.assign(fake.body as object, { access_token: subAccountTokenOf(locationId), locationId, expires_in: 86399 });
        }
        return [fake.status, JSON.stringify(fake.body), { 'Content-Type': 'application/json' }];
      });
  }
  return seen;
};

export const bundleFor = (step: Step, overrides: Record<string, unknown> = {}) => ({
  authData: AUTH,
  inputData: exampleInput(step),
  meta: { page: 0, limit: 10, isLoadingSample: false, timezone: 'America/New_York' },
  ...overrides,
});

/** The same step on an agency connection, with the sub-account chosen in the step. */
export const agencyBundleFor = (step: Step, overrides: Record<string, unknown> = {}) =>
  bundleFor(step, { authData: AGENCY_AUTH, inputData: { ...exampleInput(step), locationId: CHOSEN_SUB_ACCOUNT }, ...overrides });

/** Zapier's cache as the app tester keeps it; tests start from an empty one. */
export const zcache = (): Record<string, unknown> => appTester.zcacheTestObj;
export const clearZcache = () => {
  appTester.zcacheTestObj = {};
};

/** Runs a step; an instant trigger runs its polling fallback, the part that calls HighLevel. */
export const perform = (step: Step, bundle: object) => {
  const { performList, perform: ownPerform } = step.definition.operation;
  return appTester(step.instant && performList ? performList : ownPerform, bundle as any);
};

/**
 * Actions whose output is no record with an `id`, each with the key that identifies what it did
 * instead (none where nothing does), and why.
 */
export const WITHOUT_RECORD_ID: Record<string, { identifier?: string; why: string }> = {
  bulk_update_contact_tags: {
    identifier: 'responses',
    why: 'a bulk change makes no record: HighLevel answers one result per contact, each naming its contactId',
  },
  bulk_business_update: { identifier: 'ids', why: 'a bulk change makes no record: HighLevel answers the IDs of the contacts it changed' },
  send_document: { identifier: 'documentId', why: 'sending makes no record: the answer names the document sent and its recipients' },
  send_document_template: {
    identifier: 'documentId',
    why: 'sending makes no record: the answer names the document made from the template',
  },
  create_calendar_resource: { why: "HighLevel documents no ID in a resource's answers (create, get and list alike)" },
  api_request: { why: 'its output is whatever the endpoint the user names answers' },
};

/**
 * Keys named after a sub-account's own fields (a custom field's ID, a custom object's property):
 * which ones a record has depends on the account, not on the step.
 */
const ACCOUNT_FIELD = /^(customField|property)__/;

/**
 * "(Instant, via Workflow)" triggers: keys of a workflow's Webhook delivery (the sample) that the
 * records "Test trigger" shows before any delivery (HighLevel's list, shaped as deliveries) cannot
 * have. Every one: the workflow, its custom data, the sub-account's name and address (records name
 * it by ID). Each: what its records leave out.
 */
const DELIVERY_ONLY: Record<string, string[]> = {
  all: ['workflow', 'workflowId', 'workflowName', 'customData', 'triggerData', 'location.name', 'location.fullAddress'],
  // A submission names neither its sub-account nor its contact's phone, and its answers are its own form's.
  form_submitted_instant: ['phone', 'website', 'location.id', 'subAccountId'],
  // An appointment names its contact and its calendar by ID only.
  appointment_booked_instant: ['full_name', 'name', 'email', 'phone', 'calendar.calendarName', 'calendarName'],
  // A transaction names its contact by name and email only.
  payment_received_instant: ['phone'],
};
const deliveryOnly = (step: Step, path: string) =>
  Boolean(step.workflowTrigger) && (DELIVERY_ONLY.all.includes(path) || Boolean(DELIVERY_ONLY[step.key]?.includes(path)));

/** Objects whose keys are a record's own data (a form's answers by field), not fields of the step. */
const OWN_KEYS = new Set(['answers', 'others']);

const isPlain = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === 'object' && !Array.isArray(v);

/**
 * The sample's keys `item` lacks (a key whose value is undefined is lacking: it does not reach
 * Zapier), as paths: top-level keys and those of nested objects, which Zapier offers as `parent__key`.
 * Not those of an array's items: line items, each with its own optional keys, of which a sample shows one.
 */
const missingKeys = (sample: Record<string, unknown>, item: Record<string, unknown>, step: Step, at = ''): string[] =>
  Object.entries(sample).flatMap(([key, value]) => {
    if (!at && ACCOUNT_FIELD.test(key)) return [];
    const path = at ? `${at}.${key}` : key;
    if (deliveryOnly(step, path)) return [];
    if (item[key] === undefined) return [path];
    return isPlain(value) && isPlain(item[key]) && !OWN_KEYS.has(key) ? missingKeys(value, item[key], step, path) : [];
  });

/**
 * What a later Zap step maps: an action's output is one record (an object) with its `id`, a
 * trigger's or a search's a list of at least one item, each with the `id` Zapier dedupes and
 * identifies by. Each carries the keys of the step's static sample (what the Zap editor offers to
 * map before a test), nested ones included.
 */
export const expectZapOutput = (step: Step, result: unknown) => {
  let items: unknown[];
  if (step.kind === 'create') {
    expect(isPlain(result)).toBe(true);
    const without = WITHOUT_RECORD_ID[step.key];
    if (!without) {
      expect(result).toEqual(expect.objectContaining({ id: expect.anything() }));
    } else {
      // A listed action whose output has an `id` after all leaves the list.
      expect(result).not.toHaveProperty('id');
      if (without.identifier) expect(result).toEqual(expect.objectContaining({ [without.identifier]: expect.anything() }));
    }
    items = [result];
  } else {
    expect(Array.isArray(result)).toBe(true);
    items = result as unknown[];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toEqual(expect.objectContaining({ id: expect.anything() }));
  }
  const { sample } = step.definition.operation;
  if (sample)
    for (const item of items)
      expect({ step: step.key, missing: missingKeys(sample, item as Record<string, unknown>, step) }).toEqual({
        step: step.key,
        missing: [],
      });
};
