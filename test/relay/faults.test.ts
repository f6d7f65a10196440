// Faults on both stores: targets that are down, failing, throttling or gone; deliveries given up;
// a store that is busy or unavailable (HighLevel is told 429, and nothing acknowledged is lost).
import type { Relay } from '../../relay/relay';
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
  STORES,
  subscribe,
  testRelay,
  uid,
  Receiver,
  waitFor,
  withAdmin,
  sleep,
} from './support/relay';

describe.each(STORES)('faults on %s', (kind) => {
  let relay: Relay;
  const receiver = new Receiver();
  relayForSuite(kind, receiver, (started) => (relay = started));

  const attempts = async (webhookId: string) => {
    const [row] = await relay.store.driver.query<{ attempts: number; status: string }>(
      `SELECT d.attempts, d.status FROM deliveries d JOIN events e ON e.id = d.event_id WHERE e.webhook_id = $1`,
      [webhookId],
    );
    return row;
  };

  /** A subscription on its own sub-account, and a function to send it events. */
  async function zap(targetUrl: string, type = 'ContactCreate') {
    const locationId = uid('loc');
    const subscription = await subscribe(relay, { targetUrl, events: [type], locationId });
    const send = async () => {
      const body = event(type, { locationId });
      expect((await deliver(relay, body)).status).toBe(200);
      return body.webhookId as string;
    };
    return { subscription, send };
  }

  test('target down, then up: delivered once after it recovers', async () => {
    const target = await new Receiver().start();
    const hook = target.hook();
    await target.stop();
    const { send } = await zap(hook);
    const webhookId = await send();
    await waitFor(async () => (await attempts(webhookId)).attempts >= 2, 'two failed attempts');
    await target.start();
    try {
      await waitFor(() => target.at(hook).length === 1, 'delivery after recovery');
      await settle();
      expect(target.at(hook)).toHaveLength(1);
      expect(await attempts(webhookId)).toBeUndefined(); // delivered: nothing left to send
    } finally {
      await target.stop();
    }
  });

  test('target answering 500: retried with backoff until it accepts, then never again', async () => {
    const hook = receiver.hook();
    receiver.answer = (r) => (r.path === new URL(hook).pathname && receiver.at(hook).length < 2 ? { status: 500 } : { status: 200 });
    const { send } = await zap(hook);
    await send();
    await waitFor(() => receiver.at(hook, true).length === 1, 'the accepted delivery');
    await settle();
    expect(receiver.at(hook).map((r) => r.status)).toEqual([500, 500, 200]);
    expect(await metric(relay, 'relay_deliveries_retried_total')).toBeGreaterThanOrEqual(2);
  });

  test('target answering 429 with Retry-After: the next attempt waits that long', async () => {
    const hook = receiver.hook();
    receiver.answer = (r) =>
      r.path === new URL(hook).pathname && !receiver.at(hook).length ? { status: 429, headers: { 'Retry-After': '2' } } : { status: 200 };
    const { send } = await zap(hook);
    await send();
    await waitFor(() => receiver.at(hook, true).length === 1, 'the delivery after Retry-After');
    const [throttled, accepted] = receiver.at(hook);
    expect(throttled.status).toBe(429);
    // Without Retry-After the retry would come after 100-200 ms (RELAY_RETRY_MIN_SECONDS 0.2).
    expect(accepted.at - throttled.at).toBeGreaterThanOrEqual(1_900);
  });

  test('target answering 410 Gone: the subscription is removed and gets nothing more', async () => {
    const hook = receiver.hook();
    receiver.answer = (r) => (r.path === new URL(hook).pathname ? { status: 410 } : { status: 200 });
    const { subscription, send } = await zap(hook);
    await send();
    await waitFor(
      async () => !(await adminCall(relay, 'GET', '/subscriptions')).body.subscriptions.some((s: any) => s.id === subscription.id),
      'the subscription removed',
    );
    expect((await relayCall(relay, 'DELETE', `/subscriptions/${subscription.id}`)).status).toBe(404);
    await send();
    await settle();
    expect(receiver.at(hook)).toHaveLength(1);
  });

  test('target refusing the request itself (400): marked dead at once, listed for the operator', async () => {
    const hook = receiver.hook();
    receiver.answer = (r) => (r.path === new URL(hook).pathname ? { status: 400 } : { status: 200 });
    const { send } = await zap(hook);
    const webhookId = await send();
    await waitFor(async () => (await attempts(webhookId))?.status === 'dead', 'the dead delivery');
    const dead = await adminCall(relay, 'GET', '/deliveries/dead');
    expect(dead.body.deliveries).toContainEqual(expect.objectContaining({ webhookId, attempts: 1, lastError: 'answered 400' }));
    await settle();
    expect(receiver.at(hook)).toHaveLength(1);
  });

  test('a delivery failing past RELAY_DEAD_AFTER_HOURS is marked dead', async () => {
    const quick = await testRelay(kind, { delivery: { deadAfterMs: 1_000 } });
    try {
      const hook = receiver.hook();
      receiver.answer = (r) => (r.path === new URL(hook).pathname ? { status: 503 } : { status: 200 });
      const locationId = uid('loc');
      await subscribe(quick, { targetUrl: hook, events: ['ContactCreate'], locationId });
      const body = event('ContactCreate', { locationId });
      await deliver(quick, body);
      await waitFor(async () => (await adminCall(quick, 'GET', '/deliveries/dead')).body.deliveries.length === 1, 'the dead delivery');
      const attemptsMade = receiver.at(hook).length;
      expect(attemptsMade).toBeGreaterThanOrEqual(2);
      expect(await metric(quick, 'relay_deliveries_dead_total')).toBe(1);
      await settle();
      expect(receiver.at(hook)).toHaveLength(attemptsMade);
    } finally {
      await quick.close();
    }
  });

  test("stopping while a delivery waits for its target's rate: stops at once, gives it back, and the next start sends it", async () => {
    const store = await freshStore(kind);
    const hook = receiver.hook();
    const locationId = uid('loc');
    const paced = await testRelay(kind, { delivery: { targetRate: 0.25 } }, store); // one POST per 4 s
    await subscribe(paced, { targetUrl: hook, events: ['ContactCreate'], locationId });
    const bodies = [event('ContactCreate', { locationId }), event('ContactCreate', { locationId })];
    for (const body of bodies) expect((await deliver(paced, body)).status).toBe(200);
    await waitFor(() => receiver.at(hook).length === 1, 'the first delivery');
    await sleep(300); // the second now waits for its slot
    const stopping = Date.now();
    await paced.close();
    expect(Date.now() - stopping).toBeLessThan(3_000);
    expect(receiver.at(hook)).toHaveLength(1);
    const next = await testRelay(kind, {}, store);
    try {
      await waitFor(() => receiver.at(hook).length === 2, 'the second delivery after the restart');
      expect(
        receiver
          .at(hook)
          .map((r) => r.body.webhookId)
          .sort(),
      ).toEqual(bodies.map((b) => b.webhookId).sort());
    } finally {
      await next.close();
    }
  });

  test('a busy store: HighLevel is told 429 with Retry-After, and its retry is kept', async () => {
    const busy = await testRelay(kind, { maxPendingWrites: 1 });
    try {
      const locationId = uid('loc');
      const hook = receiver.hook();
      await subscribe(busy, { targetUrl: hook, events: ['ContactCreate'], locationId });
      const [first, second] = [event('ContactCreate', { locationId }), event('ContactCreate', { locationId })];
      // Hold the events table, as a long operation would: the first delivery waits for it.
      let release!: () => void;
      const held = busy.store.driver.transaction(async (tx) => {
        await tx.query('LOCK TABLE events IN EXCLUSIVE MODE');
        await new Promise<void>((resolve) => (release = resolve));
      });
      await waitFor(() => release, 'the lock');
      const answers = [deliver(busy, first), sleep(300).then(() => deliver(busy, second))];
      // One waits for the store; the other finds the relay at its limit and is told to retry at once.
      const refused = await Promise.race(answers);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('60');
      release();
      await held;
      const statuses = (await Promise.all(answers)).map((answer) => answer.status);
      expect([...statuses].sort()).toEqual([200, 429]);
      const retried = statuses[0] === 429 ? first : second;
      expect((await deliver(busy, retried)).status).toBe(200); // HighLevel's retry
      await waitFor(() => receiver.at(hook).length === 2, 'both events');
      expect(
        receiver
          .at(hook)
          .map((r) => r.body.webhookId)
          .sort(),
      ).toEqual([first.webhookId, second.webhookId].sort());
    } finally {
      await busy.close();
    }
  });
});

describe('PostgreSQL unavailable', () => {
  test('HighLevel is told 429 and /health 503; after recovery its retry and the queued events are delivered', async () => {
    const store = await freshStore('postgres');
    const database = new URL(store.databaseUrl!).pathname.slice(1);
    const [relay, receiver] = await Promise.all([testRelay('postgres', {}, store), new Receiver().start()]);
    const setAvailable = (on: boolean) =>
      withAdmin(async (admin) => {
        await admin.query(`ALTER DATABASE ${database} WITH ALLOW_CONNECTIONS ${on}`);
        if (!on) await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [database]);
      });
    try {
      const locationId = uid('loc');
      const hook = receiver.hook();
      await subscribe(relay, { targetUrl: hook, events: ['ContactCreate'], locationId });
      // One event acknowledged while the target is down, so it is queued when the store goes away.
      receiver.answer = () => ({ status: 503 });
      const queued = event('ContactCreate', { locationId });
      expect((await deliver(relay, queued)).status).toBe(200);
      await setAvailable(false);
      const during = event('ContactCreate', { locationId });
      const refused = await deliver(relay, during);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('60');
      expect((await fetch(`${relay.url}/health`)).status).toBe(503);
      receiver.answer = () => ({ status: 200 });
      await setAvailable(true);
      await waitFor(async () => (await fetch(`${relay.url}/health`)).status === 200, 'the store back');
      expect((await deliver(relay, during)).status).toBe(200); // HighLevel's retry of the 429
      await waitFor(() => receiver.received.filter((r) => r.status === 200).length === 2, 'both events delivered');
      await settle();
      expect(
        receiver.received
          .filter((r) => r.status === 200)
          .map((r) => r.body.webhookId)
          .sort(),
      ).toEqual([queued.webhookId, during.webhookId].sort());
      expect(await count(relay, 'events')).toBe(2);
    } finally {
      await setAvailable(true);
      await relay.close();
      await receiver.stop();
    }
  });
});

describe('embedded store failing', () => {
  test('HighLevel is told 429, and its retry is kept once the relay runs again', async () => {
    const store = await freshStore('pglite');
    const receiver = await new Receiver().start();
    const hook = receiver.hook();
    const locationId = uid('loc');
    const body = event('ContactCreate', { locationId });
    const first = await testRelay('pglite', {}, store);
    try {
      await subscribe(first, { targetUrl: hook, events: ['ContactCreate'], locationId });
      await first.store.driver.close(); // the store fails under the running relay
      const refused = await deliver(first, body);
      expect(refused.status).toBe(429);
      expect((await fetch(`${first.url}/health`)).status).toBe(503);
    } finally {
      await first.close().catch(() => undefined);
    }
    const second = await testRelay('pglite', {}, store);
    try {
      expect((await deliver(second, body)).status).toBe(200);
      await waitFor(() => receiver.at(hook).length === 1, 'the retried event delivered');
    } finally {
      await second.close();
      await receiver.stop();
    }
  });
});
