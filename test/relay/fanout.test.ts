// Delivery on both stores: each stored event reaches every matching subscription once, as HighLevel
// sent it; filters, unsubscribing, agencies and added tags decide who gets what.
import type { Relay } from '../../relay/relay';
import {
  count,
  deliver,
  event,
  relayCall,
  relayForSuite,
  settle,
  STORES,
  subscribe,
  testRelay,
  uid,
  Receiver,
  waitFor,
} from './support/relay';

describe.each(STORES)('delivery on %s', (kind) => {
  let relay: Relay;
  const receiver = new Receiver();
  relayForSuite(kind, receiver, (started) => (relay = started));

  test('two Zaps on one event both get it once, byte for byte as HighLevel sent it', async () => {
    const locationId = uid('loc');
    const hooks = [receiver.hook(), receiver.hook()];
    for (const targetUrl of hooks) await subscribe(relay, { targetUrl, events: ['ContactCreate'], locationId });
    const raw = `{ "type": "ContactCreate", "locationId": "${locationId}", "webhookId": "${uid()}", "timestamp": "${new Date().toISOString()}", "id": "c1", "tags": ["a"] }`;
    expect((await deliver(relay, undefined, { raw })).body).toEqual({ status: 'stored', deliveries: 2 });
    await waitFor(() => hooks.every((h) => receiver.at(h).length), 'both Zaps');
    await settle();
    for (const [one] of hooks.map((h) => receiver.at(h))) {
      expect(one.raw).toBe(raw);
      expect(one.headers['content-type']).toBe('application/json');
      expect(one.headers['x-relay-event-id']).toBe(JSON.parse(raw).webhookId);
      expect(one.headers['x-relay-delivery-id']).toMatch(/^\d+$/);
    }
    expect(hooks.map((h) => receiver.at(h).length)).toEqual([1, 1]);
    // Delivered: nothing left to send (the rows go once their targets accept them).
    expect(await count(relay, 'deliveries', `target_url IN ('${hooks.join("','")}')`)).toBe(0);
  });

  describe('filters, as the store matches them', () => {
    const body = `{ "pipelineId": "P1", "tags": ["VIP", "lead", 7], "appointment": { "calendarId": "cal" }, "status": " ",
      "addedTags": [], "monetaryValue": 100.50, "won": true, "items": [{ "name": "x" }], "label": "ÉTÉ" }`;
    test.each([
      [{ pipelineId: ' p1 ' }, true],
      [{ pipelineId: ['x', 'P1'] }, true],
      [{ pipelineId: 'x' }, false],
      [{ tags: 'vip' }, true],
      [{ tags: '7' }, true],
      [{ 'appointment.calendarId': 'CAL' }, true],
      [{ 'appointment.missing': '*' }, false],
      [{ appointment: '*' }, false], // an object is not a value
      [{ status: '*' }, false], // blank
      [{ addedTags: '*' }, false],
      [{ monetaryValue: '100.5' }, true],
      [{ won: 'TRUE' }, true],
      [{ 'items.0.name': 'x' }, false], // paths go through objects, not lists
      [{ label: 'été' }, true],
      [{ tags: '*', pipelineId: 'P1' }, true],
      [{ tags: '*', pipelineId: 'P2' }, false],
      [{}, true],
    ])('%j: %s', async (filters, expected) => {
      const [row] = await relay.store.driver.query('SELECT relay_matches($1::jsonb, $2::jsonb) AS matches', [
        JSON.stringify(filters),
        body,
      ]);
      expect(row.matches).toBe(expected);
    });
  });

  test('a filter that does not match gets nothing; one that matches gets the event', async () => {
    const locationId = uid('loc');
    const [wrongPipeline, rightStage, anyStatus] = [receiver.hook(), receiver.hook(), receiver.hook()];
    const base = { events: ['OpportunityStageUpdate'], locationId };
    await subscribe(relay, { ...base, targetUrl: wrongPipeline, filters: { pipelineId: 'other' } });
    await subscribe(relay, { ...base, targetUrl: rightStage, filters: { pipelineId: ' P1 ', pipelineStageId: ['s0', 's2'] } });
    await subscribe(relay, { ...base, targetUrl: anyStatus, filters: { status: '*', 'monetaryValue.currency': 'usd' } });
    const body = event('OpportunityStageUpdate', { locationId, id: uid(), pipelineId: 'p1', pipelineStageId: 'S2', status: 'open' });
    expect((await deliver(relay, body)).body).toEqual({ status: 'stored', deliveries: 1 });
    await waitFor(() => receiver.at(rightStage).length === 1, 'the matching Zap');
    await settle();
    expect([receiver.at(wrongPipeline).length, receiver.at(anyStatus).length]).toEqual([0, 0]);
  });

  test('after unsubscribing, nothing arrives', async () => {
    const locationId = uid('loc');
    const hook = receiver.hook();
    const { id } = await subscribe(relay, { targetUrl: hook, events: ['NoteCreate'], locationId });
    await deliver(relay, event('NoteCreate', { locationId }));
    await waitFor(() => receiver.at(hook).length === 1, 'the first note');
    expect((await relayCall(relay, 'DELETE', `/subscriptions/${id}`)).status).toBe(204);
    expect((await deliver(relay, event('NoteCreate', { locationId }))).body).toEqual({ status: 'stored', deliveries: 0 });
    await settle();
    expect(receiver.at(hook)).toHaveLength(1);
  });

  test("an agency subscription gets its sub-accounts' events and no other agency's", async () => {
    const [agency, otherAgency] = [uid('co'), uid('co')];
    const [installed, told, foreign, unmapped] = [uid('loc'), uid('loc'), uid('loc'), uid('loc')];
    // The relay learns sub-accounts from HighLevel's install events and from the subscription itself.
    await deliver(relay, event('INSTALL', { companyId: agency, locationId: installed }));
    await deliver(relay, event('INSTALL', { companyId: otherAgency, locationId: foreign }));
    const hook = receiver.hook();
    await subscribe(relay, { targetUrl: hook, events: ['ContactCreate'], companyId: agency, locationIds: [told] });
    const sent = [installed, told, foreign, unmapped].map((locationId) => event('ContactCreate', { locationId }));
    for (const body of sent) await deliver(relay, body);
    await waitFor(() => receiver.at(hook).length === 2, 'the two sub-accounts of the agency');
    await settle();
    expect(
      receiver
        .at(hook)
        .map((r) => r.body.locationId)
        .sort(),
    ).toEqual([installed, told].sort());
    // Uninstalled from a sub-account: its events no longer reach the agency's Zap.
    await deliver(relay, event('UNINSTALL', { locationId: installed }));
    expect((await deliver(relay, event('ContactCreate', { locationId: installed }))).body).toEqual({ status: 'stored', deliveries: 0 });
  });

  test('ContactTagUpdate carries the tags added since the contact was last seen', async () => {
    const locationId = uid('loc');
    const [anyAdded, vipAdded] = [receiver.hook(), receiver.hook()];
    await subscribe(relay, { targetUrl: anyAdded, events: ['ContactTagUpdate'], locationId, filters: { addedTags: '*' } });
    await subscribe(relay, { targetUrl: vipAdded, events: ['ContactTagUpdate'], locationId, filters: { addedTags: ['VIP'] } });
    const contact = { locationId, id: uid('contact') };
    await deliver(relay, event('ContactCreate', { ...contact, tags: ['lead'] }));
    await deliver(relay, event('ContactTagUpdate', { ...contact, tags: ['lead', 'vip'] }));
    await deliver(relay, event('ContactTagUpdate', { ...contact, tags: ['lead', 'vip'] })); // nothing added
    await deliver(relay, event('ContactTagUpdate', { ...contact, tags: ['vip', 'won'] }));
    await deliver(relay, event('ContactTagUpdate', { locationId, id: uid('new'), tags: ['fresh'] })); // never seen: all added
    await waitFor(() => receiver.at(anyAdded).length === 3 && receiver.at(vipAdded).length === 1, 'tag deliveries');
    await settle();
    expect(
      receiver
        .at(anyAdded)
        .map((r) => r.body.addedTags)
        .sort(),
    ).toEqual([['fresh'], ['vip'], ['won']]);
    expect(receiver.at(vipAdded).map((r) => r.body.addedTags)).toEqual([['vip']]);
    expect(receiver.at(vipAdded)[0].body).toMatchObject({ type: 'ContactTagUpdate', tags: ['lead', 'vip'], ...contact });
  });

  test('contact tags are kept only where a Zap watches tag changes, and forgotten on ContactDelete, on AppUninstall of the sub-account, and after RELAY_CONTACT_TAGS_DAYS without news', async () => {
    const [here, there, unwatched] = [uid('loc'), uid('loc'), uid('loc')];
    for (const locationId of [here, there])
      await subscribe(relay, { targetUrl: receiver.hook(), events: ['ContactTagUpdate'], locationId });
    const [deleted, kept, stale, ignored] = [uid('c'), uid('c'), uid('c'), uid('c')];
    for (const [locationId, id] of [
      [here, deleted],
      [here, kept],
      [there, stale],
      [unwatched, ignored],
    ]) {
      expect((await deliver(relay, event('ContactCreate', { locationId, id, tags: ['x'] }))).status).toBe(200);
    }
    await deliver(relay, event('ContactTagUpdate', { locationId: unwatched, id: ignored, tags: ['x', 'y'] }));
    const known = async () =>
      (
        await relay.store.driver.query<{ contact_id: string }>(`SELECT contact_id FROM contact_tags WHERE location_id IN ($1, $2, $3)`, [
          here,
          there,
          unwatched,
        ])
      )
        .map((r) => r.contact_id)
        .sort();
    expect(await known()).toEqual([deleted, kept, stale].sort());
    await deliver(relay, event('ContactDelete', { locationId: here, id: deleted }));
    expect(await known()).toEqual([kept, stale].sort());
    await relay.store.driver.query(`UPDATE contact_tags SET updated_at = now() - interval '400 days' WHERE contact_id = $1`, [stale]);
    expect((await relay.store.purge(7, 365)).contacts).toBe(1);
    expect(await known()).toEqual([kept]);
    await deliver(relay, event('UNINSTALL', { locationId: here }));
    expect(await known()).toEqual([]);
  });

  test("a contact's first two tag updates arriving at once: the tags are added by one of them only", async () => {
    const locationId = uid('loc');
    const hook = receiver.hook();
    await subscribe(relay, { targetUrl: hook, events: ['ContactTagUpdate'], locationId });
    const contact = { locationId, id: uid('contact'), tags: ['a', 'b'] };
    // Straight into the store, so both transactions are open at the same time on PostgreSQL.
    const verified = (body: Record<string, unknown>) => ({
      type: 'ContactTagUpdate',
      webhookId: body.webhookId as string,
      locationId,
      body,
      raw: JSON.stringify(body),
    });
    const results = await Promise.all([1, 2].map(() => relay.store.ingest(verified(event('ContactTagUpdate', contact)))));
    expect(results).toEqual([expect.objectContaining({ deliveries: 1 }), expect.objectContaining({ deliveries: 1 })]);
    await waitFor(() => receiver.at(hook).length === 2, 'both tag updates');
    expect(
      receiver
        .at(hook)
        .map((r) => r.body.addedTags)
        .sort(),
    ).toEqual([[], ['a', 'b']]);
  });

  test("deliveries beyond the worker's free slots wait in the store and go out as slots free up, each once", async () => {
    // One slot and no polling to speak of: only the wake-ups of storing and of finishing deliveries move them.
    const narrow = await testRelay(kind, { delivery: { concurrency: 1, pollMs: 600_000 } });
    try {
      const locationId = uid('loc');
      const hooks = [receiver.hook(), receiver.hook()];
      for (const targetUrl of hooks) await subscribe(narrow, { targetUrl, events: ['ContactCreate'], locationId });
      const bodies = Array.from({ length: 6 }, () => event('ContactCreate', { locationId }));
      const answers = await Promise.all(bodies.map((body) => deliver(narrow, body)));
      expect(answers.every((answer) => answer.body.deliveries === 2)).toBe(true);
      await waitFor(() => hooks.every((hook) => receiver.at(hook).length === bodies.length), 'every event at both Zaps', 15_000);
      await settle();
      for (const hook of hooks)
        expect(
          receiver
            .at(hook)
            .map((r) => r.body.webhookId)
            .sort(),
        ).toEqual(bodies.map((b) => b.webhookId).sort());
    } finally {
      await narrow.close();
    }
  });
});
