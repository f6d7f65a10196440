// Estimates (quotes): created with line items like invoices, sent, converted to an invoice. They
// live in HighLevel's invoices document; `_id` is the estimate ID, every item also gets `id`.
import type { Bundle, ZObject } from 'zapier-platform-core';
import { isObject, recordIn } from '../highlevel/answers';
import type { FieldSpec } from '../steps/fields';
import {
  BUSINESS_CALL, billedContact, billedContactFields, billingDays, businessDetails, CATALOGUE_CALLS, CONTACT_CALLS,
  checkBilledContact, currencyField, currencyOf, dateField, discountFields, discountOf, lineItems, lineItemsField,
} from './billing';
import { connectedAlt } from './payments';

export const ESTIMATE_SCOPES = { read: ['invoices/estimate.readonly'], write: ['invoices/estimate.write'] };

export const presentEstimate = (e: Record<string, any>) => {
  const contact = isObject(e.contactDetails) ? e.contactDetails : {};
  return { ...e, id: e._id ?? e.id, contactId: contact.id, contactName: contact.name, contactEmail: contact.email };
};

export const estimateIn = (data: unknown) => presentEstimate(recordIn(data, 'estimate') ?? {});

export const estimateIdField: FieldSpec = {
  key: 'estimateId', label: 'Estimate', required: true, dynamic: 'new_estimate.id.name', example: '67ac9a51106ee8311e911a2b',
  help: 'The HighLevel estimate. Pick one, or map an Estimate ID from an earlier step (for example Create Estimate or New Estimate).',
};

export const estimateFields: FieldSpec[] = [
  { key: 'name', label: 'Estimate Name', required: true, example: 'Local SEO - proposal for Acme', help: 'What the estimate is for, shown in HighLevel and to the client.' },
  ...billedContactFields.map((f) => (f.key === 'contactId' ? { ...f, help: 'The contact the estimate is for. Pick one or map a Contact ID; or leave empty and give Contact Email.' } : f)),
  currencyField,
  lineItemsField('estimate'),
  dateField('issueDate', 'Issue Date', 'The day the estimate is issued. Leave empty for today in your Zapier time zone.'),
  dateField('expiryDate', 'Expiry Date', 'The last day the client can accept it. Leave empty for none.', '2026-12-20'),
  { key: 'estimateNumber', label: 'Estimate Number', type: 'integer', in: 'none', example: 1001, help: "The estimate's number. Leave empty for the sub-account's next number, which HighLevel assigns." },
  { key: 'title', label: 'Title', in: 'none', example: 'ESTIMATE', help: 'The heading printed on the estimate, like ESTIMATE or QUOTE. Leave empty for ESTIMATE.' },
  { key: 'termsNotes', label: 'Terms and Notes', type: 'text', in: 'none', example: 'Valid for 30 days.', help: 'Terms or a note printed at the bottom of the estimate (HTML allowed).' },
  ...discountFields,
  { key: 'liveMode', label: 'Live Mode', type: 'boolean', in: 'none', default: 'true', example: true, help: 'Yes for a real estimate; No makes a test-mode one.' },
];

export const ESTIMATE_CREATE_CALLS = [...CONTACT_CALLS, BUSINESS_CALL, ...CATALOGUE_CALLS];

/** HighLevel's estimate body: every check first, then the lines, the contact and the business. */
export const estimateBody = async (z: ZObject, bundle: Bundle, input: Record<string, any>) => {
  const currency = currencyOf(input.currency);
  const discount = discountOf(input, currency);
  const { issueDate, end: expiryDate } = billingDays(input, bundle, 'expiryDate', 'Expiry Date');
  checkBilledContact(input);
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
    ...(expiryDate ? { expiryDate } : {}),
    ...(input.estimateNumber !== undefined ? { estimateNumber: input.estimateNumber } : {}),
    title: input.title ?? 'ESTIMATE',
    ...(input.termsNotes ? { termsNotes: input.termsNotes } : {}),
    liveMode: input.liveMode ?? true,
    // One-off estimates: HighLevel requires the recurring settings, off.
    frequencySettings: { enabled: false, schedule: {} },
  };
};

export const estimateSample = {
  id: '67ac9a51106ee8311e911a2b',
  _id: '67ac9a51106ee8311e911a2b',
  altId: 've9EPM428h8vShlRW1KT',
  altType: 'location',
  name: 'Local SEO - proposal for Acme',
  title: 'ESTIMATE',
  estimateNumber: 1001,
  estimateNumberPrefix: 'EST-',
  status: 'draft',
  liveMode: true,
  currency: 'USD',
  total: 1500,
  issueDate: '2026-11-20T00:00:00.000Z',
  expiryDate: '2026-12-20T00:00:00.000Z',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  contactName: 'Jane Doe',
  contactEmail: 'jane@example.com',
  contactDetails: { id: 'seD4PfOuKoVMLkEZqohJ', name: 'Jane Doe', email: 'jane@example.com', phoneNo: '+14155550123' },
  items: [
    { name: 'Local SEO package', description: 'Monthly on-page and local listings work', qty: 1, amount: 1200, currency: 'USD' },
    { name: 'Citation cleanup', productId: '655b33a82209e60b6adb87a5', priceId: '655b33aa2209e60b6adb87a7', qty: 2, amount: 150, currency: 'USD' },
  ],
  createdAt: '2026-11-20T09:31:30.255Z',
  updatedAt: '2026-11-20T09:31:30.255Z',
};

export const estimateLabels = {
  id: 'Estimate ID', _id: 'Estimate ID (HighLevel)', name: 'Estimate Name', estimateNumber: 'Estimate Number', status: 'Status',
  total: 'Total', issueDate: 'Issue Date', expiryDate: 'Expiry Date', contactId: 'Contact ID', contactName: 'Contact Name',
  contactEmail: 'Contact Email', 'items[]name': 'Line Item Names', 'items[]qty': 'Line Item Quantities', 'items[]amount': 'Line Item Unit Prices',
};

/** How many days back New Estimate looks (the list documents no sort; see the trigger). */
export const ESTIMATE_POLL_DAYS = 2;
