// Relay processes (node dist-relay/main.js): killed with SIGKILL while events are queued, then restarted,
// they deliver everything and repeat only requests that were in flight; two processes sharing one
// PostgreSQL deliver each event once; SIGTERM stops a relay cleanly.
import {
  deliver,
  event,
  freshStore,
  metric,
  relayEnv,
  spawnRelay,
  STORES,
  subscribe,
  uid,
  Receiver,
  waitFor,
  sleep,
  type RelayProcess,
} from './support/relay';

const CONCURRENCY = 4;
const byWebhook = (receiver: Receiver) => {
  const counts = new Map<string, number>();
  for (const r of receiver.received) counts.set(r.body.webhookId as string, (counts.get(r.body.webhookId as string) ?? 0) + 1);
  return counts;
};

describe.each(STORES)('relay processes on %s', (kind) => {
  const receiver = new Receiver();
  const children: RelayProcess[] = [];
  beforeAll(() => receiver.start());
  afterAll(async () => {
    for (const { child, exited } of children) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    }
    await receiver.stop();
  });
  const start = async (env: NodeJS.ProcessEnv) => {
    const relay = await spawnRelay(env);
    children.push(relay);
    return relay;
  };

  test('SIGKILL with events queued, then a restart: all delivered, only in-flight requests repeated; SIGTERM exits cleanly', async () => {
    const store = await freshStore(kind);
    // Short request timeout, so PostgreSQL leases held by the killed process run out in seconds.
    const env = relayEnv(store, { RELAY_CONCURRENCY: String(CONCURRENCY), RELAY_DELIVERY_TIMEOUT_SECONDS: '2' });
    receiver.answer = () => ({ status: 200, delayMs: 300 }); // a slow target: the queue builds up
    const first = await start(env);
    const locationId = uid('loc');
    await subscribe(first, { targetUrl: receiver.hook(), events: ['ContactCreate'], locationId });
    const sent: string[] = [];
    for (let i = 0; i < 30; i++) {
      const body = event('ContactCreate', { locationId });
      expect((await deliver(first, body)).status).toBe(200);
      sent.push(body.webhookId as string);
    }
    await waitFor(() => receiver.received.length >= 5, 'a few deliveries');
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    const beforeKill = new Set(receiver.received.map((r) => r.body.webhookId as string));
    expect(beforeKill.size).toBeLessThan(sent.length); // events were still queued

    receiver.answer = () => ({ status: 200 });
    const second = await start(env);
    await waitFor(() => sent.every((id) => byWebhook(receiver).has(id)), 'every event delivered after the restart', 60_000);
    // Rows leased by the killed process are sent again once their lease runs out: wait for those too.
    await waitFor(async () => (await metric(second, 'relay_queue_depth')) === 0, 'an empty queue', 60_000);
    const repeated = [...byWebhook(receiver)].filter(([, n]) => n > 1);
    // Repeated: at most the requests in flight at the kill, each once more.
    expect(repeated.length).toBeLessThanOrEqual(CONCURRENCY);
    for (const [webhookId, n] of repeated) {
      expect(n).toBe(2);
      expect(beforeKill.has(webhookId)).toBe(true);
    }
    expect(byWebhook(receiver).size).toBe(sent.length);

    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });
});

test('two relay processes on one PostgreSQL deliver each event once, and each paces a target to half its rate', async () => {
  const store = await freshStore('postgres');
  const receiver = await new Receiver().start();
  const env = relayEnv(store);
  const relays = await Promise.all([spawnRelay(env), spawnRelay(env)]);
  try {
    const locationId = uid('loc');
    const hooks = [receiver.hook(), receiver.hook()];
    for (const targetUrl of hooks) await subscribe(relays[0], { targetUrl, events: ['ContactCreate'], locationId });
    const sent: string[] = [];
    await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const body = event('ContactCreate', { locationId });
        sent.push(body.webhookId as string);
        expect((await deliver(relays[i % 2], body)).status).toBe(200);
      }),
    );
    await waitFor(() => hooks.every((hook) => receiver.at(hook).length >= sent.length), 'every event at both Zaps', 60_000);
    await sleep(1_000);
    for (const hook of hooks) {
      expect(
        receiver
          .at(hook)
          .map((r) => r.body.webhookId)
          .sort(),
      ).toEqual([...sent].sort());
    }
    const delivered = await Promise.all(relays.map((relay) => metric(relay, 'relay_deliveries_delivered_total')));
    expect(delivered[0] + delivered[1]).toBe(2 * sent.length);
    // Each counts both (heartbeats in the store), so together they keep to RELAY_TARGET_RATE per target.
    await waitFor(
      async () => (await Promise.all(relays.map((relay) => metric(relay, 'relay_processes')))).every((n) => n === 2),
      'both relays counting two processes',
    );
  } finally {
    for (const relay of relays) relay.child.kill('SIGTERM');
    await Promise.all(relays.map((relay) => relay.exited));
    await receiver.stop();
  }
});
