// What invoices and estimates share: the line items (Zapier line items, or products and prices
// from the catalogue), currency and money checks, the contact billed, the sub-account's business
// details and dates in the user's time zone. Every check runs before the step's first request.
// Money is in major units (1500.50 = $1,500.50), as HighLevel's documents show (item amount 999
// for a $999 product); nothing is rounded or converted here.
import type { Bundle, ZObject } from 'zapier-platform-core';
import { isObject, recordIn } from '../highlevel/answers';
import { compact, connectedLocation, ghl } from '../highlevel/request';
import { invalidInput, type FieldSpec } from '../steps/fields';
import { dayInZone } from '../steps/time';
import { CONTACT_SCOPES, contactIdField, presentContact, userIdField } from './contacts';
import { connectedAlt } from './payments';

export const PRODUCT_SCOPES = {
  read: ['products.readonly'], write: ['products.write'],
  prices: { read: ['products/prices.readonly'], write: ['products/prices.write'] },
};

// ---- Currency and money ----

/** ISO 4217 codes, the ones HighLevel's payment providers take. */
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export const currencyOf = (value: unknown, label = 'Currency (`currency`)'): string => {
  const code = String(value ?? '').trim().toUpperCase();
  if (!CURRENCIES.has(code)) {
    throw invalidInput(`${label} ${String(value)} is not a currency HighLevel takes: use a three-letter ISO 4217 code, like USD, EUR or GBP.`);
  }
  return code;
};

const decimalsOf = (currency: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;

/** Refuses an amount with more decimals than its currency has: HighLevel would round it. */
export const checkMoney = (amount: number, currency: string, label: string): number => {
  const text = String(amount);
  const decimals = decimalsOf(currency);
  const given = /e/i.test(text) ? Infinity : (text.split('.')[1] ?? '').length;
  if (given > decimals) {
    throw invalidInput(`${label} ${text} has more decimals than ${currency} has (${decimals}); HighLevel would round it. Give the amount in ${currency} with at most ${decimals} decimals.`);
  }
  return amount;
};

export const currencyField: FieldSpec = {
  key: 'currency', label: 'Currency', required: true, example: 'USD', default: 'USD',
  help: 'Three-letter ISO 4217 code of the currency every amount is in, like USD, EUR or GBP. Amounts are never converted: a line item or price in another currency is refused.',
};

export const MONEY_HELP = 'in major units of the currency (1500.50 means $1,500.50, not cents), as HighLevel expects';

// ---- Line items ----

export const LINE_ITEMS_KEY = 'lineItems';

export const lineItemsField = (noun: string): FieldSpec => ({
  key: LINE_ITEMS_KEY, label: 'Line Items', required: true, in: 'none',
  // Zapier shows no help on a line-item group (its schema forbids it); Item Name's help says how to map rows.
  help: `The ${noun}'s lines: each a name and unit price, or a product (and price) from HighLevel's catalogue.`,
  children: [
    {
      key: 'itemName', label: 'Item Name', example: 'Local SEO package',
      help: "What the line is for, as the client sees it; leave empty to use the product's name. To bill an order's rows, map its line items here and in the fields below: each row becomes one line.",
    },
    { key: 'itemDescription', label: 'Item Description', type: 'text', help: 'More about the line, shown under its name.', example: 'Monthly on-page and local listings work' },
    {
      key: 'productId', label: 'Product', dynamic: 'new_product.id.name', example: '655b33a82209e60b6adb87a5',
      help: "A product of the sub-account's catalogue. Pick one or map a Product ID; its name and price fill in what the line leaves empty.",
    },
    {
      key: 'priceId', label: 'Price', dynamic: 'list_product_prices.id.name', example: '655b33aa2209e60b6adb87a7',
      help: "One of the product's prices. Needed when the product has several prices and the line gives no Unit Price.",
    },
    { key: 'quantity', label: 'Quantity', type: 'number', required: true, example: 2, help: 'How many units, like 1 or 2.5. Must be a number above 0.' },
    { key: 'unitPrice', label: 'Unit Price', type: 'number', example: 750, help: `Price of one unit, ${MONEY_HELP}. Leave empty to use the product's price.` },
    { key: 'itemCurrency', label: 'Item Currency', example: 'USD', help: "The line's currency, when the order gives one: it must be the same as the Currency above (nothing is converted)." },
    { key: 'taxName', label: 'Tax Name', example: 'Sales Tax', help: 'Name of a tax on this line, like Sales Tax. Give it with Tax Rate and Tax ID.' },
    { key: 'taxRate', label: 'Tax Rate (%)', type: 'number', example: 8.25, help: 'The tax as a percentage of the line, like 8.25.' },
    { key: 'taxId', label: 'Tax ID', example: '654492a4e6bef380114de15a', help: "HighLevel's ID of the tax, from Payments › Settings › Taxes in the sub-account." },
  ],
  example: [
    { itemName: 'Local SEO package', itemDescription: 'Monthly on-page and local listings work', quantity: 1, unitPrice: 1200, itemCurrency: 'USD', taxName: 'Sales Tax', taxRate: 8.25, taxId: '654492a4e6bef380114de15a' },
    { productId: '655b33a82209e60b6adb87a5', priceId: '655b33aa2209e60b6adb87a7', quantity: 2, unitPrice: 150 },
  ],
});

type Row = Record<string, any>;

/** Checks every line before any request: quantities, prices, currencies and taxes. */
const checkRows = (rows: Row[], currency: string): (Row & { where: string })[] =>
  rows.map((row, i) => {
    const where = rows.length > 1 ? `Line Items (\`lineItems\`), row ${i + 1}` : 'Line Items (`lineItems`)';
    if (row.quantity <= 0) throw invalidInput(`${where}: Quantity (\`quantity\`) must be above 0 (it is ${row.quantity}).`);
    if (row.unitPrice !== undefined) {
      if (row.unitPrice < 0) throw invalidInput(`${where}: Unit Price (\`unitPrice\`) cannot be negative; use the Discount fields instead.`);
      checkMoney(row.unitPrice, currency, `${where}: Unit Price (\`unitPrice\`)`);
    }
    if (row.itemCurrency !== undefined && currencyOf(row.itemCurrency, `${where}: Item Currency (\`itemCurrency\`)`) !== currency) {
      throw invalidInput(`${where} is in ${String(row.itemCurrency).toUpperCase()} but the Currency is ${currency}: HighLevel bills one currency and nothing is converted.`);
    }
    if (row.priceId && !row.productId) throw invalidInput(`${where}: a Price (\`priceId\`) needs its Product (\`productId\`); choose the product too.`);
    if (!row.productId && row.unitPrice === undefined) throw invalidInput(`${where}: give a Unit Price (\`unitPrice\`), or choose a Product (\`productId\`).`);
    if (!row.productId && !row.itemName) throw invalidInput(`${where}: give an Item Name (\`itemName\`), or choose a Product (\`productId\`).`);
    const tax = [row.taxName, row.taxRate, row.taxId];
    if (tax.some((v) => v !== undefined) && tax.some((v) => v === undefined)) {
      throw invalidInput(`${where}: a tax needs its Tax Name (\`taxName\`), Tax Rate (\`taxRate\`) and Tax ID (\`taxId\`).`);
    }
    return { ...row, where };
  });

/** The line's product and price, read only when the line leaves its name or unit price empty. */
const catalogueLookup = (z: ZObject, bundle: Bundle) => {
  const products = new Map<string, Promise<Record<string, any>>>();
  const prices = new Map<string, Promise<Record<string, any>[]>>();
  return {
    product: (productId: string) => {
      if (!products.has(productId)) {
        products.set(productId, ghl(z, bundle, 'GET /products/{productId}', {
          path: { productId }, location: 'query', what: `Product ${productId}`,
        }).then((data) => recordIn(data, 'product') ?? {}));
      }
      return products.get(productId)!;
    },
    prices: (productId: string, priceId?: string) => {
      const key = `${productId}/${priceId ?? ''}`;
      if (!prices.has(key)) {
        prices.set(key, ghl(z, bundle, 'GET /products/{productId}/price', {
          path: { productId }, location: 'query', query: { ids: priceId }, what: `Product ${productId}`,
        }).then((data) => (Array.isArray(data?.prices) ? data.prices : []).filter((p: unknown) => p && typeof p === 'object')));
      }
      return prices.get(key)!;
    },
  };
};

export const CATALOGUE_CALLS = [
  { endpoint: 'GET /products/{productId}' as const, scopes: PRODUCT_SCOPES.read },
  { endpoint: 'GET /products/{productId}/price' as const, scopes: PRODUCT_SCOPES.prices.read },
];

/** The price a line uses when it gives no unit price: the chosen one, or the product's only price. */
const priceOf = async (catalogue: ReturnType<typeof catalogueLookup>, row: Row & { where: string }) => {
  const found = await catalogue.prices(row.productId, row.priceId);
  const chosen = row.priceId ? found.find((p) => (p._id ?? p.id) === row.priceId) : found.length === 1 ? found[0] : undefined;
  if (chosen) return chosen;
  if (row.priceId) throw invalidInput(`${row.where}: Price ${row.priceId} is not a price of Product ${row.productId}.`);
  if (!found.length) throw invalidInput(`${row.where}: Product ${row.productId} has no price; give a Unit Price.`);
  const names = found.map((p) => `${p.name ?? p._id} (${p.amount} ${p.currency})`).join(', ');
  throw invalidInput(`${row.where}: Product ${row.productId} has ${found.length} prices (${names}); choose a Price or give a Unit Price.`);
};

/** HighLevel's items (InvoiceItemDto) for the checked lines, filling names and prices from the catalogue. */
export const lineItems = async (z: ZObject, bundle: Bundle, rows: Row[], currency: string) => {
  const checked = checkRows(rows, currency);
  const catalogue = catalogueLookup(z, bundle);
  return Promise.all(checked.map(async (row) => {
    let amount = row.unitPrice;
    if (amount === undefined) {
      const price = await priceOf(catalogue, row);
      if (String(price.currency ?? '').toUpperCase() !== currency) {
        throw invalidInput(`${row.where}: the product's price is in ${price.currency} but the Currency is ${currency}; nothing is converted. Give a Unit Price in ${currency}.`);
      }
      amount = price.amount;
    }
    const name = row.itemName ?? (await catalogue.product(row.productId)).name;
    if (!name) throw invalidInput(`${row.where}: Product ${row.productId} has no name; give an Item Name.`);
    return compact({
      name,
      description: row.itemDescription,
      productId: row.productId,
      priceId: row.priceId,
      currency,
      amount,
      qty: row.quantity,
      taxes: row.taxId ? [{ _id: row.taxId, name: row.taxName, rate: row.taxRate, calculation: 'exclusive' }] : undefined,
    });
  }));
};

// ---- Discount ----

export const discountFields: FieldSpec[] = [
  { key: 'discountType', label: 'Discount Type', in: 'none', choices: { percentage: 'Percentage', fixed: 'Fixed Amount' }, example: 'percentage', help: 'How Discount Value reads: a percentage of the total, or a fixed amount in the currency.' },
  { key: 'discountValue', label: 'Discount Value', type: 'number', in: 'none', example: 10, help: `The discount: a percentage like 10, or a fixed amount ${MONEY_HELP}. Leave empty for none.` },
];

export const discountOf = (input: Row, currency: string) => {
  const value = input.discountValue ?? 0;
  if (value < 0) throw invalidInput('Discount Value (`discountValue`) cannot be negative.');
  const type = input.discountType ?? 'percentage';
  if (type === 'percentage' && value > 100) throw invalidInput('Discount Value (`discountValue`) is a percentage here and cannot be above 100.');
  if (type === 'fixed') checkMoney(value, currency, 'Discount Value (`discountValue`)');
  return { type, value };
};

// ---- The contact billed ----

export const billedContactFields: FieldSpec[] = [
  { ...contactIdField, required: false, in: 'none', help: 'The contact billed. Pick one or map a Contact ID; or leave empty and give Contact Email.' },
  { key: 'contactEmail', label: 'Contact Email', type: 'email', in: 'none', example: 'jane@example.com', help: 'Used when no Contact is chosen: the contact with this email in the sub-account is billed.' },
];

export const CONTACT_CALLS = [
  { endpoint: 'GET /contacts/{contactId}' as const, scopes: CONTACT_SCOPES.read },
  { endpoint: 'GET /contacts/search/duplicate' as const, scopes: CONTACT_SCOPES.read },
];

/** A billing step names its contact by ID or by email (declared as the steps' `needsOneOf`). */
export const BILLED_CONTACT = ['contactId', 'contactEmail'];

/** The contact as HighLevel's contactDetails and sentTo want it, read from the sub-account. */
export const billedContact = async (z: ZObject, bundle: Bundle, input: Row) => {
  let contact: Record<string, any> | undefined;
  if (input.contactId) {
    const data = await ghl(z, bundle, 'GET /contacts/{contactId}', { path: { contactId: input.contactId }, what: `Contact ${input.contactId}` });
    contact = recordIn(data, 'contact');
  } else {
    const data = await ghl(z, bundle, 'GET /contacts/search/duplicate', { location: 'query', query: { email: input.contactEmail } });
    contact = data?.contact ?? undefined;
    if (!contact) throw new z.errors.Error(`No contact in this sub-account has the email ${input.contactEmail}. Create the contact first (for example with Find or Create Contact), or choose one.`, 'NotFound', 404);
  }
  const c: Record<string, any> = presentContact(contact ?? {});
  const email = c.email ?? '';
  const phone = c.phone ?? '';
  return {
    contactDetails: compact({
      id: c.id ?? input.contactId, name: c.name ?? '', email, phoneNo: phone, companyName: c.companyName,
    }) as Record<string, unknown>,
    sentTo: { email: email ? [email] : [], ...(phone ? { phoneNo: [phone] } : {}) },
  };
};

// ---- The business billing ----

export const BUSINESS_CALL = { endpoint: 'GET /locations/{locationId}' as const, scopes: ['locations.readonly'] };

/** The sub-account's business as the invoice's sender, as HighLevel's own invoice editor fills it. */
export const businessDetails = async (z: ZObject, bundle: Bundle) => {
  const data = await ghl(z, bundle, 'GET /locations/{locationId}', { path: { locationId: connectedLocation(bundle) }, what: 'The sub-account' });
  const l = recordIn(data, 'location') ?? {};
  const address = compact({ addressLine1: l.address, city: l.city, state: l.state, countryCode: l.country, postalCode: l.postalCode });
  return compact({
    name: l.name, phoneNo: l.phone, website: l.website, logoUrl: l.logoUrl,
    address: Object.keys(address).length ? address : undefined,
  });
};

// ---- Dates, in the user's time zone ----

/** The day a Zapier date or datetime falls on in the user's time zone (HighLevel wants YYYY-MM-DD). */
export const dayOf = (iso: string | undefined, bundle: Bundle): string | undefined =>
  iso === undefined ? undefined : dayInZone(Date.parse(iso), bundle.meta?.timezone);

export const today = (bundle: Bundle) => dayInZone(Date.now(), bundle.meta?.timezone);

export const dateField = (key: string, label: string, help: string, example = '2026-11-20'): FieldSpec => ({
  key, label, type: 'datetime', in: 'none', example,
  help: `${help} A date like 2026-11-20 (or a date and time, read as the day it falls on in your Zapier time zone).`,
});

/** Issue and due (or expiry) days; a due day before the issue day is refused. */
export const billingDays = (input: Row, bundle: Bundle, endKey: string, endLabel: string) => {
  const issueDate = dayOf(input.issueDate, bundle) ?? today(bundle);
  const end = dayOf(input[endKey], bundle);
  if (end && end < issueDate) throw invalidInput(`${endLabel} (\`${endKey}\`) ${end} is before the Issue Date (\`issueDate\`) ${issueDate}.`);
  return { issueDate, end };
};

// ---- The body both share ----

/**
 * What an invoice or estimate body shares, from the checked input: every check first (currency,
 * discount, days, contact, lines), then the catalogue, the contact and the business. `end` names the
 * due (or expiry) day's key, its label and HighLevel's key.
 */
export const billingBody = async (
  z: ZObject, bundle: Bundle, input: Row, end: { key: string; label: string }, title: string,
) => {
  const currency = currencyOf(input.currency);
  const discount = discountOf(input, currency);
  const { issueDate, end: endDay } = billingDays(input, bundle, end.key, end.label);
  const items = await lineItems(z, bundle, input.lineItems, currency);
  const { contactDetails, sentTo } = await billedContact(z, bundle, input);
  return {
    ...connectedAlt(bundle),
    name: input.name,
    businessDetails: await businessDetails(z, bundle),
    currency,
    items,
    discount,
    contactDetails,
    sentTo,
    issueDate,
    ...(endDay ? { [end.key]: endDay } : {}),
    title: input.title ?? title,
    ...(input.termsNotes ? { termsNotes: input.termsNotes } : {}),
    liveMode: input.liveMode ?? true,
  };
};

// ---- Output ----

/** The billed contact at the top level of an invoice or estimate, as Zaps map it. */
export const withBilledContact = (r: Record<string, any>) => {
  const contact = isObject(r.contactDetails) ? r.contactDetails : {};
  return { ...r, id: r._id ?? r.id, contactId: contact.id, contactName: contact.name, contactEmail: contact.email };
};

/** What invoice and estimate samples share: the contact and two lines (one typed, one from the catalogue). */
export const billedSample = {
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  contactName: 'Jane Doe',
  contactEmail: 'jane@example.com',
  contactDetails: { id: 'seD4PfOuKoVMLkEZqohJ', name: 'Jane Doe', email: 'jane@example.com', phoneNo: '+14155550123' },
  lines: [
    { name: 'Local SEO package', description: 'Monthly on-page and local listings work', qty: 1, amount: 1200, currency: 'USD' },
    { name: 'Citation cleanup', productId: '655b33a82209e60b6adb87a5', priceId: '655b33aa2209e60b6adb87a7', qty: 2, amount: 150, currency: 'USD' },
  ],
};

// ---- Sending ----

export const SEND_ACTIONS = {
  email: 'Email', sms: 'SMS', sms_and_email: 'Email and SMS', send_manually: 'Mark as Sent (send it yourself)',
};

export const sendFields = (noun: string): FieldSpec[] => [
  { key: 'action', label: 'Send By', required: true, choices: SEND_ACTIONS, default: 'email', example: 'email', help: `How HighLevel sends the ${noun} to its contact: email, SMS, both, or mark it sent without sending (you share the link yourself).` },
  { ...userIdField('userId', 'Sent By User', `The HighLevel user the ${noun} is sent as; replies and updates go to them. Leave empty for the user who connected HighLevel.`), in: 'none' },
  { key: 'fromName', label: 'From Name', as: 'sentFrom.fromName', example: 'Acme Plumbing Billing', help: 'Sender name on the email. Leave empty for the sub-account default.' },
  { key: 'fromEmail', label: 'From Email', type: 'email', as: 'sentFrom.fromEmail', example: 'billing@acmeplumbing.com', help: 'Sender email address. Leave empty for the sub-account default.' },
  { key: 'liveMode', label: 'Live Mode', type: 'boolean', default: 'true', example: true, help: 'Yes for real payments; No sends it in test mode.' },
];

/** The user a step acts as: the one chosen, else the connection's own. */
export const actingUser = (input: Row, bundle: Bundle): string => {
  const userId = input.userId ?? bundle.authData?.userId;
  if (!userId) throw invalidInput('Choose the Sent By User (`userId`): this HighLevel connection names no user.');
  return userId;
};
