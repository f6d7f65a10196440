// Instant triggers from HighLevel's app events (REST hooks at the event relay): every trigger signs
// its subscribe and unsubscribe calls as the relay contract says, sends its events, sub-account and
// filters, turns each documented event body into exactly one item, and shows "Test trigger"
// records with the keys of a live item.
import { createHmac } from 'node:crypto';
import nock from 'nock';
import documented from '../spec/webhook-events.json';
import { contactSample } from '../families/contacts';
import { invoiceSample } from '../families/invoices';
import { opportunitySample } from '../families/opportunities';
import { steps } from '../operations';
import { parseFilters } from '../relay/filters';
import {
  AGENCY_AUTH,
  agencyBundleFor,
  appTester,
  AUTH,
  bundleFor,
  CHOSEN_SUB_ACCOUNT,
  clearZcache,
  interceptHighLevel,
} from './support/harness';
import { subAccountTaskSample } from '../triggers/contacts/contactEvents';

/** The value at a dotted path through objects, when the relay could match it (a scalar or a list of them). */
function matchableAt(body: Record<string, unknown>, path: string): unknown {
  let value: unknown = body;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  const scalar = (v: unknown) => ['string', 'number', 'boolean'].includes(typeof v) && String(v).trim() !== '';
  return (Array.isArray(value) ? value.some(scalar) : scalar(value)) ? value : undefined;
}

const RELAY = 'https://relay.example.test';
const SECRET = 'test-relay-secret-4f1c9a';
const TARGET = 'https://hooks.zapier.com/hooks/standard/123/abc/';
const events = documented.events as Record<string, Record<string, any>>;
const hooks = steps.filter((s) => s.relay);

beforeEach(() => {
  process.env.RELAY_URL = RELAY;
  process.env.RELAY_SECRET = SECRET;
  clearZcache();
});
afterEach(() => {
  nock.cleanAll();
  delete process.env.RELAY_URL;
  delete process.env.RELAY_SECRET;
});

interface RelayCall {
  method: string;
  path: string;
  headers: Record<string, any>;
  raw: string;
}

/** Intercepts the relay: records each call with its raw body and answers as the contract says. */
const interceptRelay = (answer: (call: RelayCall) => [number, unknown?]) => {
  const calls: RelayCall[] = [];
  const scope = nock(RELAY).persist();
  for (const method of ['POST', 'DELETE', 'GET']) {
    scope
      .intercept(() => true, method)
      .reply(function (uri, body) {
        const call = { method, path: uri, headers: this.req.headers, raw: typeof body === 'string' ? body : JSON.stringify(body) };
        calls.push(call);
        const [status, reply] = answer(call);
        return [status, reply === undefined ? '' : JSON.stringify(reply), { 'Content-Type': 'application/json' }];
      });
  }
  return calls;
};

/** Nonces seen so far: each call has its own, so the relay never takes one for a replay of another. */
const nonces = new Set<string>();

/** The contract's check, written from the contract: HMAC-SHA256 over `${ts}.${nonce}.${METHOD}.${path}.${rawBody}`, 300 s window. */
const expectSigned = (call: RelayCall) => {
  const ts = Number(call.headers['x-relay-timestamp']);
  expect(Number.isInteger(ts)).toBe(true);
  expect(Math.abs(Date.now() / 1000 - ts)).toBeLessThan(300);
  const nonce = String(call.headers['x-relay-nonce']);
  expect(nonce).toMatch(/^[0-9a-f]{32}$/);
  expect(nonces.has(nonce)).toBe(false);
  nonces.add(nonce);
  const expected = createHmac('sha256', SECRET).update(`${ts}.${nonce}.${call.method}.${call.path}.${call.raw}`).digest('hex');
  expect(call.headers['x-relay-signature']).toBe(`v1=${expected}`);
  // The secret and HighLevel's tokens never travel to the relay.
  expect(JSON.stringify(call)).not.toContain(SECRET);
  expect(call.headers.authorization).toBeUndefined();
};

const created = (call: RelayCall): [number, unknown] => {
  const body = call.raw ? JSON.parse(call.raw) : {};
  return [
    201,
    {
      id: 'sub_123',
      ...body,
      locationId: body.locationId ?? null,
      companyId: body.companyId ?? null,
      createdAt: '2026-11-20T09:31:30.000Z',
    },
  ];
};

const run = (fn: any, bundle: object) => appTester(fn, { targetUrl: TARGET, ...bundle } as any) as Promise<any>;

/** What each trigger's example inputs (the harness fills every field with its example) must filter. */
const EXPECTED_FILTERS: Record<string, Record<string, unknown> | undefined> = {
  contact_tag_added_hook: { addedTags: ['rankr-lead', 'seo'] },
  opportunity_created_hook: { pipelineId: 'VDm7RPYC2GLUvdpKmBfC' },
  opportunity_stage_changed_hook: { pipelineId: 'VDm7RPYC2GLUvdpKmBfC', pipelineStageId: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69' },
  opportunity_status_changed_hook: { pipelineId: 'VDm7RPYC2GLUvdpKmBfC', status: 'open' },
  opportunity_value_changed_hook: { pipelineId: 'VDm7RPYC2GLUvdpKmBfC' },
  opportunity_assigned_hook: { pipelineId: 'VDm7RPYC2GLUvdpKmBfC', assignedTo: 'y0BeYjuRIlDwsDcOHOJo' },
  appointment_created_hook: { 'appointment.calendarId': 'BqTwX8QFwXzpegMve9EQ' },
  appointment_updated_hook: { 'appointment.calendarId': 'BqTwX8QFwXzpegMve9EQ' },
  appointment_deleted_hook: { 'appointment.calendarId': 'BqTwX8QFwXzpegMve9EQ' },
  inbound_message_hook: { messageType: 'SMS' },
  record_created_hook: { objectKey: 'custom_objects.pet' },
  record_updated_hook: { objectKey: 'custom_objects.pet' },
  record_deleted_hook: { objectKey: 'custom_objects.pet' },
  campaign_status_changed_hook: { status: 'paused' },
  email_event_hook: { 'webhookPayload.event': 'opened' },
  opportunity_updated_hook: { pipelineId: 'VDm7RPYC2GLUvdpKmBfC' },
  opportunity_deleted_hook: { pipelineId: 'VDm7RPYC2GLUvdpKmBfC' },
  invoice_created_hook: { status: 'sent' },
  invoice_updated_hook: { status: 'sent' },
  relation_created_hook: { associationId: 've9EPM428h8vShlRW1KT' },
  relation_deleted_hook: { associationId: 've9EPM428h8vShlRW1KT' },
  price_created_hook: { product: '655b33a82209e60b6adb87a5' },
  price_updated_hook: { product: '655b33a82209e60b6adb87a5' },
  price_deleted_hook: { product: '655b33a82209e60b6adb87a5' },
};
/** ...and with every input left empty. */
const EMPTY_FILTERS: Record<string, Record<string, unknown>> = { contact_tag_added_hook: { addedTags: '*' } };

/** The labelled fields each family's item carries, read from the documented body. */
const labelled = (event: string, body: Record<string, any>): Record<string, unknown> => {
  if (event.startsWith('Contact'))
    return { contactId: body.id, name: body.name, tagList: body.tags.join(', '), customField__BcdmQEsNgz6AVpgLVUJ0: 'XYZ Corp' };
  if (event.startsWith('Opportunity')) return { opportunityId: body.id, name: body.name, value: body.monetaryValue };
  if (event.startsWith('Appointment')) {
    const a = body.appointment;
    return {
      appointmentId: a.id,
      appointmentTitle: a.title,
      calendarId: a.calendarId,
      contactId: a.contactId,
      appointmentStatus: a.appointmentStatus,
      startTime: a.startTime,
    };
  }
  if (/Message$/.test(event)) return { channel: 'SMS', body: body.body, contactId: body.contactId };
  if (event.startsWith('Task')) return { taskId: body.id };
  if (event.startsWith('Note')) return { noteId: body.id };
  if (event.startsWith('Invoice'))
    return {
      invoiceId: body._id,
      contactId: body.contactDetails.id,
      contactName: body.contactDetails.name,
      contactEmail: body.contactDetails.email,
    };
  if (event.startsWith('Order'))
    return {
      orderId: body._id,
      contactName: 'Maxwell Schmidt',
      contactEmail: body.contactSnapshot.email,
      sourceName: 'Ecom Store',
      orderStatus: body.status,
    };
  if (event.startsWith('Record')) return { recordId: body.id, property__pet_name: 'buddy', objectKey: 'custom_objects.pets' };
  if (event === 'CampaignStatusUpdate') return { contactId: body.contactId, campaignStatus: body.status };
  if (event === 'ConversationUnreadWebhook') return { conversationId: body.id, contactId: body.contactId, unreadCount: body.unreadCount };
  if (event === 'LCEmailStats')
    return { emailEvent: 'delivered', recipient: 'test@example.com', emailFrom: body.webhookPayload.message.headers.from };
  if (event.startsWith('ObjectSchema')) return { objectId: body.id, objectKey: 'custom_objects.pets', objectName: 'pets' };
  if (event.startsWith('Association'))
    return { associationId: body.id, associationKey: body.key, associationName: 'Interested Buyer ↔ Property' };
  if (event.startsWith('Relation')) return { relationId: body.id, associationId: body.associationId };
  if (event.startsWith('Product')) return { productId: body._id, productName: 'Awesome Product' };
  if (event.startsWith('Price'))
    return { priceId: body._id, productId: body.product, priceName: 'Red / S', amount: 199999, currency: 'INR', priceType: 'one_time' };
  if (event.startsWith('Location')) return { subAccountId: body.id, subAccountName: body.name, companyId: body.companyId };
  if (event.startsWith('App')) return { subAccountId: body.locationId, ...(body.companyId ? { agencyId: body.companyId } : {}) };
  if (event === 'UserCreate') return { userId: body.id, name: 'string string' };
  throw new Error(`no expectations for ${event}`);
};

/** Keys named after a record's own fields (custom fields, object fields) differ from record to record. */
const fixedKeys = (item: Record<string, unknown>) =>
  Object.keys(item)
    .filter((k) => !/^(customField|property)__/.test(k))
    .sort();

/** "Test trigger" answers with records that are events of each trigger (the documents' examples never moved or changed status). */
const recentRecords = (req: { template?: string; body?: any }) => {
  if (req.template === '/locations/{locationId}/tasks/search') {
    return { status: 200, body: { tasks: [{ ...subAccountTaskSample, completed: req.body?.completed }] } };
  }
  if (req.template === '/invoices/') return { status: 200, body: { invoices: [{ ...invoiceSample, status: 'paid' }], total: 1 } };
  if (req.template === '/contacts/search') return { status: 200, body: { contacts: [contactSample], total: 1 } };
  if (req.template === '/opportunities/search') {
    const changed = { ...opportunitySample, status: 'won', lastStatusChangeAt: '2026-11-22T16:45:00.000Z' };
    return { status: 200, body: { opportunities: [changed], meta: { total: 1 } } };
  }
  return undefined;
};

it('offers at least 20 app-event triggers, each named and described as instant', () => {
  expect(hooks.length).toBeGreaterThanOrEqual(20);
  for (const step of hooks) {
    expect(step.label).toMatch(/ \(Instant\)$/);
    expect(step.definition.display.description).toMatch(/^Triggers when /);
    expect(step.definition.operation.type).toBe('hook');
  }
});

describe.each(hooks.map((s) => [s.key, s] as const))('%s', (_key, step) => {
  const op = step.definition.operation;
  const [event] = step.relay!.events;
  // Agency-level events subscribe the agency, on agency connections only (agencyEventHook, steps/appEventHook.ts).
  const agency = Boolean(step.relay!.agency);
  const subscriber = (overrides: Record<string, unknown> = {}) => (agency ? agencyBundleFor(step, overrides) : bundleFor(step, overrides));

  it(`subscribes its hook URL at the relay, signed, with its events, ${agency ? 'the agency' : 'sub-account'} and filters`, async () => {
    const calls = interceptRelay(created);
    const answer = await run(op.performSubscribe, subscriber());
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call).toMatchObject({ method: 'POST', path: '/subscriptions' });
    expect(call.headers['content-type']).toMatch(/^application\/json/);
    expectSigned(call);
    const body = JSON.parse(call.raw);
    expect(body).toEqual({
      targetUrl: TARGET,
      events: step.relay!.events,
      // A sub-account's agency, which the relay checks against its agency map; agency-level events watch the agency.
      ...(agency ? { companyId: AGENCY_AUTH.companyId } : { locationId: AUTH.locationId, companyId: AUTH.companyId }),
      trigger: step.key,
      ...(EXPECTED_FILTERS[step.key] ? { filters: EXPECTED_FILTERS[step.key] } : {}),
    });
    expect(answer).toMatchObject({ id: 'sub_123' });
  });

  it('sends only the filters the user set', async () => {
    const calls = interceptRelay(created);
    await run(op.performSubscribe, subscriber({ inputData: {} }));
    const body = JSON.parse(calls[0].raw);
    if (EMPTY_FILTERS[step.key]) expect(body.filters).toEqual(EMPTY_FILTERS[step.key]);
    else expect(body).not.toHaveProperty('filters');
  });

  it('filters on fields of its delivered body, in a form the relay accepts and can match', async () => {
    const calls = interceptRelay(created);
    await run(op.performSubscribe, subscriber());
    const { filters = {} } = JSON.parse(calls[0].raw);
    expect(parseFilters(filters)).toEqual(filters);
    const body = event === 'ContactTagUpdate' ? { ...events[event], addedTags: ['Rankr-Lead'] } : events[event];
    // The relay's store matches a value, or a list holding one, reached through objects only (its SQL,
    // relay_matches in relay/store/schema.ts, is tested case by case in test/relay/fanout.test.ts).
    for (const path of Object.keys(filters)) expect({ path, value: matchableAt(body, path) }).toEqual({ path, value: expect.anything() });
  });

  it('unsubscribes the subscription it made, signed, and takes a 404 as already removed', async () => {
    for (const status of [204, 404]) {
      nock.cleanAll();
      const calls = interceptRelay(() => [status, status === 404 ? { error: 'unknown subscription' } : undefined]);
      await run(op.performUnsubscribe, bundleFor(step, { subscribeData: { id: 'sub_123' } }));
      expect(calls).toHaveLength(1);
      expect(calls[0]).toMatchObject({ method: 'DELETE', path: '/subscriptions/sub_123', raw: '' });
      expectSigned(calls[0]);
    }
  });

  it(`turns the documented ${event} body into one item: every field kept, labelled fields added, id = webhookId`, async () => {
    interceptHighLevel();
    // The relay delivers HighLevel's body as it came, adding only ContactTagUpdate's `addedTags`.
    const body = event === 'ContactTagUpdate' ? { ...events[event], addedTags: ['vip'] } : events[event];
    const items = await run(op.perform, {
      authData: AUTH,
      inputData: {},
      meta: { timezone: 'America/New_York' },
      cleanedRequest: body,
      rawRequest: { method: 'POST', headers: { 'Content-Type': 'application/json' }, content: JSON.stringify(body), querystring: '' },
    });
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item.id).toBe(body.webhookId);
    expect(item.webhookId).toBe(body.webhookId);
    for (const key of Object.keys(body)) expect(item).toHaveProperty([key]);
    // Sub-account events name their sub-account; LocationCreate and LocationUpdate name it `id`.
    expect(item).toMatchObject({ type: body.type, ...(body.locationId ? { locationId: body.locationId } : {}), ...labelled(event, body) });
    // The static sample is this same body through the same code: the same keys.
    expect(fixedKeys(item)).toEqual(fixedKeys(op.sample));
  });

  it('falls back to a content hash when a delivery has no webhookId', async () => {
    const { webhookId: _w, ...body } = events[event];
    interceptHighLevel();
    const [item] = await run(op.perform, {
      authData: AUTH,
      inputData: {},
      meta: {},
      cleanedRequest: body,
      rawRequest: { content: JSON.stringify(body), headers: {} },
    });
    expect(item.id).toMatch(/^[0-9a-f]{16}$/);
  });

  if (step.relay!.example) {
    it('shows the documented example for "Test trigger" (no endpoint lists these events), asking HighLevel nothing', async () => {
      const seen = interceptHighLevel();
      expect(await run(op.performList, subscriber())).toEqual([op.sample]);
      expect(op.sample).toMatchObject({ type: event, id: events[event].webhookId });
      expect(seen).toHaveLength(0);
    });
  } else
    it('shows recent real records for "Test trigger" with exactly the keys of a live item, from documented requests', async () => {
      const seen = interceptHighLevel(recentRecords);
      const items = await run(op.performList, subscriber());
      expect(seen.length).toBeGreaterThan(0);
      for (const req of seen)
        expect({ request: `${req.method} ${req.path}`, problems: req.problems }).toEqual({
          request: `${req.method} ${req.path}`,
          problems: [],
        });
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        expect(fixedKeys(item)).toEqual(fixedKeys(op.sample));
        expect(item.type).toBe(event);
        expect(item.id).toBe(item.webhookId);
      }
    });

  if (agency) {
    it('refuses a sub-account connection before calling the relay, saying it needs an agency connection', async () => {
      const calls = interceptRelay(created);
      await expect(run(op.performSubscribe, bundleFor(step))).rejects.toThrow(/needs an agency connection/);
      expect(calls).toHaveLength(0);
    });

    it('asks for no sub-account: it watches the whole agency', () => {
      expect(op.inputFields.some((f: any) => typeof f === 'function' || f.key === 'locationId')).toBe(false);
    });
    return;
  }

  describe('on an agency connection', () => {
    const installed = (req: { template?: string; body?: any }) =>
      req.template === '/oauth/installedLocations'
        ? {
            status: 200,
            body: {
              locations: [
                { _id: CHOSEN_SUB_ACCOUNT, name: 'Acme Plumbing', isInstalled: true },
                { _id: 'Zz9y8X7w6V5u4T3s2R1q', name: 'Bolt Electric', isInstalled: true },
              ],
              count: 2,
            },
          }
        : recentRecords(req);

    it("watches the chosen sub-account with its agency, once HighLevel's token exchange proved it the agency's", async () => {
      const seen = interceptHighLevel(installed);
      const highLevelCallsBefore: number[] = [];
      const calls = interceptRelay((call) => {
        highLevelCallsBefore.push(seen.length);
        return created(call);
      });
      await run(op.performSubscribe, agencyBundleFor(step));
      // The documented exchange, with the agency's token, before the relay hears of it.
      expect(seen.map((r) => `${r.method} ${r.template}`)).toEqual(['POST /oauth/locationToken']);
      const [exchange] = seen;
      expect(exchange.problems).toEqual([]);
      expect(exchange.headers.version).toBe('2021-07-28');
      expect(exchange.headers.authorization).toBe(`Bearer ${AGENCY_AUTH.access_token}`);
      expect(Object.fromEntries(new URLSearchParams(String(exchange.body)))).toEqual({
        companyId: AGENCY_AUTH.companyId,
        locationId: CHOSEN_SUB_ACCOUNT,
      });
      expect(highLevelCallsBefore).toEqual([1]);
      const body = JSON.parse(calls[0].raw);
      expect(body).toMatchObject({ locationId: CHOSEN_SUB_ACCOUNT, companyId: AGENCY_AUTH.companyId });
      expect(body).not.toHaveProperty('locationIds');
    });

    it('watches every installed sub-account with "All sub-accounts": the agency and the sub-accounts it knows', async () => {
      const seen = interceptHighLevel(installed);
      const calls = interceptRelay(created);
      await run(op.performSubscribe, agencyBundleFor(step, { inputData: { locationId: 'all' } }));
      const body = JSON.parse(calls[0].raw);
      expect(body).toMatchObject({ companyId: AGENCY_AUTH.companyId, locationIds: [CHOSEN_SUB_ACCOUNT, 'Zz9y8X7w6V5u4T3s2R1q'] });
      expect(body).not.toHaveProperty('locationId');
      expectSigned(calls[0]);
      for (const req of seen) {
        expect(req.problems).toEqual([]);
        expect(req.headers.authorization).toBe(`Bearer ${AGENCY_AUTH.access_token}`);
      }
    });

    it('shows "Test trigger" records of the first installed sub-account with "All sub-accounts"', async () => {
      const seen = interceptHighLevel(installed);
      const items = await run(
        op.performList,
        agencyBundleFor(step, { inputData: { ...agencyBundleFor(step).inputData, locationId: 'all' } }),
      );
      expect(items.length).toBeGreaterThan(0);
      if (step.relay!.example) return expect(seen).toHaveLength(0);
      const exchange = seen.find((r) => r.template === '/oauth/locationToken');
      expect(Object.fromEntries(new URLSearchParams(String(exchange?.body)))).toMatchObject({ locationId: CHOSEN_SUB_ACCOUNT });
    });
  });
});

it('gives an invoice event the sub-account HighLevel names only as altId, as the relay routes it', async () => {
  const op = hooks.find((s) => s.key === 'invoice_paid_hook')!.definition.operation;
  // The body as HighLevel sends it: the documents' example has no locationId (scripts/spec-fixes.mjs adds it).
  const { locationId: _, ...asSent } = events.InvoicePaid;
  expect(asSent).toMatchObject({ altId: expect.any(String), altType: 'location' });
  const [item] = await run(op.perform, {
    authData: AUTH,
    inputData: {},
    meta: {},
    cleanedRequest: asSent,
    rawRequest: { content: JSON.stringify(asSent), headers: {} },
  });
  expect(item.locationId).toBe(asSent.altId);
});

describe('a typed sub-account on an agency connection', () => {
  const op = hooks[0].definition.operation;
  const OUTSIDE = 'Qq1w2E3r4T5y6U7i8O9p';
  const bundle = () => agencyBundleFor(hooks[0], { inputData: { locationId: OUTSIDE } });

  it('is refused before the relay hears of it when HighLevel will not issue its token to the agency', async () => {
    const seen = interceptHighLevel((req) => {
      if (req.template === '/oauth/locationToken')
        return { status: 400, body: { statusCode: 400, message: 'Location not found for this company' } };
      if (req.template === '/oauth/installedLocations') return { status: 200, body: { locations: [], count: 0 } };
      return undefined;
    });
    const calls = interceptRelay(created);
    await expect(run(op.performSubscribe, bundle())).rejects.toThrow(
      `not installed on sub-account ${OUTSIDE} (HighLevel said: Location not found for this company)`,
    );
    expect(calls).toHaveLength(0);
    expect(seen.find((r) => r.template === '/oauth/locationToken')).toMatchObject({ method: 'POST', problems: [] });
  });

  it('is proven anew each time a Zap is turned on, not from a token cached earlier', async () => {
    const seen = interceptHighLevel();
    interceptRelay(created);
    await run(op.performSubscribe, bundle());
    await run(op.performSubscribe, bundle());
    expect(seen.filter((r) => r.template === '/oauth/locationToken')).toHaveLength(2);
  });
});

describe('the Sub-Account dropdown of app-event triggers', () => {
  it('offers "All sub-accounts" first, then each installed sub-account', async () => {
    const dropdown = steps.find((s) => s.key === 'list_sub_accounts_to_watch')!;
    interceptHighLevel((req) =>
      req.template === '/oauth/installedLocations'
        ? { status: 200, body: { locations: [{ _id: CHOSEN_SUB_ACCOUNT, name: 'Acme Plumbing' }], count: 1 } }
        : undefined,
    );
    const items = await run(dropdown.definition.operation.perform, {
      authData: AGENCY_AUTH,
      inputData: {},
      meta: { page: 0, isFillingDynamicDropdown: true },
    });
    expect(items.map((i: any) => [i.id, i.name])).toEqual([
      ['all', 'All sub-accounts'],
      [CHOSEN_SUB_ACCOUNT, 'Acme Plumbing'],
    ]);
  });
});

describe('without a relay', () => {
  const step = hooks[0];
  const subscribe = () => run(step.definition.operation.performSubscribe, bundleFor(step));

  it('refuses to turn the Zap on, saying how to deploy the relay and set RELAY_URL and RELAY_SECRET', async () => {
    delete process.env.RELAY_URL;
    const calls = interceptRelay(created);
    await expect(subscribe()).rejects.toThrow(/RELAY_URL is not set.*Deploy the event relay.*RELAY_URL.*RELAY_SECRET/s);
    expect(calls).toHaveLength(0);
  });

  it('names a missing RELAY_SECRET, and never shows the secret', async () => {
    delete process.env.RELAY_SECRET;
    await expect(subscribe()).rejects.toThrow(/RELAY_SECRET is not/);
    process.env.RELAY_SECRET = SECRET;
    interceptRelay(() => [401, { error: 'bad signature' }]);
    const error = await subscribe().catch((e: Error) => e);
    expect(String(error)).toMatch(/refused.*bad signature.*RELAY_SECRET/s);
    expect(String(error)).not.toContain(SECRET);
  });

  it('signs the path as sent, whatever the RELAY_URL (trailing slash, a path prefix)', async () => {
    process.env.RELAY_URL = `${RELAY}/`;
    const calls = interceptRelay(created);
    await subscribe();
    expect(calls[0].path).toBe('/subscriptions');
    nock.cleanAll();
    process.env.RELAY_URL = `${RELAY}/hl-relay`;
    const prefixed = interceptRelay(created);
    await subscribe();
    expect(prefixed[0].path).toBe('/hl-relay/subscriptions');
    expectSigned(prefixed[0]);
  });
});
