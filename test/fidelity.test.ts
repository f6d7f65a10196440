// HighLevel as it really answers: real responses and webhook bodies gathered from public sources
// (test/fixtures/real, each citing its source) run through every trigger and search whose endpoint
// they cover, and through every instant trigger. Where the live API differs from the documents:
// docs/live-api-differences.md.
import * as fs from 'node:fs';
import * as path from 'node:path';
import nock from 'nock';
import { steps } from '../operations';
import type { Step } from '../steps/define';
import { isDateKey, isoDates, outputTime } from '../steps/dates';
import { UNNAMED_CONTACT } from '../families/conversations';
import { exampleOf } from '../steps/fields';
import { appTester, AUTH, bundleFor, interceptHighLevel, perform } from './support/harness';

interface Fixture {
  file: string;
  source: { url: string; what: string };
  endpoint?: string;
  delivery?: string;
  body: any;
}

const dir = path.join(__dirname, 'fixtures', 'real');
const fixtures: Fixture[] = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((file) => ({ file, ...JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) }));
const answers = fixtures.filter((f) => f.endpoint);
const deliveries = fixtures.filter((f) => f.delivery);

const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;
const DATE_LIKE = /^(\d{10}|\d{13}|\d{4}-\d{2}-\d{2}.*)$/;
const isOriginal = (key: string) => /(Original|_original)$/.test(key);

/** Every date-like value under a date key that is not ISO-8601 (HighLevel's kept originals aside). */
const nonIsoDates = (node: unknown, key = ''): string[] => {
  if (Array.isArray(node)) return node.flatMap((v) => nonIsoDates(v, key));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => (isOriginal(k) ? [] : nonIsoDates(v, k)));
  const text = String(node ?? '').trim();
  return isDateKey(key) && (typeof node === 'string' || typeof node === 'number') && DATE_LIKE.test(text) && !ISO.test(text)
    ? [`${key}=${text}`]
    : [];
};

const filled = (v: unknown) => v !== undefined && v !== null && v !== '';

/** The record list of an answer: the first array of objects, however deep HighLevel wrapped it. */
const recordsOf = (body: any): Record<string, any>[] => {
  for (const v of Object.values(body ?? {})) {
    if (Array.isArray(v) && v.some((i) => i && typeof i === 'object')) return v;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const inner = recordsOf(v);
      if (inner.length) return inner;
    }
  }
  return [];
};

/** The record key the README states a composite dedupe key keeps HighLevel's id in. */
const idKeptIn = (s: Step) => /record id in `(\w+)`/.exec(s.dedupeKey ?? '')?.[1];

const labelledKeys = (s: Step): string[] =>
  (s.definition.operation.outputFields ?? []).filter((f: unknown) => typeof f === 'object').map((f: any) => f.key);

/** Required inputs a real record satisfies, where an example would filter it out (the watched tag). */
const MATCHING: Record<string, (record: Record<string, any>) => unknown> = { tag: (r) => r.tags?.[0] };

/** Only what a step needs: its required fields (optional filters would hide real records). */
const requiredInput = (s: Step, record: Record<string, any> = {}) =>
  Object.fromEntries(s.fields.filter((f) => f.required).map((f) => [f.key, MATCHING[f.key]?.(record) ?? exampleOf(f)]));

const covering = (endpoint: string) =>
  steps.filter((s) => s.kind !== 'create' && [s.endpoint, ...s.alsoCalls.map((c) => c.endpoint)].includes(endpoint as any));

describe.each(answers.map((f) => [f.file, f] as const))('real answer %s', (_file, fixture) => {
  const [method, template] = fixture.endpoint!.split(' ');
  const covered = covering(fixture.endpoint!);

  it('cites its source', () => {
    expect(fixture.source.url).toMatch(/^https:\/\//);
    expect(fixture.source.what.length).toBeGreaterThan(40);
    expect(covered.length).toBeGreaterThan(0);
  });

  it.each(covered.map((s) => [s.key, s] as const))('%s reads it: ids, dedupe keys, ISO dates, labelled fields', async (_key, s) => {
    const seen = interceptHighLevel((req) =>
      req.method === method && req.template === template ? { status: 200, body: fixture.body } : undefined,
    );
    const raw = recordsOf(fixture.body)[0];
    const items = (await perform(s, bundleFor(s, { inputData: requiredInput(s, raw) }))) as Record<string, any>[];
    expect(seen.some((r) => r.method === method && r.template === template)).toBe(true);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.id).toEqual(expect.anything());
      if (idKeptIn(s)) expect(filled(item[idKeptIn(s)!])).toBe(true);
      expect(nonIsoDates(item)).toEqual([]);
      // Nothing HighLevel sent under a labelled key goes missing.
      const lost = labelledKeys(s).filter(
        (k) => !k.includes('__') && !k.includes('[]') && k !== 'id' && filled(raw?.[k]) && !filled(item[k]),
      );
      expect(lost).toEqual([]);
    }
  });
});

describe('what the real answers become', () => {
  const run = async (key: string, fixtureFile: string) => {
    const s = steps.find((x) => x.key === key)!;
    const fixture = fixtures.find((f) => f.file === fixtureFile)!;
    const template = fixture.endpoint!.split(' ')[1];
    interceptHighLevel((req) => (req.template === template ? { status: 200, body: fixture.body } : undefined));
    return (await perform(s, bundleFor(s, { inputData: requiredInput(s) }))) as Record<string, any>[];
  };

  it('a searched contact: `address` read as the street, an epoch birthday as a day', async () => {
    const [contact] = await run('new_contact', 'contacts-search.json');
    expect(contact).toMatchObject({ address1: '1 Test St', address: '1 Test St', dateOfBirth: '1990-03-13', name: 'sam rivera' });
  });

  it('a conversation naming no contact: never its ID as the name; the epoch string as ISO', async () => {
    const [event] = await run('new_inbound_message', 'conversations-search.json');
    expect(event.name).toBe(UNNAMED_CONTACT);
    expect(event.lastMessageDate).toBe('2021-08-03T16:27:33.263Z');
    const [conversation] = await run('search_conversations', 'conversations-search.json');
    expect(conversation.name).not.toBe(conversation.id);
  });

  it('a message page wrapped once more than documented', async () => {
    const [message] = await run('get_conversation_messages', 'conversation-messages.json');
    expect(message).toMatchObject({ id: 'p1mRSHeLDhAms5q0LMr4', body: 'Hi there', dateAdded: '2024-03-27T18:13:49.000Z' });
  });
});

// ---- Workflow webhook deliveries, through every workflow-webhook instant trigger ----

const instants = steps.filter((s) => s.instant && s.workflowTrigger !== undefined);

const deliver = (s: Step, content: string, secret?: string, headers: Record<string, string> = {}) =>
  appTester(s.definition.operation.perform, {
    authData: AUTH,
    inputData: secret ? { secret } : {},
    meta: { timezone: 'America/New_York' },
    rawRequest: { method: 'POST', headers, content, querystring: '' },
  } as any) as Promise<Record<string, any>[]>;

/** A JSON body as HighLevel's Custom Webhook posts it form-encoded, bracketed keys first. */
const asForm = (body: Record<string, any>, first: [string, string]) => {
  const pairs: [string, string][] = [first];
  const walk = (node: any, prefix: string) => {
    for (const [k, v] of Object.entries(node)) {
      const name = prefix ? `${prefix}[${k}]` : k;
      if (v && typeof v === 'object' && !Array.isArray(v)) walk(v, name);
      else pairs.push([name, v === null ? '' : String(v)]);
    }
  };
  walk(body, '');
  return new URLSearchParams(pairs).toString();
};

describe.each(deliveries.map((f) => [f.file, f] as const))('real delivery %s', (_file, fixture) => {
  it('cites its source', () => {
    expect(fixture.source.url).toMatch(/^https:\/\//);
    expect(fixture.source.what.length).toBeGreaterThan(40);
  });

  it.each(instants.map((s) => [s.key, s] as const))('%s: one item, its id, ISO dates, every labelled field it posted', async (_key, s) => {
    const items = await deliver(s, JSON.stringify(fixture.body));
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item.id).toEqual(expect.any(String));
    expect(nonIsoDates(item)).toEqual([]);
    expect(filled(item.contactId)).toBe(true);
    const lost = labelledKeys(s).filter(
      (k) => !k.includes('__') && !k.includes('[]') && k !== 'id' && filled(fixture.body[k]) && !filled(item[k]),
    );
    expect(lost).toEqual([]);
  });

  it.each(instants.map((s) => [s.key, s] as const))(
    '%s: the same body form-encoded, secret first in brackets, is read and checked',
    async (_key, s) => {
      const content = asForm(fixture.body, ['customData[zapier_secret]', 'long-random-secret-1']);
      expect(content.startsWith('customData%5Bzapier_secret%5D=')).toBe(true);
      const [item, ...rest] = await deliver(s, content, 'long-random-secret-1', { 'Content-Type': 'application/x-www-form-urlencoded' });
      expect(rest).toEqual([]);
      expect(item.payload).toBeUndefined();
      expect(JSON.stringify(item)).not.toContain('long-random-secret-1');
      expect(filled(item.contactId)).toBe(true);
      expect(await deliver(s, content, 'another-secret')).toEqual([]);
    },
  );
});

// ---- App events (relay deliveries), through the app-event triggers of their type ----

const appEvents = deliveries.flatMap((f) =>
  steps.filter((s) => s.relay?.events.includes(f.body.type)).map((s) => [f.file, s.key, f, s] as const),
);

it('some real delivery is an app event a relay trigger takes', () => expect(appEvents.length).toBeGreaterThan(0));

it.each(appEvents)('%s through %s: one item, id = webhookId, ISO dates, the contact labelled', async (_file, _key, fixture, s) => {
  const items = await deliver(s, JSON.stringify(fixture.body));
  expect(items).toHaveLength(1);
  const [item] = items;
  expect(item.id).toBe(fixture.body.webhookId ?? item.id);
  expect(item.id).toEqual(expect.any(String));
  expect(nonIsoDates(item)).toEqual([]);
  if (fixture.body.type.startsWith('Contact')) expect(item.contactId).toBe(fixture.body.id);
});

describe('what the real deliveries become', () => {
  const first = async (file: string, key = 'new_workflow_event') =>
    (await deliver(steps.find((s) => s.key === key)!, JSON.stringify(fixtures.find((f) => f.file === file)!.body)))[0];

  it("an appointment's wall-clock times are read in its calendar's zone, HighLevel's text kept beside them", async () => {
    const item = await first('workflow-webhook-appointment.json', 'appointment_booked_instant');
    expect(item).toMatchObject({
      appointmentId: 'CZvjjEJy8NHQAlbSQ6dM',
      appointmentStatus: 'confirmed',
      contactId: 'dCU1fwDXOEU4EzHJgpCU',
      name: 'Amal Haddad',
      startTime: '2026-09-13T17:00:00+03:00',
      endTime: '2026-09-13T17:30:00+03:00',
      calendar: {
        startTime: '2026-09-13T17:00:00+03:00',
        startTimeOriginal: '2026-09-13T17:00:00',
        date_created: '2026-09-08T18:45:42.460Z',
      },
    });
  });

  it("an opportunity's `pipleline_stage` and top-level `id` fill Stage Name and Opportunity ID, not the contact", async () => {
    const item = await first('workflow-webhook-opportunity.json', 'opportunity_stage_changed_instant');
    expect(item).toMatchObject({
      stageName: 'Responded',
      opportunityId: 'dGRUoKNGZ8Nazik6ZpjC',
      pipelineName: 'Revived Lost Leads Campaign',
      contactId: 'sRqF0l6lOCIzaucfhwDI',
      name: 'Dana Moreno',
      postedId: 'dGRUoKNGZ8Nazik6ZpjC',
    });
  });

  it("an app event's top-level `id` fills Contact ID", async () => {
    expect(await first('app-event-contact-dnd.json')).toMatchObject({
      contactId: 'n9Li5Bt6VPSsisZ8QlwL',
      email: 'dnd.contact@example.com',
    });
  });
});

// ---- The one place dates are made ISO-8601 ----

describe('output dates', () => {
  const zone = 'America/New_York';

  it.each([
    ['epoch milliseconds', 'dateAdded', 1628008053263, '2021-08-03T16:27:33.263Z'],
    ['epoch milliseconds as text', 'lastMessageDate', '1628008053263', '2021-08-03T16:27:33.263Z'],
    ['epoch seconds as text', 'created_at', '1795000000', '2026-11-18T11:06:40.000Z'],
    ['a birthday before 1970', 'date_of_birth', -315619200000, '1960-01-01'],
    ['ISO with an offset, kept as sent', 'startTime', '2023-09-25T16:00:00+05:30', '2023-09-25T16:00:00+05:30'],
    ['ISO in UTC, kept as sent', 'dateUpdated', '2026-07-28T09:12:40.007Z', '2026-07-28T09:12:40.007Z'],
    ['a day stays a day', 'dueDate', '2026-11-25', '2026-11-25'],
    ['a birthday in epoch milliseconds is a day', 'dateOfBirth', 637286400000, '1990-03-13'],
    ['wall-clock time, in the zone given', 'startTime', '2026-11-25T15:00:00', '2026-11-25T15:00:00-05:00'],
    ['wall-clock time with a space', 'date_created', '2026-07-04 09:30:00', '2026-07-04T09:30:00-04:00'],
  ])('%s', (_what, key, value, iso) => {
    expect(outputTime(value, zone, key)?.iso).toBe(iso);
  });

  it.each([
    ['a duration', 'responseTime', 45],
    ['text', 'date_created', 'soon'],
    ['another format', 'date_of_birth', '05/01/1990'],
    ['an impossible day', 'dueDate', '2026-02-30'],
  ])('leaves %s as it came', (_what, key, value) => {
    expect(isoDates({ [key]: value }, zone)).toEqual({ [key]: value });
  });

  it("reads wall-clock times in the record's own zone (nested records use theirs), keeping the original", () => {
    const out = isoDates(
      {
        startTime: '2026-03-08T02:30:00',
        selectedTimezone: 'America/New_York',
        calendar: { startTime: '2026-09-13T17:00:00', selectedTimezone: 'Asia/Kuwait' },
        other: { date_created: '2026-09-13 17:00' },
      },
      'Europe/London',
    ) as any;
    // 02:30 does not exist on New York's spring-forward night: it is 03:30 EDT.
    expect(out.startTime).toBe('2026-03-08T03:30:00-04:00');
    expect(out.startTimeOriginal).toBe('2026-03-08T02:30:00');
    expect(out.calendar).toMatchObject({ startTime: '2026-09-13T17:00:00+03:00', startTimeOriginal: '2026-09-13T17:00:00' });
    expect(out.other).toEqual({ date_created: '2026-09-13T17:00:00-04:00', date_created_original: '2026-09-13 17:00' });
  });

  it('is idempotent: converted values stay as they are', () => {
    const once = isoDates({ startTime: '2026-11-25T15:00:00', dateAdded: 1628008053263 }, zone);
    expect(isoDates(once, zone)).toEqual(once);
  });
});

// ---- Zapier's rules ----

describe("Zapier's cursor", () => {
  const paged = steps.filter((s) => s.kind === 'trigger' && !s.instant);

  it.each(paged.map((s) => [s.key, s] as const))(
    "%s says canPaginate exactly when its next page reads Zapier's cursor",
    async (_key, s) => {
      process.env.ZAPIER_DEPLOY_KEY = 'test-deploy-key';
      interceptHighLevel();
      const calls: string[] = [];
      nock('https://rpc.zapier.com')
        .persist()
        .post('/cli')
        .reply(200, (_uri, raw: any) => {
          const { id, method } = typeof raw === 'string' ? JSON.parse(raw) : raw;
          calls.push(method);
          return { id, result: null };
        });
      try {
        await perform(s, bundleFor(s, { meta: { page: 1, limit: 10, isFillingDynamicDropdown: true, timezone: 'UTC' } })).catch(
          () => undefined,
        );
      } finally {
        delete process.env.ZAPIER_DEPLOY_KEY;
      }
      expect(Boolean(s.definition.operation.canPaginate)).toBe(calls.includes('get_cursor'));
    },
  );
});
