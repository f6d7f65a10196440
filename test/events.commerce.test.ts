// Sub-account event triggers for forms, surveys, invoices and payments: each fires once per real
// event (new, unchanged, changed), costs one request per poll, and computes its day range in the
// Zap owner's time zone.
import nock from 'nock';
import { steps } from '../operations';
import { appTester, bundleFor, interceptHighLevel, perform } from './support/harness';

const step = (key: string) => steps.find((s) => s.key === key)!;
afterEach(() => {
  nock.cleanAll();
  jest.restoreAllMocks();
});

/** One poll with the given answer and input; returns the items and the requests it made. */
const poll = async (key: string, answer: unknown, inputData: Record<string, unknown> = {}, meta: Record<string, unknown> = {}) => {
  const seen = interceptHighLevel(() => ({ status: 200, body: answer }));
  const s = step(key);
  const items = (await perform(s, bundleFor(s, { inputData, meta: { ...bundleFor(s).meta, ...meta } }))) as any[];
  return { items, seen };
};

/** Zapier's dedupe: across polls, what fires is each `id` not seen before. */
const zapier = () => {
  const seenIds = new Set<string>();
  return async (key: string, answer: unknown, inputData?: Record<string, unknown>) => {
    const { items, seen } = await poll(key, answer, inputData);
    expect(seen).toHaveLength(1);
    const fired = items.filter((i) => !seenIds.has(i.id));
    for (const i of items) seenIds.add(i.id);
    return fired;
  };
};

const submission = (id: string, createdAt: string, kind: 'form' | 'survey' = 'form') => ({
  id,
  contactId: 'c1',
  createdAt,
  [`${kind}Id`]: `${kind}-1`,
  name: 'Jane Doe',
  email: 'jane@example.com',
  others: {
    email: 'jane@example.com',
    full_name: 'Jane Doe',
    '3sv6dSiXQNJ6dpB0amsq': 'Local SEO',
    fieldsOriSequance: ['full_name', 'email', '3sv6dSiXQNJ6dpB0amsq'],
    eventData: { parentName: 'Free SEO Audit', page: { url: 'https://acme.test/audit' } },
  },
});

describe.each([
  ['new_form_submission', 'form'],
  ['new_survey_submission', 'survey'],
] as const)('%s', (key, kind) => {
  const s1 = submission('s1', '2026-11-20T10:00:00.000Z', kind);
  const s2 = submission('s2', '2026-11-21T10:00:00.000Z', kind);

  it('fires for a new submission, not again on a quiet poll, and once for the next one', async () => {
    const run = zapier();
    expect((await run(key, { submissions: [s1] })).map((i) => i.id)).toEqual(['s1']);
    expect(await run(key, { submissions: [s1] })).toEqual([]);
    expect((await run(key, { submissions: [s1, s2] })).map((i) => i.id)).toEqual(['s2']);
    expect(await run(key, { submissions: [s2, s1] })).toEqual([]);
  });

  it('gives each answer its own field, in the form order, and keeps the original', async () => {
    const {
      items: [item],
    } = await poll(key, { submissions: [s1] });
    expect(Object.keys(item.answers)).toEqual(['full_name', 'email', '3sv6dSiXQNJ6dpB0amsq']);
    expect(item.answers).toEqual({ full_name: 'Jane Doe', email: 'jane@example.com', '3sv6dSiXQNJ6dpB0amsq': 'Local SEO' });
    expect(item.others).toEqual(s1.others);
    expect(item).toMatchObject({ sourceName: 'Free SEO Audit', pageUrl: 'https://acme.test/audit' });
  });

  it(`filters by the chosen ${kind} and asks for the newest page only`, async () => {
    const { seen } = await poll(key, { submissions: [] }, { [`${kind}Id`]: `${kind}-9` });
    expect(seen).toHaveLength(1);
    expect(seen[0].query).toMatchObject({ [`${kind}Id`]: `${kind}-9`, page: '1', locationId: 've9EPM428h8vShlRW1KT' });
  });
});

describe("day ranges are days in the Zap owner's time zone", () => {
  // 23:30 on 7 March in New York is already 8 March in UTC.
  const lateEveningInNewYork = Date.parse('2026-03-08T04:30:00Z');

  // Submissions look 31 days back; payments and orders (no documented sort) 2 days, and 31 for samples.
  it.each([
    ['new_form_submission', false, '2026-02-04', '2026-02-05'],
    ['new_survey_submission', false, '2026-02-04', '2026-02-05'],
    ['new_payment', false, '2026-03-05', '2026-03-06'],
    ['new_order', false, '2026-03-05', '2026-03-06'],
    ['new_payment', true, '2026-02-04', '2026-02-05'],
  ] as const)('%s (loading samples: %s)', async (key, isLoadingSample, newYorkStart, tokyoStart) => {
    jest.spyOn(Date, 'now').mockReturnValue(lateEveningInNewYork);
    const { seen } = await poll(key, {}, {}, { timezone: 'America/New_York', isLoadingSample });
    // Up to the owner's tomorrow (8 March, not UTC's 9 March).
    expect(seen[0].query).toMatchObject({ startAt: newYorkStart, endAt: '2026-03-08' });
    const tokyo = await poll(key, {}, {}, { timezone: 'Asia/Tokyo', isLoadingSample });
    expect(tokyo.seen[0].query).toMatchObject({ startAt: tokyoStart, endAt: '2026-03-09' });
  });
});

const invoice = (id: string, status: string, createdAt = '2026-11-20T10:00:00.000Z') => ({
  _id: id,
  status,
  name: `Invoice ${id}`,
  total: 1500,
  createdAt,
  contactDetails: { id: 'c1', name: 'Jane Doe', email: 'jane@example.com' },
});

describe('new_invoice', () => {
  it('fires once per new invoice, whatever happens to it later', async () => {
    const run = zapier();
    expect((await run('new_invoice', { invoices: [invoice('i1', 'draft')] })).map((i) => i.id)).toEqual(['i1']);
    expect(await run('new_invoice', { invoices: [invoice('i1', 'sent')] })).toEqual([]);
    const fired = await run('new_invoice', { invoices: [invoice('i2', 'draft', '2026-11-21T10:00:00.000Z'), invoice('i1', 'paid')] });
    expect(fired.map((i) => i.id)).toEqual(['i2']);
    expect(fired[0]).toMatchObject({ contactId: 'c1', contactName: 'Jane Doe', contactEmail: 'jane@example.com' });
  });

  it('asks for the newest invoices of the connected sub-account by issue date', async () => {
    const { seen } = await poll('new_invoice', { invoices: [] });
    expect(seen[0].query).toMatchObject({
      altId: 've9EPM428h8vShlRW1KT',
      altType: 'location',
      offset: '0',
      sortField: 'issueDate',
      sortOrder: 'descend',
    });
  });
});

describe('invoice_paid', () => {
  it('fires once when an invoice becomes paid, never on a quiet poll, and once for one first seen paid', async () => {
    const run = zapier();
    // HighLevel filters on status=paid; an unpaid invoice that slips through is ignored.
    expect(await run('invoice_paid', { invoices: [invoice('i1', 'sent')] })).toEqual([]);
    const paid = await run('invoice_paid', { invoices: [invoice('i1', 'paid')] });
    expect(paid.map((i) => [i.id, i.invoiceId])).toEqual([['i1:paid', 'i1']]);
    expect(await run('invoice_paid', { invoices: [invoice('i1', 'paid')] })).toEqual([]);
    // Created already paid: fires once.
    expect(
      (await run('invoice_paid', { invoices: [invoice('i2', 'paid', '2026-11-22T10:00:00.000Z'), invoice('i1', 'paid')] })).map(
        (i) => i.id,
      ),
    ).toEqual(['i2:paid']);
  });

  it('asks HighLevel for paid invoices only', async () => {
    const { seen } = await poll('invoice_paid', { invoices: [] });
    expect(seen[0].query).toMatchObject({ status: 'paid', altType: 'location' });
  });
});

const record = (id: string, createdAt: string, status = 'succeeded') => ({
  _id: id,
  contactId: 'c1',
  amount: 100,
  currency: 'USD',
  status,
  createdAt,
});

describe.each([
  ['new_payment', { altType: 'location' }],
  ['new_order', { locationId: 've9EPM428h8vShlRW1KT' }],
] as const)('%s', (key, placement) => {
  it('fires once per new record, newest first, not again on a quiet poll', async () => {
    const run = zapier();
    expect((await run(key, { data: [record('p1', '2026-11-20T10:00:00.000Z')] })).map((i) => i.id)).toEqual(['p1']);
    expect(await run(key, { data: [record('p1', '2026-11-20T10:00:00.000Z', 'refunded')] })).toEqual([]);
    const fired = await run(key, { data: [record('p1', '2026-11-20T10:00:00.000Z'), record('p2', '2026-11-21T10:00:00.000Z')] });
    expect(fired.map((i) => i.id)).toEqual(['p2']);
  });

  it('puts the connected sub-account in altId, on the first page', async () => {
    const { seen } = await poll(key, { data: [] }, { paymentMode: 'live' });
    expect(seen[0].query).toMatchObject({ altId: 've9EPM428h8vShlRW1KT', offset: '0', paymentMode: 'live', ...placement });
  });
});

describe('new_or_cancelled_subscription', () => {
  const sub = (status: string, id = 'sub1', createdAt = '2026-11-20T10:00:00.000Z') => ({ _id: id, status, amount: 299, createdAt });

  it('New: fires once per subscription, not when its status changes', async () => {
    const run = zapier();
    expect((await run('new_or_cancelled_subscription', { data: [sub('active')] })).map((i) => i.id)).toEqual(['sub1']);
    expect(await run('new_or_cancelled_subscription', { data: [sub('active')] })).toEqual([]);
    expect(await run('new_or_cancelled_subscription', { data: [sub('canceled')] })).toEqual([]);
    expect(
      (await run('new_or_cancelled_subscription', { data: [sub('active', 'sub2', '2026-11-21T10:00:00.000Z'), sub('canceled')] })).map(
        (i) => i.id,
      ),
    ).toEqual(['sub2']);
  });

  it('Cancelled: fires once when a subscription is cancelled, keyed on id + status', async () => {
    const run = zapier();
    const cancelled = { event: 'cancelled' };
    expect(await run('new_or_cancelled_subscription', { data: [sub('active')] }, cancelled)).toEqual([]);
    const fired = await run('new_or_cancelled_subscription', { data: [sub('canceled')] }, cancelled);
    expect(fired.map((i) => [i.id, i._id])).toEqual([['sub1:canceled', 'sub1']]);
    expect(await run('new_or_cancelled_subscription', { data: [sub('canceled')] }, cancelled)).toEqual([]);
    // PayPal's spelling counts too.
    expect((await run('new_or_cancelled_subscription', { data: [sub('CANCELLED', 'sub3')] }, cancelled)).map((i) => i.id)).toEqual([
      'sub3:CANCELLED',
    ]);
  });

  it('Cancelled looks at subscriptions of any age (no day range); New only at recent ones', async () => {
    const cancelled = await poll('new_or_cancelled_subscription', { data: [] }, { event: 'cancelled' });
    expect(cancelled.seen[0].query.startAt).toBeUndefined();
    const created = await poll('new_or_cancelled_subscription', { data: [] }, {});
    expect(created.seen[0].query.startAt).toEqual(expect.any(String));
  });
});

describe('instant triggers', () => {
  it('Form Submitted (Instant) adds the form fields to what the workflow posted', async () => {
    const s = step('form_submitted_instant');
    const payload = {
      contact_id: 'c1',
      full_name: 'Jane Doe',
      website: 'https://acme.test',
      triggerData: { formId: 'f1', formName: 'Free SEO Audit' },
    };
    const hookItems: any = await appTester(s.definition.operation.perform, {
      ...bundleFor(s),
      inputData: {},
      cleanedRequest: payload,
      rawRequest: { content: JSON.stringify(payload), headers: {} },
    });
    expect(hookItems[0]).toMatchObject({ ...payload, contactId: 'c1', formId: 'f1', formName: 'Free SEO Audit' });
  });

  it('Payment Received (Instant) adds amount, currency and transaction', async () => {
    const s = step('payment_received_instant');
    const payload = {
      contact_id: 'c1',
      payment: { transaction_id: 't1', total_amount: 99, currency_code: 'USD', payment_status: 'succeeded' },
    };
    const hookItems: any = await appTester(s.definition.operation.perform, {
      ...bundleFor(s),
      inputData: {},
      cleanedRequest: payload,
      rawRequest: { content: JSON.stringify(payload), headers: {} },
    });
    expect(hookItems[0]).toMatchObject({ ...payload, transactionId: 't1', amount: 99, currency: 'USD', paymentStatus: 'succeeded' });
  });

  it('their fallbacks show recent submissions and payments shaped like deliveries', async () => {
    const form = await poll('form_submitted_instant', { submissions: [submission('s1', '2026-11-20T10:00:00.000Z')] });
    expect(form.items[0]).toMatchObject({
      id: 's1',
      contact_id: 'c1',
      email: 'jane@example.com',
      formId: 'form-1',
      formName: 'Free SEO Audit',
      contactId: 'c1',
    });
    const pay = await poll('payment_received_instant', { data: [record('p1', '2026-11-20T10:00:00.000Z')] });
    expect(pay.items[0]).toMatchObject({
      id: 'p1',
      contactId: 'c1',
      transactionId: 'p1',
      amount: 100,
      currency: 'USD',
      paymentStatus: 'succeeded',
    });
  });
});
