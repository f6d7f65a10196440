// End to end, as in production: a relay process (node dist-relay/main.js on its embedded store, served
// below a path prefix), the built Zapier app run by zapier-platform-core's handler as Zapier runs it,
// and node:http receivers standing in for Zapier's hook URLs and, for the agency case, for HighLevel's
// installed sub-accounts. Turning a Zap on subscribes it; a signed HighLevel event reaches it once and
// becomes one item; a repeat or a tampered copy starts nothing; turning the Zap off stops deliveries.
// Needs `npm run build` first (the built app, dist/), as `npm test` does.
import * as http from 'node:http';
import { adminCall, deliver, Receiver, settle, signatureHeaders, uid, waitFor } from './support/relay';
import { appWithRelay, built, highLevelEvent, zapierCalls } from './support/zapier';

const PREFIX = '/hl-relay';
const LOCATION = 've9EPM428h8vShlRW1KT';
const AUTH = {
  access_token: 'e2e-access-token',
  refresh_token: 'e2e-refresh-token',
  locationId: LOCATION,
  companyId: 'UAXssdawIWAWD',
  userType: 'Location',
};
const AGENCY_AUTH = { ...AUTH, access_token: 'e2e-agency-token', locationId: '', userType: 'Company' };

const receiver = new Receiver();
/** The relay, served below its path prefix; the app's RELAY_URL has a trailing slash, as users paste it. */
const relayApp = appWithRelay(receiver, { prefix: PREFIX });
const operation = (key: string) => built.triggers[key].operation;
const { turnOn, turnOff, runZap } = zapierCalls(AUTH);

const post = (body: object) => deliver(relayApp.base(), body);
const delivered = (hook: string) => receiver.at(hook, true);

test('a Zap turned on through core gets a signed HighLevel event once, as one clean item; repeats, tampered copies and events after turning it off start nothing', async () => {
  const key = 'contact_created_hook';
  const hook = receiver.hook();
  const subscription = await turnOn(key, hook);
  expect(subscription).toMatchObject({
    id: expect.any(String),
    targetUrl: hook,
    events: ['ContactCreate'],
    locationId: LOCATION,
    trigger: key,
  });

  const contactId = uid('c');
  const event = highLevelEvent('ContactCreate', { id: contactId });
  expect(await post(event)).toMatchObject({ status: 200, body: { status: 'stored', deliveries: 1 } });
  await waitFor(() => delivered(hook).length > 0, 'the delivery to the Zap');
  const [received] = delivered(hook);
  expect(received.headers['x-relay-event-id']).toBe(event.webhookId);
  expect(JSON.parse(received.raw)).toEqual(event); // HighLevel's body, as it sent it

  const items = await runZap(key, received);
  expect(items).toHaveLength(1);
  expect(items[0]).toMatchObject({
    id: event.webhookId,
    webhookId: event.webhookId,
    type: 'ContactCreate',
    locationId: LOCATION,
    contactId,
    name: 'John Deo',
    email: event.email,
    tags: event.tags,
    tagList: event.tags.join(', '),
    customField__BcdmQEsNgz6AVpgLVUJ0: 'XYZ Corp',
    dateAdded: '2021-11-26T12:41:02.193Z',
  });
  // Every labelled output field of the trigger is in the live item.
  const labelled = operation(key)
    .outputFields.filter((f: any) => f.key && !f.key.includes('[]'))
    .map((f: any) => f.key);
  for (const field of labelled) expect(items[0]).toHaveProperty([field]);

  // HighLevel retrying the same webhookId, and a copy altered after signing.
  expect(await post(event)).toMatchObject({ status: 200, body: { status: 'duplicate' } });
  const tampered = JSON.stringify({ ...event, webhookId: uid('wh-'), email: 'attacker@example.com' });
  const refused = await deliver(relayApp.base(), undefined, { raw: tampered, headers: signatureHeaders(JSON.stringify(event)) });
  expect([401, 403]).toContain(refused.status);

  // Turning the Zap off; a new event then goes nowhere; a second unsubscribe (404) is still fine.
  await turnOff(key, hook, subscription);
  await expect(turnOff(key, hook, subscription)).resolves.toEqual({ id: subscription.id, removed: true });
  expect(await post(highLevelEvent('ContactCreate', { id: uid('c') }))).toMatchObject({
    status: 200,
    body: { status: 'stored', deliveries: 0 },
  });
  await settle();
  expect(receiver.at(hook)).toHaveLength(1);
  expect((await adminCall(relayApp.process(), 'GET', `${PREFIX}/subscriptions`)).body.subscriptions).not.toContainEqual(
    expect.objectContaining({ id: subscription.id }),
  );
});

test('Contact Tag Added fires when a chosen tag is newly on the contact (any case), and "any tag" when any tag is', async () => {
  const key = 'contact_tag_added_hook';
  const [vipHook, anyHook] = [receiver.hook(), receiver.hook()];
  const vip = await turnOn(key, vipHook, { tags: ['VIP'] });
  const any = await turnOn(key, anyHook);
  expect([vip.filters, any.filters]).toEqual([{ addedTags: ['VIP'] }, { addedTags: '*' }]);

  const contactId = uid('c');
  const tagged = (tags: string[]) => highLevelEvent('ContactTagUpdate', { id: contactId, tags });
  // A contact the relay never saw: its tags all count as added.
  await post(tagged(['newsletter']));
  await waitFor(() => delivered(anyHook).length === 1, 'the first tag to any-tag Zap');
  const second = tagged(['newsletter', 'vip']);
  await post(second);
  await waitFor(() => delivered(vipHook).length === 1 && delivered(anyHook).length === 2, 'the vip tag to both Zaps');
  // The same tags again: nothing added, nothing delivered.
  expect(await post(tagged(['vip', 'newsletter']))).toMatchObject({ status: 200, body: { status: 'stored', deliveries: 0 } });

  const [item] = await runZap(key, delivered(vipHook)[0], { tags: ['VIP'] });
  expect(item).toMatchObject({
    id: second.webhookId,
    contactId,
    addedTags: ['vip'],
    tags: ['newsletter', 'vip'],
    tagList: 'newsletter, vip',
  });
  await settle();
  expect([receiver.at(vipHook).length, receiver.at(anyHook).length]).toEqual([1, 2]);
  for (const [hook, subscription] of [
    [vipHook, vip],
    [anyHook, any],
  ] as const)
    await turnOff(key, hook, subscription);
});

test("an invoice event, which names its sub-account only as altId, reaches that sub-account's Zap", async () => {
  const key = 'invoice_paid_hook';
  const hook = receiver.hook();
  const subscription = await turnOn(key, hook);
  // As HighLevel sends it: the documents' example has no locationId (scripts/spec-fixes.mjs adds one for samples).
  const { locationId: _, ...paid } = highLevelEvent('InvoicePaid', { altId: LOCATION, altType: 'location' });
  expect(await post(paid)).toMatchObject({ status: 200, body: { status: 'stored', deliveries: 1 } });
  await waitFor(() => delivered(hook).length > 0, 'the invoice event');
  const [item] = await runZap(key, delivered(hook)[0]);
  expect(item).toMatchObject({ id: paid.webhookId, locationId: LOCATION, invoiceId: paid._id, status: 'paid' });
  await turnOff(key, hook, subscription);
});

test('"All sub-accounts" on an agency connection watches every installed sub-account of the agency, and no other', async () => {
  const installed = [uid('loc'), uid('loc')];
  // HighLevel's installed sub-accounts of the agency, as GET /oauth/installedLocations answers.
  const asked: http.IncomingMessage[] = [];
  const highlevel = http.createServer((request, response) => {
    asked.push(request);
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(
      JSON.stringify({
        locations: installed.map((_id, i) => ({ _id, name: `Sub-account ${i + 1}`, isInstalled: true })),
        count: installed.length,
      }),
    );
  });
  await new Promise<void>((done) => highlevel.listen(0, '127.0.0.1', done));
  process.env.GHL_API_BASE_URL = `http://127.0.0.1:${(highlevel.address() as { port: number }).port}`;
  try {
    const key = 'contact_created_hook';
    const hook = receiver.hook();
    const subscription = await turnOn(key, hook, { locationId: 'all' }, AGENCY_AUTH);
    expect(subscription).toMatchObject({ companyId: AGENCY_AUTH.companyId, locationId: null });
    expect(asked.map((r) => new URL(r.url!, 'http://x').pathname)).toEqual(['/oauth/installedLocations']);
    expect(asked[0].headers.authorization).toBe(`Bearer ${AGENCY_AUTH.access_token}`);

    const second = highLevelEvent('ContactCreate', { locationId: installed[1], id: uid('c') });
    await post(highLevelEvent('ContactCreate', { locationId: uid('other-agency-loc'), id: uid('c') }));
    await post(second);
    await waitFor(() => delivered(hook).length > 0, 'the sub-account event');
    const [received] = delivered(hook);
    expect(JSON.parse(received.raw).webhookId).toBe(second.webhookId);
    await settle();
    expect(receiver.at(hook)).toHaveLength(1);
    await turnOff(key, hook, subscription, AGENCY_AUTH);
  } finally {
    delete process.env.GHL_API_BASE_URL;
    highlevel.closeAllConnections();
    await new Promise((done) => highlevel.close(done));
  }
});
