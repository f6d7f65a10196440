// The relay on the open internet: HighLevel's retry timing, bodies the database cannot hold, filters
// that would cost everyone, and unauthenticated clients that upload too much or too slowly.
import * as net from 'node:net';
import { parseFilters, FILTER_LIMITS } from '../../relay/filters';
import { loadConfig, ConfigError } from '../../relay/config';
import type { Relay } from '../../relay/relay';
import { isRefusal, readEvent } from '../../relay/verify';
import {
  adminCall,
  count,
  deliver,
  event,
  freshStore,
  metric,
  relayCall,
  relayForSuite,
  settle,
  signatureHeaders,
  STORES,
  subscribe,
  testRelay,
  uid,
  Receiver,
  waitFor,
} from './support/relay';

const MINUTE = 60_000;

describe.each(STORES)("HighLevel's retries on %s", (kind) => {
  test('an event answered 429 while the store is down, then retried 10, 30 and 60 minutes later, is stored and delivered once', async () => {
    const store = await freshStore(kind);
    const receiver = await new Receiver().start();
    const hook = receiver.hook();
    const locationId = uid('loc');
    // HighLevel's first attempt an hour before this machine's clock: only the injected clock makes its
    // retries 10, 30 and 60 minutes later.
    const sent = Date.now() - 60 * MINUTE;
    let clock = sent;
    const body = event('ContactCreate', { locationId, timestamp: new Date(sent).toISOString() });
    const first = await testRelay(kind, { now: () => clock }, store);
    try {
      await subscribe(first, { targetUrl: hook, events: ['ContactCreate'], locationId });
      await first.store.driver.close(); // the store goes away under the running relay
      expect((await deliver(first, body)).status).toBe(429);
    } finally {
      await first.close().catch(() => undefined);
    }
    const second = await testRelay(kind, { now: () => clock }, store);
    try {
      const answers = [];
      for (const minutes of [10, 30, 60]) {
        clock = sent + minutes * MINUTE; // HighLevel's retries carry the first attempt's body and timestamp
        answers.push((await deliver(second, body)).body);
      }
      expect(answers).toEqual([{ status: 'stored', deliveries: 1 }, { status: 'duplicate' }, { status: 'duplicate' }]);
      await waitFor(() => receiver.at(hook).length === 1, 'the event delivered');
      await settle();
      expect(receiver.at(hook).map((r) => r.raw)).toEqual([JSON.stringify(body)]);
      expect(await count(second, 'events', `webhook_id = '${body.webhookId}'`)).toBe(1);
    } finally {
      await second.close();
      await receiver.stop();
    }
  });

  describe('the timestamp window', () => {
    let relay: Relay;
    let clock = Date.now();
    const receiver = new Receiver();
    beforeAll(async () => {
      [relay] = await Promise.all([testRelay(kind, { now: () => clock }), receiver.start()]);
    });
    afterAll(async () => {
      await relay?.close();
      await receiver.stop();
    });

    test('an event 30 minutes old is accepted; one 3 hours old, or 10 minutes ahead, is refused as stale', async () => {
      const at = (minutes: number) =>
        event('ContactCreate', { locationId: uid('loc'), timestamp: new Date(clock + minutes * MINUTE).toISOString() });
      expect((await deliver(relay, at(-30))).body).toEqual({ status: 'stored', deliveries: 0 });
      for (const minutes of [-180, 10]) {
        const refused = await deliver(relay, at(minutes));
        expect(refused.status).toBe(401);
        expect(refused.body.error).toMatch(/timestamp/);
      }
      expect(await metric(relay, 'relay_events_refused_total{reason="stale_timestamp"}')).toBe(2);
    });

    test('a replay inside the window is a duplicate; outside it, stale, though its webhookId is still kept', async () => {
      const body = event('ContactCreate', { locationId: uid('loc'), timestamp: new Date(clock).toISOString() });
      const start = clock;
      try {
        expect((await deliver(relay, body)).body.status).toBe('stored');
        clock = start + 80 * MINUTE;
        expect((await deliver(relay, body)).body).toEqual({ status: 'duplicate' });
        clock = start + 3 * 60 * MINUTE;
        expect((await deliver(relay, body)).status).toBe(401);
        expect(await count(relay, 'events', `webhook_id = '${body.webhookId}'`)).toBe(1);
      } finally {
        clock = start;
      }
    });
  });
});

test('RELAY_TIMESTAMP_WINDOW_MINUTES: 90 by default, at least 70 (HighLevel retries for about an hour), and shorter than the dedupe', () => {
  const env = { RELAY_SECRET: 'x'.repeat(16), HIGHLEVEL_APP_ID: 'app1' };
  expect(loadConfig(env).timestampWindowMs).toBe(90 * MINUTE);
  expect(loadConfig({ ...env, RELAY_TIMESTAMP_WINDOW_MINUTES: '120' }).timestampWindowMs).toBe(120 * MINUTE);
  expect(() => loadConfig({ ...env, RELAY_TIMESTAMP_WINDOW_MINUTES: '5' })).toThrow('RELAY_TIMESTAMP_WINDOW_MINUTES');
  expect(() => loadConfig({ ...env, RELAY_RETENTION_DAYS: '1', RELAY_TIMESTAMP_WINDOW_MINUTES: '1440' })).toThrow(ConfigError);
  const now = Date.parse('2025-02-10T08:26:05.961Z');
  const read = (minutes: number) =>
    readEvent(Buffer.from(JSON.stringify({ type: 'ContactCreate', webhookId: 'w', timestamp: now - minutes * MINUTE })), 'app1', now);
  expect(isRefusal(read(89))).toBe(false);
  expect(read(91)).toMatchObject({ refused: 'stale_timestamp' });
});

describe.each(STORES)('bodies the database cannot hold as they are, on %s', (kind) => {
  let relay: Relay;
  const receiver = new Receiver();
  relayForSuite(kind, receiver, (started) => (relay = started));

  const refusedAs = async (raw: string, reason: string) => {
    const before = await metric(relay, 'relay_events_throttled_total');
    const answer = await deliver(relay, undefined, { raw });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toEqual(expect.any(String));
    expect(await metric(relay, `relay_events_refused_total{reason="${reason}"}`)).toBeGreaterThan(0);
    // A refusal, not throttling: HighLevel is not told to retry.
    expect(await metric(relay, 'relay_events_throttled_total')).toBe(before);
    return answer;
  };

  test('a webhookId over 200 characters, or a type that is no event name, is refused with 400 and counted as a refusal', async () => {
    for (const fields of [
      { webhookId: 'w'.repeat(2_100) },
      { webhookId: `w\u0000${uid()}` },
      { type: 'Contact\u0000Create' },
      { type: 'T'.repeat(101) },
      { locationId: 'l'.repeat(201) },
    ]) {
      const body = event('ContactCreate', { locationId: uid('loc'), ...fields });
      const answer = await refusedAs(JSON.stringify(body), 'invalid_field');
      expect(answer.body.error).toMatch(/webhookId|type|locationId/);
    }
  });

  test('U+0000 and lone surrogates in any field, with filtered Zaps: stored, matched on a cleaned copy, delivered byte for byte', async () => {
    const locationId = uid('loc');
    const [byEmail, byName, notMatching] = [receiver.hook(), receiver.hook(), receiver.hook()];
    await subscribe(relay, { targetUrl: byEmail, events: ['ContactCreate'], locationId, filters: { email: 'a@example.com' } });
    // What the store matches: each character it cannot hold is U+FFFD.
    await subscribe(relay, {
      targetUrl: byName,
      events: ['ContactCreate'],
      locationId,
      filters: { firstName: 'nul\ufffdname', 'custom.note': 'lone\ufffd' },
    });
    await subscribe(relay, { targetUrl: notMatching, events: ['ContactCreate'], locationId, filters: { email: 'b@example.com' } });
    const bodies = [
      event('ContactCreate', { locationId, email: 'a@example.com', firstName: 'nul\u0000name', custom: { note: 'lone\ud800' } }),
      event('ContactCreate', { locationId, email: 'a@example.com', 'key\u0000': ['\udc00', 'x\u0000'], lastName: 'pair \ud83d\ude00' }),
    ];
    const raws = bodies.map((body) => JSON.stringify(body));
    expect(raws[0]).toContain('\\u0000'); // as HighLevel's JSON carries them: escaped
    expect(raws[0]).toContain('\\ud800');
    const answers = await Promise.all(raws.map((raw) => deliver(relay, undefined, { raw })));
    expect(answers.map((a) => a.body)).toEqual([
      { status: 'stored', deliveries: 2 },
      { status: 'stored', deliveries: 1 },
    ]);
    await waitFor(() => receiver.at(byEmail).length === 2 && receiver.at(byName).length === 1, 'the deliveries');
    await settle();
    expect(
      receiver
        .at(byEmail)
        .map((r) => r.raw)
        .sort(),
    ).toEqual([...raws].sort());
    expect(receiver.at(byName).map((r) => r.raw)).toEqual([raws[0]]);
    expect(receiver.at(notMatching)).toHaveLength(0);
  });

  test('U+0000 in tags with a ContactTagUpdate Zap: kept, compared cleaned, delivered as sent plus addedTags', async () => {
    const locationId = uid('loc');
    const [tagHook, createHook] = [receiver.hook(), receiver.hook()];
    await subscribe(relay, { targetUrl: tagHook, events: ['ContactTagUpdate'], locationId, filters: { addedTags: '*' } });
    await subscribe(relay, { targetUrl: createHook, events: ['ContactCreate'], locationId });
    const contact = { locationId, id: uid('contact') };
    const created = JSON.stringify(event('ContactCreate', { ...contact, tags: ['nul\u0000tag', 'lone\ud800'] }));
    const updated = JSON.stringify(event('ContactTagUpdate', { ...contact, tags: ['nul\u0000tag', 'lone\ud800', 'new\u0000'] }));
    expect((await deliver(relay, undefined, { raw: created })).body).toEqual({ status: 'stored', deliveries: 1 });
    expect((await deliver(relay, undefined, { raw: updated })).body).toEqual({ status: 'stored', deliveries: 1 });
    await waitFor(() => receiver.at(tagHook).length === 1 && receiver.at(createHook).length === 1, 'both deliveries');
    expect(receiver.at(createHook)[0].raw).toBe(created);
    const [tagged] = receiver.at(tagHook);
    // HighLevel's bytes, then the relay's field: only the tag that is new.
    expect(tagged.raw).toBe(`${updated.slice(0, -1)},"addedTags":["new\\u0000"]}`);
    expect(tagged.body.addedTags).toEqual(['new\u0000']);
    const [row] = await relay.store.driver.query<{ tags: string[] }>('SELECT tags FROM contact_tags WHERE location_id = $1', [locationId]);
    expect(row.tags).toEqual(['nul\ufffdtag', 'lone\ufffd', 'new\ufffd']);
  });

  test('a body the database refuses itself (a number beyond its range) gets 400, not 429 forever; the rest of its batch is stored', async () => {
    const locationId = uid('loc');
    const hook = receiver.hook();
    await subscribe(relay, { targetUrl: hook, events: ['ContactCreate'], locationId, filters: { email: '*' } });
    const fine = Array.from({ length: 10 }, () => JSON.stringify(event('ContactCreate', { locationId, email: 'a@example.com' })));
    const huge = JSON.stringify(event('ContactCreate', { locationId, email: 'a@example.com' })).replace(/}$/, ',"score":1e1000000}');
    const before = await metric(relay, 'relay_events_throttled_total');
    const answers = await Promise.all([...fine, huge].map((raw) => deliver(relay, undefined, { raw })));
    expect(answers.slice(0, -1).map((a) => a.body)).toEqual(fine.map(() => ({ status: 'stored', deliveries: 1 })));
    expect(answers.at(-1)!.status).toBe(400);
    expect(await metric(relay, 'relay_events_refused_total{reason="unstorable"}')).toBe(1);
    expect(await metric(relay, 'relay_events_throttled_total')).toBe(before);
    expect(await count(relay, 'events', `webhook_id = '${JSON.parse(huge).webhookId}'`)).toBe(0);
    await waitFor(() => receiver.at(hook).length === 10, 'the others delivered');
  });

  test('a body that is not UTF-8 is refused with 400 (it could not be kept byte for byte)', async () => {
    const raw = Buffer.concat([
      Buffer.from(JSON.stringify(event('ContactCreate', { locationId: uid('loc') })).slice(0, -1)),
      Buffer.from(',"x":"\xff"}', 'latin1'),
    ]);
    const response = await fetch(`${relay.url}/highlevel/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...signatureHeaders(raw) },
      body: raw,
    });
    expect(response.status).toBe(400);
  });
});

describe('subscription filters within limits', () => {
  test.each([
    [{ [Array.from({ length: 50_000 }, (_, i) => `k${i}`).join('.')]: 'x' }, 'a path of'],
    [
      { [Array.from({ length: FILTER_LIMITS.pathDepth + 1 }, (_, i) => `k${i}`).join('.')]: 'x' },
      `over the limit of ${FILTER_LIMITS.pathDepth}`,
    ],
    [
      Object.fromEntries(Array.from({ length: FILTER_LIMITS.keys + 1 }, (_, i) => [`k${i}`, 'x'])),
      `over the limit of ${FILTER_LIMITS.keys}`,
    ],
    [{ tags: Array.from({ length: FILTER_LIMITS.values + 1 }, (_, i) => `t${i}`) }, `over the limit of ${FILTER_LIMITS.values}`],
    [{ tags: 'x'.repeat(FILTER_LIMITS.valueLength + 1) }, `over the limit of ${FILTER_LIMITS.valueLength}`],
    [{ tags: 'nul\u0000' }, 'U+0000'],
  ])('%#: refused, naming the limit', (filters, message) => {
    expect(parseFilters(filters)).toContain(message);
  });

  describe.each(STORES)('on %s', (kind) => {
    let relay: Relay;
    const receiver = new Receiver();
    relayForSuite(kind, receiver, (started) => (relay = started));

    test('a filter over a limit gets 400 naming it, and nothing is subscribed', async () => {
      const targetUrl = receiver.hook();
      const path = Array.from({ length: 50_000 }, () => 'a').join('.');
      const response = await relayCall(relay, 'POST', '/subscriptions', {
        targetUrl,
        events: ['ContactCreate'],
        locationId: uid('loc'),
        filters: { [path]: 'x' },
      });
      expect(response.status).toBe(400);
      expect(response.body.error).toContain('over the limit');
      const listed = await adminCall(relay, 'GET', '/subscriptions');
      expect(listed.body.subscriptions.some((s: { targetUrl: string }) => s.targetUrl === targetUrl)).toBe(false);
    });

    test('Zaps at every limit at once: their events are matched and stored like any other', async () => {
      const locationId = uid('loc');
      const deepest = Array.from({ length: FILTER_LIMITS.pathDepth }, (_, i) => `k${i}`).join('.');
      // As many fields as allowed (one of them the deepest path), one with as many values as allowed, and
      // values as long as allowed (all of them at once would not fit in a request body).
      const longest = (j: number) => `${'v'.repeat(FILTER_LIMITS.valueLength - 4)}${j}`;
      const widest: Record<string, string[]> = Object.fromEntries(
        Array.from({ length: FILTER_LIMITS.keys - 2 }, (_, i) => [`f${i}`, Array.from({ length: 5 }, (_, j) => longest(j))]),
      );
      widest.tags = Array.from({ length: FILTER_LIMITS.values }, (_, j) => `tag${j}`);
      const hooks = Array.from({ length: 10 }, () => receiver.hook());
      for (const targetUrl of hooks)
        await subscribe(relay, { targetUrl, events: ['ContactCreate'], locationId, filters: { ...widest, [deepest]: '*' } });
      const nested = deepest.split('.').reduceRight<unknown>((inner, key) => ({ [key]: inner }), 'here');
      const matching = Object.fromEntries(Object.entries(widest).map(([key, values]) => [key, values.at(-1)]));
      const bodies = [
        event('ContactCreate', { locationId, ...matching, ...(nested as object) }),
        event('ContactCreate', { locationId, ...matching }),
      ];
      const answers = await Promise.all(bodies.map((body) => deliver(relay, body)));
      expect(answers.map((a) => a.body)).toEqual([
        { status: 'stored', deliveries: 10 },
        { status: 'stored', deliveries: 0 },
      ]);
    });
  });
});

describe('unauthenticated clients: bounded memory', () => {
  // The limits do not depend on the store: these run on the embedded one.
  const limits = { maxBodyBytes: 64 * 1024, bodyBufferBytes: 256 * 1024, maxConnections: 20 };
  let relay: Relay;
  const receiver = new Receiver();
  beforeAll(async () => {
    [relay] = await Promise.all([testRelay('pglite', limits), receiver.start()]);
  });
  afterAll(async () => {
    await relay?.close();
    await receiver.stop();
  });

  /** A raw HTTP/1.1 client: what it received, and whether (and how) the relay closed the connection. */
  const rawClient = () => {
    const { port } = new URL(relay.url);
    const socket = net.connect(Number(port), '127.0.0.1');
    let received = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => (received += chunk));
    socket.on('error', () => undefined); // a reset while writing: seen as closed
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    return { socket, received: () => received, closed, ready: new Promise((resolve) => socket.once('connect', resolve)) };
  };
  const head = (headers: string) => `POST /highlevel/events HTTP/1.1\r\nHost: relay\r\nContent-Type: application/json\r\n${headers}\r\n`;
  const status = (text: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]);
  const valid = () => deliver(relay, event('ContactCreate', { locationId: uid('loc') }));

  test('a Content-Length over the limit is refused with 413 before any of the body is read, and the connection closed', async () => {
    const client = rawClient();
    await client.ready;
    client.socket.write(head('Content-Length: 10485760\r\n'));
    await client.closed; // without sending a byte of the body
    expect(status(client.received())).toBe(413);
    expect(client.received()).toMatch(/connection: close/i);
  });

  test('a chunked body is cut off at the limit with 413: the connection is closed, the rest never read', async () => {
    const client = rawClient();
    await client.ready;
    client.socket.write(head('Transfer-Encoding: chunked\r\n'));
    const chunk = 'x'.repeat(16 * 1024);
    let sent = 0;
    // Keeps sending (up to 2 MB) until the relay closes the connection.
    while (!client.socket.destroyed && sent < 2 * 1024 * 1024) {
      client.socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
      sent += chunk.length;
      await new Promise((resolve) => setImmediate(resolve));
      if (status(client.received())) break;
    }
    await client.closed;
    expect(status(client.received())).toBe(413);
    expect(await metric(relay, 'relay_events_refused_total{reason="too_large"}')).toBeGreaterThan(0);
  });

  test('bodies past the shared budget get 429 at once (HighLevel retries it), and the budget frees up', async () => {
    // Declared bodies that never arrive hold the whole budget.
    const holders = Array.from({ length: limits.bodyBufferBytes / limits.maxBodyBytes }, () => rawClient());
    await Promise.all(holders.map((client) => client.ready));
    for (const client of holders) client.socket.write(`${head(`Content-Length: ${limits.maxBodyBytes}\r\n`)}{`);
    await waitFor(async () => (await valid()).status === 429, 'the budget in use');
    const refused = await valid();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
    for (const client of holders) client.socket.destroy();
    await waitFor(async () => (await valid()).status === 200, 'the budget back');
  });

  test('past RELAY_MAX_CONNECTIONS, requests are answered 429 at once, not reset', async () => {
    const idle = Array.from({ length: limits.maxConnections }, () => rawClient());
    await Promise.all(idle.map((client) => client.ready));
    try {
      await waitFor(async () => (await valid()).status === 429, 'the connections counted');
      const refused = await valid();
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('60');
    } finally {
      for (const client of idle) client.socket.destroy();
    }
    await waitFor(async () => (await valid()).status === 200, 'connections below the cap');
    expect(await metric(relay, 'relay_events_throttled_total')).toBeGreaterThan(0);
  });

  test('slow headers and slow bodies are cut off within seconds, answered 429 (HighLevel retries it)', async () => {
    const slowHeaders = rawClient();
    const slowBody = rawClient();
    await Promise.all([slowHeaders.ready, slowBody.ready]);
    slowHeaders.socket.write('POST /highlevel/events HTTP/1.1\r\nHost: relay\r\n');
    slowBody.socket.write(`${head('Content-Length: 1000\r\n')}{`);
    // Each keeps trickling a byte a second, so that the connection is never idle.
    const trickle = setInterval(() => {
      if (!slowHeaders.socket.destroyed) slowHeaders.socket.write('X-Slow: 1\r\n');
      if (!slowBody.socket.destroyed) slowBody.socket.write(' ');
    }, 1_000);
    try {
      await Promise.all([slowHeaders.closed, slowBody.closed]);
    } finally {
      clearInterval(trickle);
    }
    expect(status(slowHeaders.received())).toBe(429);
    expect(status(slowBody.received())).toBe(429);
    expect(slowBody.received()).toMatch(/retry-after: 60/i);
  }, 60_000);
});
