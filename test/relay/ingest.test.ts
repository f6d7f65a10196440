// POST /highlevel/events on both stores: only signed, fresh deliveries for this app are kept, each
// webhookId once; refused and bad deliveries store nothing.
import { generateKeyPairSync } from 'node:crypto';
import type { Relay } from '../../relay/relay';
import {
  adminCall,
  count,
  deliver,
  event,
  metric,
  relayCall,
  relayForSuite,
  SECRET,
  settle,
  signatureHeaders,
  STORES,
  subscribe,
  testRelay,
  uid,
  Receiver,
  waitFor,
} from './support/relay';
import { signRelayRequest } from '../../relay/auth';

describe.each(STORES)('ingest on %s', (kind) => {
  let relay: Relay;
  const receiver = new Receiver();
  relayForSuite(kind, receiver, (started) => (relay = started));

  const stored = (webhookId: string) => count(relay, 'events', `webhook_id = '${webhookId}'`);

  test.each(['ed25519', 'rsa'] as const)('a delivery signed with %s is stored and acknowledged', async (signing) => {
    const body = event('ContactCreate', { locationId: uid('loc') });
    const response = await deliver(relay, body, { signing });
    expect(response).toMatchObject({ status: 200, body: { status: 'stored' } });
    expect(await stored(body.webhookId as string)).toBe(1);
  });

  const other = { ed25519: generateKeyPairSync('ed25519').privateKey, rsa: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey };
  const minutes = (n: number) => new Date(Date.now() + n * 60_000).toISOString();

  // Each case: the body's own fields, and how the delivery is signed (sign the real bytes, send others).
  type Case = [string, Record<string, unknown>, (raw: string) => { raw: string; headers: Record<string, string> }, number, string];
  const signedWith = (signing: Parameters<typeof signatureHeaders>[1]) => (raw: string) => ({
    raw,
    headers: signatureHeaders(raw, signing),
  });
  test.each<Case>([
    ['no signature header', {}, (raw) => ({ raw, headers: {} }), 401, 'missing_signature'],
    ['an Ed25519 signature by another key', {}, signedWith({ ed25519: other.ed25519 }), 401, 'bad_signature'],
    ['an RSA signature by another key', {}, signedWith({ rsa: other.rsa }), 401, 'bad_signature'],
    [
      'a tampered body',
      {},
      (raw) => ({ raw: raw.replace('ContactCreate', 'ContactDelete'), headers: signatureHeaders(raw) }),
      401,
      'bad_signature',
    ],
    ['an empty signature header', {}, (raw) => ({ raw, headers: { 'X-GHL-Signature': '' } }), 401, 'missing_signature'],
    [
      "a timestamp 3 hours old (past the window covering HighLevel's retries)",
      { timestamp: minutes(-180) },
      signedWith('ed25519'),
      401,
      'stale_timestamp',
    ],
    ['a timestamp 6 minutes ahead', { timestamp: minutes(6) }, signedWith('rsa'), 401, 'stale_timestamp'],
    ['another appId', { appId: 'someone-else' }, signedWith('ed25519'), 403, 'other_app'],
  ])('%s is refused and nothing is stored', async (_name, fields, signing, status, reason) => {
    const body = event('ContactCreate', { locationId: uid('loc'), ...fields });
    const { raw, headers } = signing(JSON.stringify(body));
    const response = await deliver(relay, undefined, { raw, signing: 'none', headers });
    expect(response.status).toBe(status);
    expect(response.body.error).toEqual(expect.any(String));
    expect(await stored(body.webhookId as string)).toBe(0);
    expect(await metric(relay, `relay_events_refused_total{reason="${reason}"}`)).toBeGreaterThan(0);
  });

  test('the same webhookId twice: one event, one delivery per subscription, both acknowledged', async () => {
    const locationId = uid('loc');
    const hooks = [receiver.hook(), receiver.hook()];
    for (const targetUrl of hooks) await subscribe(relay, { targetUrl, events: ['ContactCreate'], locationId });
    const body = event('ContactCreate', { locationId });
    expect((await deliver(relay, body)).body).toEqual({ status: 'stored', deliveries: 2 });
    expect((await deliver(relay, body)).body).toEqual({ status: 'duplicate' });
    expect(await stored(body.webhookId as string)).toBe(1);
    await waitFor(() => hooks.every((hook) => receiver.at(hook).length === 1), 'both deliveries');
    // Nothing more arrives later either.
    await settle();
    expect(hooks.map((hook) => receiver.at(hook).length)).toEqual([1, 1]);
  });

  test('deliveries arriving together are committed in batches, each webhookId once; one the store refuses fails only itself', async () => {
    const locationId = uid('loc');
    const hook = receiver.hook();
    // Filtered: the store matches each body as jsonb.
    await subscribe(relay, { targetUrl: hook, events: ['ContactCreate'], locationId, filters: { tags: '*' } });
    // A tag Zap there too, so the contacts' tags are kept, as text.
    await subscribe(relay, { targetUrl: receiver.hook(), events: ['ContactTagUpdate'], locationId });
    const bodies = Array.from({ length: 30 }, (_, i) => event('ContactCreate', { locationId, id: uid('c'), tags: [`t${i}`] }));
    // PostgreSQL's jsonb cannot hold this number: this event's batch fails, and it alone is refused.
    const unstorable = event('ContactCreate', { locationId, id: uid('c'), tags: ['t'] });
    const raw = JSON.stringify(unstorable).replace(/}$/, ',"score":1e1000000}');
    const answers = await Promise.all(
      [...bodies, bodies[0]].map((body) => deliver(relay, body)).concat(deliver(relay, undefined, { raw })),
    );
    expect(answers.at(-1)!.status).toBe(400);
    const firstTwice = [answers[0], answers[30]].map((answer) => answer.body.status).sort();
    expect(firstTwice).toEqual(['duplicate', 'stored']);
    expect(answers.slice(1, 30).every((answer) => answer.status === 200 && answer.body.deliveries === 1)).toBe(true);
    expect(await stored(unstorable.webhookId as string)).toBe(0);
    await waitFor(() => receiver.at(hook).length === 30, 'each stored event delivered');
    await settle();
    expect(new Set(receiver.at(hook).map((r) => r.body.webhookId)).size).toBe(30);
    expect(receiver.at(hook)).toHaveLength(30);
  });

  test('a body that is not JSON gets 400, a 2 MB body 413, and neither is stored', async () => {
    const before = await count(relay, 'events');
    expect((await deliver(relay, undefined, { raw: 'type=ContactCreate&webhookId=1' })).status).toBe(400);
    expect((await deliver(relay, undefined, { raw: '[1, 2]' })).status).toBe(400);
    const huge = JSON.stringify(event('ContactCreate', { locationId: uid('loc'), notes: 'x'.repeat(2 * 1024 * 1024) }));
    const response = await deliver(relay, undefined, { raw: huge });
    expect(response.status).toBe(413);
    expect(await count(relay, 'events')).toBe(before);
  });

  test.each(['type', 'webhookId', 'timestamp'])('a signed body without %s gets 400 and is not stored', async (field) => {
    const body = event('ContactCreate', { locationId: uid('loc') });
    delete body[field];
    const before = await count(relay, 'events');
    const response = await deliver(relay, body);
    expect(response.status).toBe(400);
    expect(response.body.error).toContain(field);
    expect(await count(relay, 'events')).toBe(before);
  });

  test('an unknown event type is kept and acknowledged; only subscriptions naming it get it', async () => {
    const locationId = uid('loc');
    const hook = receiver.hook();
    await subscribe(relay, { targetUrl: hook, events: ['SomethingNew'], locationId });
    const body = event('SomethingNew', { locationId });
    expect((await deliver(relay, body)).body).toEqual({ status: 'stored', deliveries: 1 });
    await waitFor(() => receiver.at(hook).length === 1, 'the unknown type delivered');
    const unwanted = event('SomethingElse', { locationId });
    expect((await deliver(relay, unwanted)).body).toEqual({ status: 'stored', deliveries: 0 });
  });

  test('a body without appId is accepted (most event bodies carry none); epoch-second timestamps too', async () => {
    const body = event('LCEmailStats', { locationId: uid('loc'), timestamp: Math.floor(Date.now() / 1000) });
    delete body.appId;
    expect((await deliver(relay, body)).status).toBe(200);
  });

  test('GET /health answers 200 and /metrics counts what happened', async () => {
    const health = await fetch(`${relay.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', store: kind });
    const metrics = await (await fetch(`${relay.url}/metrics`)).text();
    for (const name of [
      'relay_events_received_total',
      'relay_events_duplicate_total',
      'relay_deliveries_delivered_total',
      'relay_queue_depth',
      'relay_delivery_latency_seconds_bucket',
    ]) {
      expect(metrics).toContain(name);
    }
    expect(await metric(relay, 'relay_events_received_total')).toBeGreaterThan(0);
  });

  describe('subscription calls', () => {
    const body = () => ({
      targetUrl: receiver.hook(),
      events: ['ContactCreate'],
      locationId: uid('loc'),
      filters: { tags: 'vip' },
      trigger: 'contact_created',
    });

    test('create, list, delete: signed with RELAY_SECRET', async () => {
      const input = body();
      const created = await relayCall(relay, 'POST', '/subscriptions', input);
      expect(created.status).toBe(201);
      expect(created.body).toEqual({ id: expect.stringMatching(/^sub_/), ...input, companyId: null, createdAt: expect.any(String) });
      const listed = await adminCall(relay, 'GET', '/subscriptions');
      expect(listed.body.subscriptions).toContainEqual(created.body);
      expect((await relayCall(relay, 'DELETE', `/subscriptions/${created.body.id}`)).status).toBe(204);
      expect(await relayCall(relay, 'DELETE', `/subscriptions/${created.body.id}`)).toEqual({
        status: 404,
        body: { error: expect.any(String) },
      });
    });

    test('the same targetUrl again replaces the subscription (same id)', async () => {
      const input = body();
      const first = await relayCall(relay, 'POST', '/subscriptions', input);
      const again = await relayCall(relay, 'POST', '/subscriptions', { ...input, events: ['ContactUpdate'] });
      expect(again.body).toMatchObject({ id: first.body.id, events: ['ContactUpdate'] });
      const listed = await adminCall(relay, 'GET', '/subscriptions');
      expect(listed.body.subscriptions.filter((s: any) => s.targetUrl === input.targetUrl)).toHaveLength(1);
    });

    test('unsigned, wrongly signed or stale calls get 401 and change nothing', async () => {
      const raw = JSON.stringify(body());
      const post = (headers: Record<string, string>) =>
        fetch(`${relay.url}/subscriptions`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: raw });
      const stale = signRelayRequest(SECRET, 'POST', '/subscriptions', raw, Date.now() - 301_000);
      const wrong = signRelayRequest('another-secret-0123456789', 'POST', '/subscriptions', raw);
      const otherPath = signRelayRequest(SECRET, 'POST', '/subscriptions?x=1', raw);
      for (const headers of [{}, stale, wrong, otherPath]) {
        const response = await post(headers);
        expect(response.status).toBe(401);
        expect(await response.json()).toEqual({ error: expect.any(String) });
      }
      const listed = await adminCall(relay, 'GET', '/subscriptions');
      expect(listed.body.subscriptions.some((s: any) => s.targetUrl === JSON.parse(raw).targetUrl)).toBe(false);
    });

    test.each([
      [{ targetUrl: 'ftp://x' }, 'targetUrl'],
      [{ events: [] }, 'events'],
      [{ events: ['Contact Create'] }, 'events'],
      [{ locationId: undefined }, 'Give locationId'],
      [{ companyId: 'agency1', locationIds: ['a'] }, 'companyId alone'],
      [{ locationIds: ['a'] }, 'locationIds'],
      [{ filters: { tags: [] } }, 'filters.tags'],
      [{ filters: 'vip' }, 'filters'],
    ])('%j is refused with 400 and a clear message', async (change, message) => {
      const response = await relayCall(relay, 'POST', '/subscriptions', { ...body(), ...change });
      expect(response.status).toBe(400);
      expect(response.body.error).toContain(message);
    });
  });
});

test('RELAY_PATH_PREFIX serves every route below a path, signatures covering the prefix as the Zapier app sends it', async () => {
  const relay = await testRelay('pglite', { pathPrefix: '/hl-relay' });
  try {
    const prefixed = { url: `${relay.url}/hl-relay` };
    const locationId = uid('loc');
    expect(
      (
        await relayCall(relay, 'POST', '/hl-relay/subscriptions', {
          targetUrl: 'http://127.0.0.1:1/hook',
          events: ['ContactCreate'],
          locationId,
        })
      ).status,
    ).toBe(201);
    expect((await deliver(prefixed, event('ContactCreate', { locationId }))).body).toEqual({ status: 'stored', deliveries: 1 });
    expect((await fetch(`${prefixed.url}/health`)).status).toBe(200);
    expect((await deliver(relay, event('ContactCreate', { locationId }))).status).toBe(404);
  } finally {
    await relay.close();
  }
});
