// Invoices with line items (mapped rows, catalogue products and prices), sending, payments, voiding
// and finding; every bad input stopped before any request; every request checked against the documents.
import { steps } from '../operations';
import { pinClock } from './support/clock';
import { AUTH, bundleFor, interceptHighLevel, perform, type Answer } from './support/harness';

const step = (key: string) => steps.find((s) => s.key === key)!;
const createInvoice = step('create_invoice');

const CONTACT = {
  id: 'seD4PfOuKoVMLkEZqohJ',
  firstName: 'Jane',
  lastName: 'Doe',
  email: 'jane@example.com',
  phone: '+14155550123',
  companyName: 'Acme Plumbing',
};
const LOCATION = {
  id: AUTH.locationId,
  name: 'Rankr SEO',
  phone: '+14155550100',
  website: 'https://rankr.example.com',
  address: '1 Main St',
  city: 'Austin',
  state: 'TX',
  country: 'US',
  postalCode: '78701',
};
const PRODUCT = {
  _id: 'prod1',
  name: 'Citation cleanup',
  locationId: AUTH.locationId,
  productType: 'SERVICE',
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
};
const PRICES = [
  { _id: 'price1', name: 'Single', type: 'one_time', currency: 'USD', amount: 150, product: 'prod1' },
  { _id: 'price2', name: 'Bundle of 5', type: 'one_time', currency: 'USD', amount: 600, product: 'prod1' },
];

/** HighLevel with the contact, sub-account and catalogue above; writes echo what they were sent. */
const highLevel = (extra: Answer = () => undefined) =>
  interceptHighLevel((req) => {
    const custom = extra(req);
    if (custom) return custom;
    switch (`${req.method} ${req.template}`) {
      case 'GET /contacts/{contactId}':
        return { status: 200, body: { contact: CONTACT } };
      case 'GET /contacts/search/duplicate':
        return { status: 200, body: { contact: req.query.email === CONTACT.email ? CONTACT : null } };
      case 'GET /locations/{locationId}':
        return { status: 200, body: { location: LOCATION } };
      case 'GET /products/{productId}':
        return { status: 200, body: PRODUCT };
      case 'GET /products/{productId}/price': {
        const ids = req.query.ids?.split(',');
        return { status: 200, body: { prices: PRICES.filter((p) => !ids || ids.includes(p._id)), total: 2 } };
      }
      case 'GET /invoices/generate-invoice-number':
        return { status: 200, body: { invoiceNumber: 1043 } };
      case 'POST /invoices/': {
        const b = req.body as any;
        return {
          status: 200,
          body: {
            _id: 'inv1',
            status: 'draft',
            ...b,
            invoiceItems: b.items,
            total: 1500,
            amountDue: 1500,
            amountPaid: 0,
            invoiceNumber: Number(b.invoiceNumber),
          },
        };
      }
      default:
        return undefined;
    }
  });

const invoiceInput = (overrides: Record<string, unknown> = {}) => ({
  name: 'Local SEO - December',
  contactId: CONTACT.id,
  currency: 'usd',
  lineItems: [
    { itemName: 'Local SEO package', itemDescription: 'Monthly work', quantity: '1', unitPrice: '1200' },
    { productId: 'prod1', priceId: 'price1', quantity: '2' },
  ],
  ...overrides,
});

const run = (s: typeof createInvoice, inputData: Record<string, unknown>, timezone = 'America/New_York') =>
  perform(s, bundleFor(s, { inputData, meta: { timezone } }));

describe('Create Invoice', () => {
  it('maps each row of an order to a line item, filling a product line from the catalogue', async () => {
    const seen = highLevel();
    const result: any = await run(createInvoice, invoiceInput({ issueDate: '2026-11-20', dueDate: '2026-12-04T03:00:00Z' }));
    for (const req of seen)
      expect({ req: `${req.method} ${req.path}`, problems: req.problems }).toEqual({ req: `${req.method} ${req.path}`, problems: [] });
    const post = seen.find((r) => r.method === 'POST')!;
    const body = post.body as any;
    expect(body.items).toEqual([
      { name: 'Local SEO package', description: 'Monthly work', currency: 'USD', amount: 1200, qty: 1 },
      { name: 'Citation cleanup', productId: 'prod1', priceId: 'price1', currency: 'USD', amount: 150, qty: 2 },
    ]);
    expect(body).toMatchObject({
      altId: AUTH.locationId,
      altType: 'location',
      name: 'Local SEO - December',
      currency: 'USD',
      liveMode: true,
      title: 'INVOICE',
      contactDetails: {
        id: CONTACT.id,
        name: 'Jane Doe',
        email: 'jane@example.com',
        phoneNo: '+14155550123',
        companyName: 'Acme Plumbing',
      },
      sentTo: { email: ['jane@example.com'], phoneNo: ['+14155550123'] },
      businessDetails: {
        name: 'Rankr SEO',
        phoneNo: '+14155550100',
        website: 'https://rankr.example.com',
        address: { addressLine1: '1 Main St', city: 'Austin', state: 'TX', countryCode: 'US', postalCode: '78701' },
      },
      discount: { type: 'percentage', value: 0 },
      // 03:00 UTC on Dec 4 is still Dec 3 in New York.
      issueDate: '2026-11-20',
      dueDate: '2026-12-03',
      invoiceNumber: '1043',
    });
    expect(result).toMatchObject({
      id: 'inv1',
      status: 'draft',
      total: 1500,
      contactId: CONTACT.id,
      contactName: 'Jane Doe',
      invoiceNumber: 1043,
    });
    expect(result.invoiceItems).toHaveLength(2);
  });

  describe('at 11:00 UTC on 20 November 2026', () => {
    pinClock('2026-11-20T11:00:00Z');

    it("issues today in the user's time zone, finds the contact by email and keeps a given number", async () => {
      const seen = highLevel();
      await run(
        createInvoice,
        invoiceInput({
          contactId: undefined,
          contactEmail: 'jane@example.com',
          invoiceNumber: 'A-77',
          lineItems: [{ itemName: 'Audit', quantity: 1, unitPrice: 99.5 }],
        }),
        'Pacific/Kiritimati',
      );
      expect(seen.map((r) => r.template)).not.toContain('/invoices/generate-invoice-number');
      expect(seen.find((r) => r.template === '/contacts/search/duplicate')!.query).toMatchObject({
        email: 'jane@example.com',
        locationId: AUTH.locationId,
      });
      const body = seen.find((r) => r.method === 'POST')!.body as any;
      // 11:00 UTC on 20 November is already 21 November on Kiritimati (UTC+14).
      expect(body).toMatchObject({ invoiceNumber: 'A-77', issueDate: '2026-11-21', contactDetails: { id: CONTACT.id } });
    });
  });

  it('uses the only price of a product, and names the prices when there are several', async () => {
    let seen = highLevel((req) =>
      req.template === '/products/{productId}/price' ? { status: 200, body: { prices: [PRICES[1]], total: 1 } } : undefined,
    );
    await run(createInvoice, invoiceInput({ lineItems: [{ productId: 'prod1', quantity: 1 }] }));
    expect((seen.find((r) => r.method === 'POST')!.body as any).items).toEqual([
      { name: 'Citation cleanup', productId: 'prod1', currency: 'USD', amount: 600, qty: 1 },
    ]);

    seen = highLevel();
    await expect(run(createInvoice, invoiceInput({ lineItems: [{ productId: 'prod1', quantity: 1 }] }))).rejects.toThrow(
      'Product prod1 has 2 prices (Single (150 USD), Bundle of 5 (600 USD)); choose a Price or give a Unit Price.',
    );
    expect(seen.some((r) => r.method === 'POST')).toBe(false);
  });

  it('refuses a product price in another currency: nothing is converted', async () => {
    const seen = highLevel();
    await expect(
      run(createInvoice, invoiceInput({ currency: 'EUR', lineItems: [{ productId: 'prod1', priceId: 'price1', quantity: 1 }] })),
    ).rejects.toThrow("the product's price is in USD but the Currency is EUR");
    expect(seen.some((r) => r.method === 'POST')).toBe(false);
  });

  it.each([
    [
      'a quantity that is not a number',
      { lineItems: [{ itemName: 'Audit', quantity: 'two', unitPrice: 10 }] },
      'Line Items (`lineItems`): Quantity (`quantity`) must be a number.',
    ],
    [
      'a zero quantity',
      { lineItems: [{ itemName: 'Audit', quantity: 0, unitPrice: 10 }] },
      'Line Items (`lineItems`): Quantity (`quantity`) must be above 0 (it is 0).',
    ],
    ['a currency HighLevel does not take', { currency: 'DOLLARS' }, 'Currency (`currency`) DOLLARS is not a currency HighLevel takes'],
    [
      'an empty line item',
      {
        lineItems: [
          { itemName: 'Audit', quantity: 1, unitPrice: 10 },
          { itemName: '', quantity: '' },
        ],
      },
      'Line Items (`lineItems`), row 2 is empty: fill it in or remove it.',
    ],
    [
      'a line with neither price nor product',
      { lineItems: [{ itemName: 'Audit', quantity: 1 }] },
      'Line Items (`lineItems`): give a Unit Price (`unitPrice`), or choose a Product (`productId`).',
    ],
    [
      'cents beyond the currency',
      { lineItems: [{ itemName: 'Audit', quantity: 1, unitPrice: '10.005' }] },
      'Line Items (`lineItems`): Unit Price (`unitPrice`) 10.005 has more decimals than USD has (2)',
    ],
    [
      'yen with decimals',
      { currency: 'JPY', lineItems: [{ itemName: 'Audit', quantity: 1, unitPrice: 1000.5 }] },
      'has more decimals than JPY has (0)',
    ],
    [
      'a line in another currency',
      { lineItems: [{ itemName: 'Audit', quantity: 1, unitPrice: 10, itemCurrency: 'GBP' }] },
      'Line Items (`lineItems`) is in GBP but the Currency is USD',
    ],
    [
      'a price without its product',
      { lineItems: [{ itemName: 'Audit', quantity: 1, priceId: 'price1' }] },
      'a Price (`priceId`) needs its Product (`productId`)',
    ],
    [
      'half a tax',
      { lineItems: [{ itemName: 'Audit', quantity: 1, unitPrice: 10, taxRate: 8 }] },
      'a tax needs its Tax Name (`taxName`), Tax Rate (`taxRate`) and Tax ID (`taxId`)',
    ],
    [
      'a due date before the issue date',
      { issueDate: '2026-11-20', dueDate: '2026-11-19' },
      'Due Date (`dueDate`) 2026-11-19 is before the Issue Date (`issueDate`) 2026-11-20.',
    ],
    [
      'no contact',
      { contactId: undefined },
      'Give a Contact (`contactId`) or a Contact Email (`contactEmail`): Create Invoice needs one of them.',
    ],
  ])('refuses %s before any request', async (_name, overrides, message) => {
    const seen = highLevel();
    await expect(run(createInvoice, invoiceInput(overrides))).rejects.toThrow(message);
    expect(seen).toHaveLength(0);
  });

  it('names an email no contact has, and creates nothing', async () => {
    const seen = highLevel();
    await expect(run(createInvoice, invoiceInput({ contactId: undefined, contactEmail: 'nobody@example.com' }))).rejects.toThrow(
      'No contact in this sub-account has the email nobody@example.com.',
    );
    expect(seen.some((r) => r.method === 'POST')).toBe(false);
  });

  it('sends taxes with their ID, name and rate', async () => {
    const seen = highLevel();
    await run(
      createInvoice,
      invoiceInput({
        lineItems: [{ itemName: 'Audit', quantity: 1, unitPrice: 100, taxName: 'Sales Tax', taxRate: '8.25', taxId: 'tax1' }],
      }),
    );
    expect((seen.find((r) => r.method === 'POST')!.body as any).items[0].taxes).toEqual([
      { _id: 'tax1', name: 'Sales Tax', rate: 8.25, calculation: 'exclusive' },
    ]);
  });
});

describe('Create and Send Invoice', () => {
  it('creates and sends in one request as the connected user, and outputs the payment link', async () => {
    const s = step('create_and_send_invoice');
    const seen = highLevel((req) =>
      req.template === '/invoices/text2pay'
        ? {
            status: 200,
            body: { invoice: { _id: 'inv2', status: 'sent', total: 1500 }, invoiceUrl: 'https://link.example.com/invoice/inv2' },
          }
        : undefined,
    );
    const result: any = await run(s, invoiceInput());
    const post = seen.find((r) => r.template === '/invoices/text2pay')!;
    expect(post.problems).toEqual([]);
    expect(post.body).toMatchObject({ action: 'send', userId: AUTH.userId, items: expect.any(Array) });
    expect(result).toMatchObject({ id: 'inv2', status: 'sent', paymentLink: 'https://link.example.com/invoice/inv2' });
  });
});

describe('Send Invoice, Record Invoice Payment, Void Invoice', () => {
  const answer: Answer = (req) =>
    req.method === 'POST' ? { status: 200, body: { invoice: { _id: 'inv1', status: 'sent', total: 1500 }, success: true } } : undefined;

  it('sends by the chosen channel as the connected user', async () => {
    const s = step('send_invoice');
    const seen = interceptHighLevel(answer);
    const result: any = await run(s, { invoiceId: 'inv1', action: 'sms_and_email', fromName: 'Rankr Billing' });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ path: '/invoices/inv1/send', problems: [] });
    expect(seen[0].body).toEqual({
      altId: AUTH.locationId,
      altType: 'location',
      action: 'sms_and_email',
      userId: AUTH.userId,
      liveMode: true,
      sentFrom: { fromName: 'Rankr Billing' },
    });
    expect(result).toMatchObject({ id: 'inv1', status: 'sent' });
  });

  it('records a payment with its method, time and note', async () => {
    const s = step('record_invoice_payment');
    const seen = interceptHighLevel(answer);
    await run(s, { invoiceId: 'inv1', amount: '1499.99', mode: 'cheque', chequeNumber: '0042', fulfilledAt: '2026-11-25 10:00' });
    expect(seen[0]).toMatchObject({ path: '/invoices/inv1/record-payment', problems: [] });
    expect(seen[0].body).toEqual({
      altId: AUTH.locationId,
      altType: 'location',
      amount: 1499.99,
      mode: 'cheque',
      cheque: { number: '0042' },
      notes: '',
      fulfilledAt: '2026-11-25T15:00:00.000Z',
    });
  });

  it.each([
    ['0', 0],
    ['-20', -20],
  ])('refuses a payment of %s before any request', async (amount, shown) => {
    const s = step('record_invoice_payment');
    const seen = interceptHighLevel(answer);
    await expect(run(s, { invoiceId: 'inv1', amount, mode: 'cash' })).rejects.toThrow(
      `Amount (\`amount\`) must be above 0 (it is ${shown})`,
    );
    expect(seen).toHaveLength(0);
  });

  it('voids the invoice in the connected sub-account', async () => {
    const s = step('void_invoice');
    const seen = interceptHighLevel((req) => (req.method === 'POST' ? { status: 200, body: { _id: 'inv1', status: 'void' } } : undefined));
    const result: any = await run(s, { invoiceId: 'inv1' });
    expect(seen[0]).toMatchObject({ path: '/invoices/inv1/void', body: { altId: AUTH.locationId, altType: 'location' }, problems: [] });
    expect(result).toMatchObject({ id: 'inv1', status: 'void' });
  });

  it('names the invoice HighLevel cannot find', async () => {
    const s = step('void_invoice');
    interceptHighLevel(() => ({ status: 404, body: { message: 'Invoice not found' } }));
    await expect(run(s, { invoiceId: 'gone1' })).rejects.toThrow(/Invoice gone1/);
  });
});

describe('Find Invoice', () => {
  const s = step('find_invoice');
  const INVOICES = [
    {
      _id: 'a',
      invoiceNumber: 10421,
      status: 'sent',
      totalSummary: { subTotal: 100, discount: 0, tax: 8 },
      contactDetails: { id: 'c1', name: 'Jane' },
    },
    { _id: 'b', invoiceNumber: 1042, status: 'sent', contactDetails: { id: 'c1', name: 'Jane' } },
  ];

  it('finds only the exact number', async () => {
    const seen = interceptHighLevel(() => ({ status: 200, body: { invoices: INVOICES, total: 2 } }));
    const result: any[] = (await run(s, { invoiceNumber: '1042' })) as any;
    expect(seen[0].query).toMatchObject({ search: '1042', altId: AUTH.locationId, sortField: 'issueDate', sortOrder: 'descend' });
    expect(result.map((i) => i.id)).toEqual(['b']);
  });

  it("lists a contact's invoices with their totals", async () => {
    interceptHighLevel(() => ({ status: 200, body: { invoices: INVOICES, total: 2 } }));
    const result: any[] = (await run(s, { contactId: 'c1', status: 'sent' })) as any;
    expect(result[0]).toMatchObject({ id: 'a', subTotal: 100, taxTotal: 8, discountTotal: 0, contactName: 'Jane' });
  });

  it('asks for something to find by', async () => {
    const seen = interceptHighLevel();
    await expect(run(s, {})).rejects.toThrow(
      'Give an Invoice Number (`invoiceNumber`), a Contact (`contactId`) or a Status (`status`): Find Invoice needs one of them.',
    );
    expect(seen).toHaveLength(0);
  });
});

describe('Products', () => {
  it('Create Product makes the product, then its one price', async () => {
    const s = step('create_product');
    const seen = interceptHighLevel((req) =>
      req.template === '/products/'
        ? { status: 201, body: { ...PRODUCT, ...(req.body as object) } }
        : req.template === '/products/{productId}/price'
          ? { status: 201, body: { _id: 'price9', ...(req.body as object) } }
          : undefined,
    );
    const result: any = await run(s, {
      name: 'Citation cleanup',
      productType: 'SERVICE',
      amount: '299',
      currency: 'usd',
      interval: 'month',
    });
    expect(seen.map((r) => `${r.method} ${r.path} ${r.problems.length}`)).toEqual(['POST /products/ 0', 'POST /products/prod1/price 0']);
    expect(seen[1].body).toEqual({
      locationId: AUTH.locationId,
      name: 'Citation cleanup',
      currency: 'USD',
      amount: 299,
      type: 'recurring',
      recurring: { interval: 'month', intervalCount: 1 },
    });
    expect(result).toMatchObject({ id: 'prod1', priceId: 'price9', amount: 299, currency: 'USD', priceType: 'recurring' });
  });

  it('Create Product checks the price before making anything', async () => {
    const s = step('create_product');
    const seen = interceptHighLevel();
    await expect(run(s, { name: 'X', productType: 'SERVICE', amount: '9.999', currency: 'USD' })).rejects.toThrow(
      'Price (`amount`) 9.999 has more decimals than USD has (2)',
    );
    await expect(run(s, { name: 'X', productType: 'SERVICE', amount: '9', currency: 'USD', intervalCount: 3 })).rejects.toThrow(
      'Number of Periods (`intervalCount`) is for recurring prices',
    );
    expect(seen).toHaveLength(0);
  });

  it('Find Product puts the exact name first', async () => {
    const s = step('find_product');
    interceptHighLevel(() => ({
      status: 200,
      body: {
        products: [
          { _id: 'p2', name: 'SEO audit plus', createdAt: '2026-11-02T00:00:00Z' },
          { _id: 'p1', name: 'SEO Audit', createdAt: '2026-11-01T00:00:00Z' },
        ],
      },
    }));
    const result: any[] = (await run(s, { name: 'seo audit' })) as any;
    expect(result.map((p) => p.id)).toEqual(['p1', 'p2']);
  });

  it('the Price dropdown lists the chosen product, or every priced variant labelled by product', async () => {
    const s = step('list_product_prices');
    let seen = interceptHighLevel(() => ({ status: 200, body: { prices: PRICES, total: 2 } }));
    let result: any[] = (await run(s, { productId: 'prod1' })) as any;
    expect(seen[0].path).toBe('/products/prod1/price');
    expect(result.map((p) => p.name)).toEqual(['Single (150 USD)', 'Bundle of 5 (600 USD)']);
    seen = interceptHighLevel(() => ({
      status: 200,
      body: { inventory: [{ _id: 'price1', name: 'Single', productName: 'Citation cleanup', product: 'prod1' }] },
    }));
    result = (await run(s, {})) as any;
    expect(seen[0]).toMatchObject({ path: '/products/inventory', problems: [] });
    expect(result).toEqual([expect.objectContaining({ id: 'price1', name: 'Citation cleanup › Single' })]);
  });
});

describe('Estimates', () => {
  it('Create Estimate sends the mapped rows, the contact and one-off frequency settings', async () => {
    const s = step('create_estimate');
    const seen = highLevel((req) =>
      req.template === '/invoices/estimate' ? { status: 201, body: { _id: 'est1', status: 'draft', ...(req.body as object) } } : undefined,
    );
    const expiryDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10); // in the future on any run
    const result: any = await run(s, { ...invoiceInput(), name: 'SEO proposal', expiryDate, estimateNumber: '1001' });
    const post = seen.find((r) => r.template === '/invoices/estimate')!;
    expect(post.problems).toEqual([]);
    expect(post.body).toMatchObject({
      name: 'SEO proposal',
      currency: 'USD',
      estimateNumber: 1001,
      expiryDate,
      title: 'ESTIMATE',
      frequencySettings: { enabled: false, schedule: {} },
      contactDetails: { id: CONTACT.id },
      items: [
        { name: 'Local SEO package', amount: 1200, qty: 1 },
        { name: 'Citation cleanup', amount: 150, qty: 2, priceId: 'price1' },
      ],
    });
    expect(result).toMatchObject({ id: 'est1', status: 'draft', contactId: CONTACT.id });
  });

  it('Convert Estimate to Invoice outputs the new invoice and the estimate it came from', async () => {
    const s = step('convert_estimate_to_invoice');
    const seen = interceptHighLevel(() => ({
      status: 200,
      body: { estimate: { _id: 'est1', status: 'invoiced' }, invoice: { _id: 'inv9', status: 'draft', total: 1500 } },
    }));
    const result: any = await run(s, { estimateId: 'est1' });
    expect(seen[0]).toMatchObject({
      path: '/invoices/estimate/est1/invoice',
      body: { altId: AUTH.locationId, altType: 'location', markAsInvoiced: true },
      problems: [],
    });
    expect(result).toMatchObject({ id: 'inv9', total: 1500, estimateId: 'est1', estimateStatus: 'invoiced' });
  });

  it('New Estimate reads one page of recent estimates, newest first', async () => {
    const s = step('new_estimate');
    const seen = interceptHighLevel(() => ({
      status: 200,
      body: {
        estimates: [
          { _id: 'old', createdAt: '2026-11-19T10:00:00Z' },
          { _id: 'new', createdAt: '2026-11-20T10:00:00Z' },
          'not an estimate',
        ],
        total: 3,
      },
    }));
    const result: any[] = (await perform(s, bundleFor(s, { inputData: {}, meta: { timezone: 'America/New_York', limit: 100 } }))) as any;
    expect(seen).toHaveLength(1);
    expect(seen[0].query).toMatchObject({
      altId: AUTH.locationId,
      altType: 'location',
      offset: '0',
      limit: '100',
      startAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      endAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(result.map((e) => e.id)).toEqual(['new', 'old']);
  });
});
