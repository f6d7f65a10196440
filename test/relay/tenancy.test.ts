// Tenancy and signed-call replay on both stores: the agency map comes from HighLevel's signed
// AppInstall/AppUninstall events; a subscription may add a sub-account nobody holds, never take one
// another agency holds (403, counted, logged); each signed call is answered once.
import type { Relay } from '../../relay/relay';
import { signRelayRequest } from '../../relay/auth';
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
  SECRET,
  subscribe,
  testRelay,
  uid,
  Receiver,
  waitFor,
} from './support/relay';

describe.each(STORES)('tenancy on %s', (kind) => {
  let relay: Relay;
  const receiver = new Receiver();
  relayForSuite(kind, receiver, (started) => (relay = started));

  const holder = async (locationId: string) =>
    (
      await relay.store.driver.query<{ company_id: string }>('SELECT company_id FROM agency_locations WHERE location_id = $1', [locationId])
    )[0]?.company_id;
  const refusedOtherAgency = () => metric(relay, 'relay_calls_refused_total{reason="other_agency"}');

  test("another agency cannot take a sub-account HighLevel installed for an agency: 403, counted, and its events keep going to the agency's Zap", async () => {
    const [compA, compB, locX] = [uid('compA'), uid('compB'), uid('locX')];
    expect((await deliver(relay, event('AppInstall', { companyId: compA, locationId: locX }))).status).toBe(200);
    const zapA = receiver.hook();
    await subscribe(relay, { targetUrl: zapA, events: ['ContactCreate'], companyId: compA });
    const zapB = receiver.hook();
    const before = await refusedOtherAgency();

    // The finding's takeover, and the same sub-account named as a single one of compB's.
    const takeover = await relayCall(relay, 'POST', '/subscriptions', {
      targetUrl: zapB,
      events: ['ContactCreate'],
      companyId: compB,
      locationIds: [locX],
    });
    expect(takeover).toEqual({ status: 403, body: { error: expect.stringContaining(locX) } });
    const single = await relayCall(relay, 'POST', '/subscriptions', {
      targetUrl: zapB,
      events: ['ContactCreate'],
      companyId: compB,
      locationId: locX,
    });
    expect(single.status).toBe(403);
    expect(await refusedOtherAgency()).toBe(before + 2);
    expect(await holder(locX)).toBe(compA);
    const listed = await adminCall(relay, 'GET', '/subscriptions');
    expect(listed.body.subscriptions.filter((s: { targetUrl: string }) => s.targetUrl === zapB)).toEqual([]);

    const next = event('ContactCreate', { locationId: locX, id: uid('c') });
    expect((await deliver(relay, next)).body).toEqual({ status: 'stored', deliveries: 1 });
    await waitFor(() => receiver.at(zapA).length === 1, "locX's event at compA's Zap");
    await settle();
    expect(receiver.at(zapA)[0].body.webhookId).toBe(next.webhookId);
    expect(receiver.at(zapB)).toHaveLength(0);
  });

  test('a refused subscription keeps nothing: the free sub-accounts it named stay free', async () => {
    const [compA, compB, held, free] = [uid('compA'), uid('compB'), uid('loc'), uid('loc')];
    await deliver(relay, event('AppInstall', { companyId: compA, locationId: held }));
    const answer = await relayCall(relay, 'POST', '/subscriptions', {
      targetUrl: receiver.hook(),
      events: ['ContactCreate'],
      companyId: compB,
      locationIds: [free, held],
    });
    expect(answer.status).toBe(403);
    expect(answer.body.error).toContain(held);
    expect(answer.body.error).not.toContain(free);
    expect(await holder(free)).toBeUndefined();
  });

  test('a subscription adds sub-accounts nobody holds, and its own agency may name them again; the single sub-account it vouches for is watched alone', async () => {
    const [compA, compB, mine, unseen] = [uid('compA'), uid('compB'), uid('loc'), uid('loc')];
    const zapA = receiver.hook();
    await subscribe(relay, { targetUrl: zapA, events: ['ContactCreate'], companyId: compA, locationIds: [mine, mine] });
    expect(await holder(mine)).toBe(compA);
    // The same agency again (Zapier re-subscribing, another Zap): accepted.
    const zapMine = receiver.hook();
    const created = await subscribe(relay, { targetUrl: zapMine, events: ['ContactCreate'], companyId: compA, locationId: mine });
    expect(created).toMatchObject({ locationId: mine, companyId: null });
    // Another agency cannot follow.
    expect(
      (
        await relayCall(relay, 'POST', '/subscriptions', {
          targetUrl: receiver.hook(),
          events: ['ContactCreate'],
          companyId: compB,
          locationId: mine,
        })
      ).status,
    ).toBe(403);
    // A sub-account the relay has never seen, vouched for by compB: now compB's, watched alone.
    const zapB = receiver.hook();
    await subscribe(relay, { targetUrl: zapB, events: ['ContactCreate'], companyId: compB, locationId: unseen });
    expect(await holder(unseen)).toBe(compB);

    for (const locationId of [mine, unseen, uid('loc')]) await deliver(relay, event('ContactCreate', { locationId }));
    await waitFor(
      () => receiver.at(zapA).length === 1 && receiver.at(zapMine).length === 1 && receiver.at(zapB).length === 1,
      'each Zap its sub-account',
    );
    await settle();
    expect([zapA, zapMine, zapB].map((h) => receiver.at(h).map((r) => r.body.locationId))).toEqual([[mine], [mine], [unseen]]);
  });

  test("HighLevel's word wins: AppInstall moves a sub-account a subscription claimed; after AppUninstall another agency may add it", async () => {
    const [compA, compB, loc] = [uid('compA'), uid('compB'), uid('loc')];
    await subscribe(relay, { targetUrl: receiver.hook(), events: ['ContactCreate'], companyId: compB, locationIds: [loc] });
    expect(await holder(loc)).toBe(compB);
    await deliver(relay, event('AppInstall', { companyId: compA, locationId: loc }));
    expect(await holder(loc)).toBe(compA);
    expect(
      (
        await relayCall(relay, 'POST', '/subscriptions', {
          targetUrl: receiver.hook(),
          events: ['ContactCreate'],
          companyId: compB,
          locationIds: [loc],
        })
      ).status,
    ).toBe(403);
    await deliver(relay, event('AppUninstall', { companyId: compA, locationId: loc }));
    expect(await holder(loc)).toBeUndefined();
    await subscribe(relay, { targetUrl: receiver.hook(), events: ['ContactCreate'], companyId: compB, locationIds: [loc] });
    expect(await holder(loc)).toBe(compB);
  });

  test('two agencies claiming one free sub-account at once: one gets it, the other 403', async () => {
    const loc = uid('loc');
    const claims = await Promise.all(
      [uid('compA'), uid('compB')].map((companyId) =>
        relayCall(relay, 'POST', '/subscriptions', {
          targetUrl: receiver.hook(),
          events: ['ContactCreate'],
          companyId,
          locationIds: [loc],
        }),
      ),
    );
    expect(claims.map((c) => c.status).sort()).toEqual([201, 403]);
    expect(await holder(loc)).toBe(claims.find((c) => c.status === 201)!.body.companyId);
  });

  describe('signed calls', () => {
    /** Sends exactly these bytes with exactly these headers, as someone who captured a call would. */
    const send = async (method: string, path: string, raw: string, headers: Record<string, string>) => {
      const response = await fetch(`${relay.url}${path}`, {
        method,
        headers: { ...(raw ? { 'Content-Type': 'application/json' } : {}), ...headers },
        body: raw || undefined,
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined };
    };

    test('a captured POST /subscriptions sent again within its window, after its subscription was deleted, creates nothing', async () => {
      const locationId = uid('loc');
      const hook = receiver.hook();
      const raw = JSON.stringify({ targetUrl: hook, events: ['ContactCreate'], locationId });
      const captured = signRelayRequest(SECRET, 'POST', '/subscriptions', raw);
      const first = await send('POST', '/subscriptions', raw, captured);
      expect(first.status).toBe(201);
      expect((await relayCall(relay, 'DELETE', `/subscriptions/${first.body.id}`)).status).toBe(204);
      const replays = await metric(relay, 'relay_calls_refused_total{reason="replay"}');

      const replayed = await send('POST', '/subscriptions', raw, captured);
      expect(replayed).toEqual({ status: 401, body: { error: expect.stringContaining('already used') } });
      expect(await metric(relay, 'relay_calls_refused_total{reason="replay"}')).toBe(replays + 1);
      const listed = await adminCall(relay, 'GET', '/subscriptions');
      expect(listed.body.subscriptions.filter((s: { targetUrl: string }) => s.targetUrl === hook)).toEqual([]);
      expect((await deliver(relay, event('ContactCreate', { locationId }))).body).toEqual({ status: 'stored', deliveries: 0 });
      await settle();
      expect(receiver.at(hook)).toHaveLength(0);
    });

    test('a call signed without a nonce (an older app) is answered once too; DELETE and GET replays are refused', async () => {
      const { 'X-Relay-Nonce': _nonce, ...withoutNonce } = signRelayRequest(SECRET, 'POST', '/subscriptions', '');
      const raw = JSON.stringify({ targetUrl: receiver.hook(), events: ['ContactCreate'], locationId: uid('loc') });
      const { relaySignature } = await import('../../relay/auth');
      const oldStyle = {
        ...withoutNonce,
        'X-Relay-Signature': relaySignature(SECRET, withoutNonce['X-Relay-Timestamp'], 'POST', '/subscriptions', raw),
      };
      expect((await send('POST', '/subscriptions', raw, oldStyle)).status).toBe(201);
      expect((await send('POST', '/subscriptions', raw, oldStyle)).status).toBe(401);
      // (GET /subscriptions is an operator read now, on RELAY_ADMIN_TOKEN: the app signs only these two calls.)
      const captured = signRelayRequest(SECRET, 'DELETE', '/subscriptions/sub_unknown', '');
      expect((await send('DELETE', '/subscriptions/sub_unknown', '', captured)).status).toBe(404);
      expect((await send('DELETE', '/subscriptions/sub_unknown', '', captured)).status).toBe(401);
    });

    test('identical calls the app signs anew are each answered; signatures are kept in the store, and go an hour after their window', async () => {
      const body = { targetUrl: receiver.hook(), events: ['ContactCreate'], locationId: uid('loc') };
      const [first, second] = [
        await relayCall(relay, 'POST', '/subscriptions', body),
        await relayCall(relay, 'POST', '/subscriptions', body),
      ];
      expect([first.status, second.status]).toEqual([201, 201]);
      expect(second.body.id).toBe(first.body.id);
      // Kept where every relay process sharing the store (and this one after a restart) sees it.
      const kept = await count(relay, 'relay_signatures');
      expect(kept).toBeGreaterThanOrEqual(2);
      await relay.store.driver.query(`UPDATE relay_signatures SET expires_at = now() - interval '61 minutes'`);
      // The next signed call keeps its own signature and forgets the expired ones.
      expect((await relayCall(relay, 'DELETE', '/subscriptions/sub_unknown')).status).toBe(404);
      expect(await count(relay, 'relay_signatures')).toBe(1);
    });
  });
});

test.each(STORES)('on %s, a signature used once stays used for another relay process on the store, and after a restart', async (kind) => {
  const store = await freshStore(kind);
  const raw = JSON.stringify({
    targetUrl: 'http://127.0.0.1:1/hooks/standard/1/replayed/',
    events: ['ContactCreate'],
    locationId: uid('loc'),
  });
  const captured = signRelayRequest(SECRET, 'POST', '/subscriptions', raw);
  const send = (relay: Relay) =>
    fetch(`${relay.url}/subscriptions`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...captured }, body: raw }).then(
      (r) => r.status,
    );
  const first = await testRelay(kind, {}, store);
  try {
    expect(await send(first)).toBe(201);
    if (kind === 'postgres') {
      // Another process on the same PostgreSQL (the embedded store serves one process only).
      const other = await testRelay(kind, {}, store);
      try {
        expect(await send(other)).toBe(401);
      } finally {
        await other.close();
      }
    }
  } finally {
    await first.close();
  }
  const restarted = await testRelay(kind, {}, store);
  try {
    expect(await send(restarted)).toBe(401);
  } finally {
    await restarted.close();
  }
});
