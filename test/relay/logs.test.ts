// No byte of an event body in any log line unless RELAY_LOG_PAYLOADS (relay/README.md, Logs), on both
// stores: hostile bodies, refused ones, and database errors that quote what they failed on (PostgreSQL's
// `detail` and `where`, PGlite's `params`). Every other relay test's lines are checked after the run
// (support/global-teardown.ts); this file makes the lines that would leak, and checks its own.
import { withoutValues, errorForLog } from '../../relay/logSafety';
import type { Relay } from '../../relay/relay';
import { linesHolding, logLines, testLogDir } from './support/logs';
import {
  APP_ID,
  count,
  deliver,
  event,
  settle,
  signatureHeaders,
  STORES,
  subscribe,
  testLogDestination,
  testRelay,
  uid,
  Receiver,
  waitFor,
} from './support/relay';

/** In the hostile bodies below (not BODY_MARKER: the payload test logs its body on purpose, in its own file). */
const MARKER = `hostilemarker${uid()}`;

/** Test-only triggers that make the store fail on marked events, with the body in the error's every field. */
const SABOTAGE = [
  `CREATE FUNCTION test_sabotage_events() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     -- PostgreSQL's own error: "invalid input syntax for type json", the body's end in its "where".
     IF NEW.body LIKE '%"sabotage":"json"%' THEN PERFORM (NEW.body || ' trailing')::jsonb; END IF;
     IF NEW.body LIKE '%"sabotage":"raise"%' THEN RAISE EXCEPTION 'event refused by the test' USING DETAIL = NEW.body, HINT = NEW.body; END IF;
     RETURN NEW;
   END $$`,
  `CREATE TRIGGER test_sabotage_events BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION test_sabotage_events()`,
  `CREATE FUNCTION test_sabotage_deliveries() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE body text;
   BEGIN
     SELECT e.body INTO body FROM events e WHERE e.id = OLD.event_id;
     IF body LIKE '%"sabotage":"delivered"%' THEN RAISE EXCEPTION 'delivery result refused by the test' USING DETAIL = body; END IF;
     RETURN OLD;
   END $$`,
  `CREATE TRIGGER test_sabotage_deliveries BEFORE DELETE ON deliveries FOR EACH ROW EXECUTE FUNCTION test_sabotage_deliveries()`,
];

const post = (relay: Relay, raw: string, headers: Record<string, string>) =>
  fetch(`${relay.url}/highlevel/events`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: raw }).then(
    (r) => r.status,
  );

describe.each(STORES)('logs on %s', (kind) => {
  test('no line holds a byte of an event body: refusals, bodies the store cannot take, store errors quoting them, failing deliveries', async () => {
    const file = `logs-test-${kind}-${uid()}.ndjson`;
    const receiver = await new Receiver().start();
    const relay = await testRelay(kind, {}, undefined, testLogDestination(file));
    const lines = () => logLines(file);
    try {
      for (const statement of SABOTAGE) await relay.store.driver.query(statement);
      const locationId = uid('loc');
      const [filtered, tagged, failing, refusing] = [receiver.hook(), receiver.hook(), receiver.hook(), receiver.hook()];
      await subscribe(relay, { targetUrl: filtered, events: ['ContactCreate', 'ContactUpdate'], locationId, filters: { firstName: '*' } });
      await subscribe(relay, { targetUrl: tagged, events: ['ContactTagUpdate'], locationId });
      await subscribe(relay, { targetUrl: failing, events: ['NoteCreate'], locationId });
      await subscribe(relay, { targetUrl: refusing, events: ['TaskCreate'], locationId });
      receiver.answer = (request) => ({
        status: request.path === new URL(failing).pathname ? 500 : request.path === new URL(refusing).pathname ? 400 : 200,
      });
      const hostile = (type: string, fields: Record<string, unknown> = {}) =>
        event(type, { locationId, firstName: `${MARKER} first`, tags: [MARKER], note: MARKER, ...fields });

      // Refused before the store: unsigned, wrongly signed, not JSON, no webhookId, another app, stale, too large.
      const signedRaw = (raw: string) => post(relay, raw, signatureHeaders(raw));
      expect(await post(relay, JSON.stringify(hostile('ContactCreate')), {})).toBe(401);
      expect(await post(relay, JSON.stringify(hostile('ContactCreate')), signatureHeaders('other bytes'))).toBe(401);
      expect(await signedRaw(`{"note":"${MARKER}", not json`)).toBe(400);
      expect(await signedRaw(JSON.stringify({ ...hostile('ContactCreate'), webhookId: undefined }))).toBe(400);
      expect(await signedRaw(JSON.stringify(hostile('ContactCreate', { appId: 'another-app' })))).toBe(403);
      expect(await signedRaw(JSON.stringify(hostile('ContactCreate', { timestamp: '2001-01-01T00:00:00Z' })))).toBe(401);
      // Too large: answered 413, or cut off while still sending (a relay may refuse by Content-Length at once).
      expect([413, 'reset']).toContain(
        await signedRaw(JSON.stringify(hostile('ContactCreate', { pad: MARKER.repeat(100_000) }))).catch(() => 'reset'),
      );

      // Text PostgreSQL cannot hold, where a filter or the contact's tags make the store read the body.
      for (const bad of ['\u0000', '\ud800']) {
        expect([200, 429]).toContain((await deliver(relay, hostile('ContactCreate', { firstName: `${MARKER}${bad}${MARKER}` }))).status);
        expect([200, 429]).toContain(
          (await deliver(relay, hostile('ContactTagUpdate', { id: uid('c'), tags: [`${MARKER}${bad}${MARKER}`] }))).status,
        );
      }
      // Store errors quoting the body, in a batch and in the one-event transaction (ContactTagUpdate).
      for (const sabotage of ['json', 'raise']) {
        // (The marker last too: PostgreSQL's "where" quotes the end of the JSON it failed on.)
        // A data error on the body ('json') is refused for good (400, unstorable); any other store error is a 429.
        expect((await deliver(relay, hostile('ContactUpdate', { sabotage, last: MARKER }))).status).toBe(sabotage === 'json' ? 400 : 429);
        expect((await deliver(relay, hostile('ContactTagUpdate', { id: uid('c'), sabotage }))).status).toBe(
          sabotage === 'json' ? 400 : 429,
        );
      }
      // Targets failing, and a result the store cannot record.
      expect((await deliver(relay, hostile('NoteCreate'))).status).toBe(200);
      expect((await deliver(relay, hostile('TaskCreate'))).status).toBe(200);
      expect((await deliver(relay, hostile('ContactCreate', { sabotage: 'delivered' }))).status).toBe(200);
      const storeErrors = () => lines().filter((l) => l.err?.message === 'delivery result refused by the test');
      await waitFor(
        () => storeErrors().length > 0 && receiver.at(failing).length > 0 && receiver.at(refusing).length > 0,
        'the deliveries and their log lines',
      );
      // The store takes results again: the delivery ends (however the worker retries its result).
      await relay.store.driver.query('DROP TRIGGER test_sabotage_deliveries ON deliveries');
      await waitFor(
        async () => (await count(relay, 'deliveries', `target_url = '${filtered}'`)) === 0,
        'the delivery result recorded',
        60_000,
      );
      await settle();
    } finally {
      await relay.close();
      await receiver.stop();
    }

    // No line holds a byte of a body...
    expect(linesHolding([MARKER], testLogDir(), (f) => f === file)).toEqual([]);
    // ...though the lines that would have quoted them were written.
    const written = lines();
    const refusals = new Set(written.filter((l) => /refused/.test(l.msg ?? '')).map((l) => l.reason));
    expect([...refusals].sort()).toEqual(
      expect.arrayContaining(['bad_signature', 'missing_fields', 'missing_signature', 'not_json', 'other_app', 'stale_timestamp']),
    );
    const errors = written.filter((l) => l.err).map((l) => l.err);
    expect(errors).toContainEqual({
      type: expect.any(String),
      code: 'P0001',
      message: 'event refused by the test',
      stack: expect.any(String),
    });
    // The body PostgreSQL refused as data is logged by its code alone (refused with 400, never retried).
    expect(written).toContainEqual(expect.objectContaining({ reason: 'unstorable', code: '22P02' }));
    expect(errors).toContainEqual(expect.objectContaining({ code: 'P0001', message: 'delivery result refused by the test' }));
  });

  test('RELAY_LOG_PAYLOADS=true logs each body (at debug): what the check above and the run-wide check look for', async () => {
    const file = `payloads-test-${kind}-${uid()}.ndjson`;
    const relay = await testRelay(kind, { logPayloads: true }, undefined, testLogDestination(file));
    const marker = `payloadmarker${uid()}`;
    try {
      // Not event(): its BODY_MARKER would be logged here on purpose, and the run-wide check would (rightly) fail.
      const body = {
        type: 'ContactCreate',
        appId: APP_ID,
        webhookId: uid('wh-'),
        timestamp: new Date().toISOString(),
        locationId: uid('loc'),
        note: marker,
      };
      expect((await deliver(relay, body)).status).toBe(200);
    } finally {
      await relay.close();
    }
    const found = linesHolding([marker], testLogDir(), (f) => f === file);
    expect(found.map(({ line }) => JSON.parse(line).msg)).toEqual(['event payload']);
  });
});

describe('an error in a log line', () => {
  test.each([
    ['invalid input syntax for type json', 'invalid input syntax for type json'],
    ['invalid input syntax for type integer: "4242 secret"', 'invalid input syntax for type integer'],
    ['invalid byte sequence for encoding "UTF8": 0x00', 'invalid byte sequence for encoding "…"'],
    ['relation "events" does not exist', 'relation "…" does not exist'],
    ['value "99999999999" is out of range for type integer', 'value "…" is out of range for type integer'],
    [`Unexpected token 'b', "{"a":"secret"} tail" is not valid JSON`, `Unexpected token '…'`],
    [
      'character with byte sequence 0xe2 0x82 in encoding "UTF8" has no equivalent',
      'character with byte sequence 0x… 0x… in encoding "…" has no equivalent',
    ],
    ['cannot take {"a":"secret","n":4242}', 'cannot take {"…"'],
    ['connect ECONNREFUSED 127.0.0.1:5432', 'connect ECONNREFUSED 127.0.0.1:5432'],
  ])('%j reads %j', (message, logged) => {
    expect(withoutValues(message)).toBe(logged);
  });

  test('keeps its kind, code, message without values, stack frames and causes; drops every other field (detail, where, query, params...)', () => {
    const error = Object.assign(new Error('unsupported Unicode escape sequence'), {
      code: '22P05',
      detail: 'secret',
      where: 'JSON data, line 1: {"secret"',
      hint: 'secret',
      query: 'SELECT secret',
      params: ['secret'],
      internalQuery: 'secret',
      cause: Object.assign(new Error('invalid input syntax for type json: "secret"'), { detail: 'secret' }),
    });
    const logged = errorForLog(error);
    expect(JSON.stringify(logged)).not.toContain('secret');
    expect(logged).toEqual({
      type: 'Error',
      code: '22P05',
      message: 'unsupported Unicode escape sequence',
      stack: expect.stringMatching(/^\s+at /),
      cause: { type: 'Error', message: 'invalid input syntax for type json', stack: expect.any(String) },
    });
  });
});
