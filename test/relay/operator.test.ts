// The operator's API on both stores: its credential (RELAY_ADMIN_TOKEN, RELAY_METRICS_TOKEN), replaying
// dead deliveries through the ordinary worker, tracing an event to each delivery's outcome (kept after
// delivery), sending an event again, and the hourly counts behind the status page's charts.
import type { Relay } from '../../relay/relay';
import {
  ADMIN_TOKEN,
  adminCall,
  deliver,
  event,
  freshStore,
  metric,
  relayCall,
  relayForSuite,
  settle,
  sleep,
  STORES,
  subscribe,
  testRelay,
  uid,
  Receiver,
  waitFor,
} from './support/relay';

describe.each(STORES)('operator API on %s', (kind) => {
  let relay: Relay;
  const receiver = new Receiver();
  relayForSuite(kind, receiver, (started) => (relay = started));

  /** A Zap on its own sub-account whose target answers `status` until told otherwise. */
  async function zap(status = 200, target: Relay = relay) {
    const hook = receiver.hook();
    const path = new URL(hook).pathname;
    const answers = { status };
    const previous = receiver.answer;
    receiver.answer = (r) => (r.path === path ? { status: answers.status } : previous(r));
    const locationId = uid('loc');
    const subscription = await subscribe(target, { targetUrl: hook, events: ['ContactCreate'], locationId, trigger: 'new_contact' });
    const send = async () => {
      const body = event('ContactCreate', { locationId });
      expect((await deliver(target, body)).status).toBe(200);
      return body.webhookId as string;
    };
    return { hook, answers, locationId, subscription, send };
  }

  const outcomes = async (webhookId: string, target: Relay = relay) =>
    ((await adminCall(target, 'GET', `/events/${webhookId}`)).body?.deliveries ?? []).map((d: { outcome: string }) => d.outcome).join(',');

  test('operator routes want RELAY_ADMIN_TOKEN: refused without it, with a wrong one or with the app signature; refusals counted', async () => {
    expect(await adminCall(relay, 'GET', '/subscriptions')).toEqual({ status: 200, body: { subscriptions: expect.any(Array) } });
    const none = await fetch(`${relay.url}/deliveries/dead`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect((await adminCall(relay, 'GET', '/subscriptions', undefined, `${ADMIN_TOKEN}x`)).status).toBe(401);
    // The Zapier app's RELAY_SECRET signature subscribes and unsubscribes, and reads nothing.
    expect((await relayCall(relay, 'GET', '/subscriptions')).status).toBe(401);
    expect((await adminCall(relay, 'POST', '/deliveries/replay', { since: '2020-01-01T00:00:00Z' })).status).toBe(400);
    expect(await metric(relay, 'relay_operator_refused_total{reason="wrong_token"}')).toBe(1);
    expect(await metric(relay, 'relay_operator_refused_total{reason="missing_credential"}')).toBe(2);
  });

  test('the Zapier app still subscribes and unsubscribes with its signature', async () => {
    const { subscription } = await zap();
    expect((await relayCall(relay, 'DELETE', `/subscriptions/${subscription.id}`)).status).toBe(204);
  });

  test('a dead delivery replayed goes out again through the worker; one already pending is left alone', async () => {
    const failing = await zap(400);
    const webhookId = await failing.send();
    await waitFor(async () => (await outcomes(webhookId)) === 'dead', 'the dead delivery');
    const [dead] = (await adminCall(relay, 'GET', `/deliveries/dead?subscriptionId=${failing.subscription.id}`)).body.deliveries;
    expect(dead).toMatchObject({ webhookId, trigger: 'new_contact', locationId: failing.locationId, lastError: 'answered 400' });
    failing.answers.status = 200;
    expect(await adminCall(relay, 'POST', `/deliveries/${dead.id}/replay`)).toEqual({ status: 202, body: { status: 'queued', queued: 1 } });
    await waitFor(() => receiver.at(failing.hook, true).length === 1, 'the replayed delivery');
    // Its dead outcome is kept beside the delivered one.
    await waitFor(async () => (await outcomes(webhookId)) === 'dead,delivered', 'both outcomes traced');
    expect((await adminCall(relay, 'POST', `/deliveries/${dead.id}/replay`)).status).toBe(404);

    const down = await zap(503);
    const retrying = await down.send();
    await waitFor(async () => (await outcomes(retrying)) === 'retrying', 'a failed attempt');
    const [pending] = (await adminCall(relay, 'GET', `/events/${retrying}`)).body.deliveries;
    expect(await adminCall(relay, 'POST', `/deliveries/${pending.deliveryId}/replay`)).toEqual({
      status: 200,
      body: { status: 'pending', queued: 0 },
    });
    expect((await adminCall(relay, 'POST', '/deliveries/999999999/replay')).status).toBe(404);
    down.answers.status = 200;
    await waitFor(() => receiver.at(down.hook, true).length === 1, 'the retry');
    await settle();
    expect(receiver.at(down.hook, true)).toHaveLength(1);
  });

  test('replay by time range: capped per call, says how many were queued and remain; filters by subscription', async () => {
    const capped = await testRelay(kind, { operator: { adminToken: ADMIN_TOKEN, replayCap: 2 } });
    try {
      const since = new Date(Date.now() - 60_000).toISOString();
      const a = await zap(400, capped);
      const b = await zap(400, capped);
      const sent = [await a.send(), await a.send(), await a.send(), await b.send()];
      await waitFor(async () => (await adminCall(capped, 'GET', '/deliveries/dead')).body.total === 4, 'four dead deliveries');
      a.answers.status = 200;
      const until = new Date(Date.now() + 60_000).toISOString();
      const range = { since, until, subscriptionId: a.subscription.id };
      expect((await adminCall(capped, 'POST', '/deliveries/replay', range)).body).toEqual({ queued: 2, remaining: 1, cap: 2 });
      expect((await adminCall(capped, 'POST', '/deliveries/replay', range)).body).toEqual({ queued: 1, remaining: 0, cap: 2 });
      expect((await adminCall(capped, 'POST', '/deliveries/replay', range)).body).toEqual({ queued: 0, remaining: 0, cap: 2 });
      await waitFor(() => receiver.at(a.hook, true).length === 3, 'the three replayed');
      // A range before the events selects none of them; b's stays dead.
      expect((await adminCall(capped, 'POST', '/deliveries/replay', { since: '2020-01-01T00:00:00Z', until: since })).body.queued).toBe(0);
      expect((await adminCall(capped, 'GET', '/deliveries/dead')).body.deliveries).toEqual([
        expect.objectContaining({ webhookId: sent[3] }),
      ]);
    } finally {
      await capped.close();
    }
  });

  test('an event is traced to each delivery and its outcome after delivery, and can be sent again', async () => {
    const first = await zap();
    const locationId = first.locationId;
    const second = await subscribe(relay, { targetUrl: receiver.hook(), events: ['ContactCreate'], locationId });
    const body = event('ContactCreate', { locationId });
    await deliver(relay, body);
    const webhookId = body.webhookId as string;
    await waitFor(async () => (await outcomes(webhookId)) === 'delivered,delivered', 'both delivered');
    const traced = (await adminCall(relay, 'GET', `/events/${webhookId}`)).body;
    expect(traced).toMatchObject({ webhookId, type: 'ContactCreate', locationId });
    expect(traced.deliveries).toHaveLength(2);
    for (const delivery of traced.deliveries) {
      expect(delivery).toMatchObject({ outcome: 'delivered', attempts: 1, error: null });
      expect(delivery.target).toMatch(/^127\.0\.0\.1:\d+\/….{6}$/);
    }
    expect(await adminCall(relay, 'POST', `/events/${webhookId}/redeliver`)).toEqual({
      status: 202,
      body: { queued: 2, alreadyPending: 0, subscriptions: 2 },
    });
    await waitFor(
      () => receiver.at(first.hook, true).length === 2 && receiver.at(second.targetUrl, true).length === 2,
      'sent again to both',
    );
    expect((await adminCall(relay, 'POST', `/events/${webhookId}/redeliver`, { subscriptionId: second.id })).body.queued).toBe(1);
    await waitFor(() => receiver.at(second.targetUrl, true).length === 3, 'sent again to one');
    expect(receiver.at(first.hook)).toHaveLength(2);
    expect((await adminCall(relay, 'POST', `/events/${webhookId}/redeliver`, { subscriptionId: 'sub_none' })).status).toBe(404);
    expect((await adminCall(relay, 'POST', '/events/wh-never-seen/redeliver')).status).toBe(404);
    expect((await adminCall(relay, 'GET', '/events/wh-never-seen')).status).toBe(404);
  });

  test("outcomes last as long as their event; an unsubscribed Zap's deliveries are not recorded as delivered", async () => {
    const own = await testRelay(kind);
    try {
      const kept = await zap(200, own);
      const webhookId = await kept.send();
      await waitFor(async () => (await outcomes(webhookId, own)) === 'delivered', 'delivered');
      // A Zap turned off while its delivery is in flight (leased): the delete is no delivery.
      const gone = await zap(200, own);
      const previous = receiver.answer;
      receiver.answer = (r) => (r.path === new URL(gone.hook).pathname ? { status: 200, delayMs: 1_500 } : previous(r));
      const inFlight = await gone.send();
      await waitFor(() => receiver.at(gone.hook).length === 1, 'the delivery in flight');
      expect((await relayCall(own, 'DELETE', `/subscriptions/${gone.subscription.id}`)).status).toBe(204);
      await sleep(2_000); // its answer comes, and finds nothing to record
      expect(await outcomes(inFlight, own)).toBe('');
      await own.store.purge(0, 365); // everything older than now and finished
      const [row] = await own.store.driver.query<{ n: string }>('SELECT count(*) AS n FROM delivery_history');
      expect(Number(row.n)).toBe(0);
      expect((await adminCall(own, 'GET', `/events/${webhookId}`)).status).toBe(404);
    } finally {
      await own.close();
    }
  });

  test('hourly counts for the charts are saved in the store, and survive the relay stopping', async () => {
    const store = await freshStore(kind);
    const first = await testRelay(kind, {}, store);
    const { send } = await zap(200, first);
    await send();
    await waitFor(async () => (await metric(first, 'relay_deliveries_delivered_total')) === 1, 'the delivery');
    expect((await deliver(first, event('ContactCreate'), { signing: 'none' })).status).toBe(401);
    await first.close();
    const again = await testRelay(kind, {}, store);
    try {
      const rows = await again.store.driver.query<{ name: string; reason: string; n: string }>(
        `SELECT name, reason, sum(count) AS n FROM relay_hourly_counts GROUP BY name, reason ORDER BY name, reason`,
      );
      expect(rows.map((r) => `${r.name}/${r.reason}=${r.n}`)).toEqual(['delivered/=1', 'received/=1', 'refused/missing_signature=1']);
    } finally {
      await again.close();
    }
  });

  test('without RELAY_ADMIN_TOKEN the operator routes and page are off and say how to turn them on; RELAY_METRICS_TOKEN guards /metrics', async () => {
    const off = await testRelay(kind, { operator: { metricsToken: 'metrics-token-0123456789', replayCap: 10 } });
    try {
      const listed = await adminCall(off, 'GET', '/subscriptions');
      expect(listed.status).toBe(404);
      expect(listed.body.error).toContain('RELAY_ADMIN_TOKEN');
      const page = await fetch(`${off.url}/`);
      expect(page.status).toBe(404);
      expect(await page.text()).toContain('RELAY_ADMIN_TOKEN');
      expect((await fetch(`${off.url}/metrics`)).status).toBe(401);
      expect((await fetch(`${off.url}/metrics`, { headers: { Authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
      const metrics = await fetch(`${off.url}/metrics`, { headers: { Authorization: 'Bearer metrics-token-0123456789' } });
      expect(metrics.status).toBe(200);
      const text = await metrics.text();
      expect(text).toContain('relay_operator_refused_total{reason="missing_metrics_token"} 1');
      expect(text).toContain('relay_operator_refused_total{reason="wrong_metrics_token"} 1');
      expect(text).toContain('relay_operator_refused_total{reason="off"} 1');
    } finally {
      await off.close();
    }
  });
});
