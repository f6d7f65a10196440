// Estimates (quotes): created with line items like invoices, sent, converted to an invoice. They
// live in HighLevel's invoices document; `_id` is the estimate ID, every item also gets `id`.
import type { Bundle, ZObject } from 'zapier-platform-core';
import { recordIn } from '../highlevel/answers';
import type { FieldSpec } from '../steps/fields';
import {
  BUSINESS_CALL,
  billedSample,
  billedContactFields,
  billingBody,
  CATALOGUE_CALLS,
  CONTACT_CALLS,
  currencyField,
  dateField,
  discountFields,
  lineItemsField,
  withBilledContact,
} from './billing';

export const ESTIMATE_SCOPES = { read: ['invoices/estimate.readonly'], write: ['invoices/estimate.write'] };

export const presentEstimate = withBilledContact;

export const estimateIn = (data: unknown) => presentEstimate(recordIn(data, 'estimate') ?? {});

export const estimateIdField: FieldSpec = {
  key: 'estimateId',
  label: 'Estimate',
  required: true,
  dynamic: 'new_estimate.id.name',
  example: '67ac9a51106ee8311e911a2b',
  helpText: 'The HighLevel estimate. Pick one, or map an Estimate ID from an earlier step (for example Create Estimate or New Estimate).',
};

export const estimateFields: FieldSpec[] = [
  {
    key: 'name',
    label: 'Estimate Name',
    required: true,
    example: 'Local SEO - proposal for Acme',
    helpText: 'What the estimate is for, shown in HighLevel and to the client.',
  },
  ...billedContactFields.map((f) =>
    f.key === 'contactId'
      ? { ...f, helpText: 'The contact the estimate is for. Pick one or map a Contact ID; or leave empty and give Contact Email.' }
      : f,
  ),
  currencyField,
  lineItemsField('estimate'),
  dateField('issueDate', 'Issue Date', 'The day the estimate is issued. Leave empty for today in your Zapier time zone.'),
  dateField('expiryDate', 'Expiry Date', 'The last day the client can accept it. Leave empty for none.', '2026-12-20'),
  {
    key: 'estimateNumber',
    label: 'Estimate Number',
    type: 'integer',
    in: 'none',
    example: 1001,
    helpText: "The estimate's number. Leave empty for the sub-account's next number, which HighLevel assigns.",
  },
  {
    key: 'title',
    label: 'Title',
    in: 'none',
    example: 'ESTIMATE',
    helpText: 'The heading printed on the estimate, like ESTIMATE or QUOTE. Leave empty for ESTIMATE.',
  },
  {
    key: 'termsNotes',
    label: 'Terms and Notes',
    type: 'text',
    in: 'none',
    example: 'Valid for 30 days.',
    helpText: 'Terms or a note printed at the bottom of the estimate (HTML allowed).',
  },
  ...discountFields,
  {
    key: 'liveMode',
    label: 'Live Mode',
    type: 'boolean',
    in: 'none',
    default: 'true',
    example: true,
    helpText: 'Yes for a real estimate; No makes a test-mode one.',
  },
];

export const ESTIMATE_CREATE_CALLS = [...CONTACT_CALLS, BUSINESS_CALL, ...CATALOGUE_CALLS];

/** HighLevel's estimate body: what invoices share; HighLevel numbers it when no number is given. */
export const estimateBody = async (z: ZObject, bundle: Bundle, input: Record<string, any>) => ({
  ...(await billingBody(z, bundle, input, { key: 'expiryDate', label: 'Expiry Date' }, 'ESTIMATE')),
  ...(input.estimateNumber !== undefined ? { estimateNumber: input.estimateNumber } : {}),
  // One-off estimates: HighLevel requires the recurring settings, off.
  frequencySettings: { enabled: false, schedule: {} },
});

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
  contactId: billedSample.contactId,
  contactName: billedSample.contactName,
  contactEmail: billedSample.contactEmail,
  contactDetails: billedSample.contactDetails,
  items: billedSample.lines,
  createdAt: '2026-11-20T09:31:30.255Z',
  updatedAt: '2026-11-20T09:31:30.255Z',
};

export const estimateLabels = {
  id: 'Estimate ID',
  _id: 'Estimate ID (HighLevel)',
  name: 'Estimate Name',
  estimateNumber: 'Estimate Number',
  status: 'Status',
  total: 'Total',
  issueDate: 'Issue Date',
  expiryDate: 'Expiry Date',
  contactId: 'Contact ID',
  contactName: 'Contact Name',
  contactEmail: 'Contact Email',
  'items[]name': 'Line Item Names',
  'items[]qty': 'Line Item Quantities',
  'items[]amount': 'Line Item Unit Prices',
};

/** How many days back New Estimate looks (the list documents no sort; see the trigger). */
export const ESTIMATE_POLL_DAYS = 2;
