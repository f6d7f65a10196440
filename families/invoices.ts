// Invoices family: HighLevel names the sub-account `altId` (with `altType=location`) and the invoice ID
// `_id`; every item also gets `id`, and the contact's ID, name and email at the top level.
import type { Bundle, ZObject } from 'zapier-platform-core';
import { isObject, recordIn } from '../highlevel/answers';
import { ghl } from '../highlevel/request';
import type { TriggerSpec } from '../steps/define';
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
import { connectedAlt } from './payments';

export const INVOICE_SCOPES = { read: ['invoices.readonly'], write: ['invoices.write'] };

/**
 * The poll's one request: the first page, latest issue date first (the documented sort). No date
 * range: an invoice issued months ago can be paid today, and the sort already puts new ones first.
 */
const invoicePoll = (bundle: Bundle, { limit }: { limit: number }, status?: string) => ({
  query: { ...connectedAlt(bundle), offset: 0, limit, sortField: 'issueDate', sortOrder: 'descend', ...(status ? { status } : {}) },
});

/** An invoice as Zap steps map it: `id`, the contact at the top level, totals, the payment link where given. */
export const presentInvoice = (i: Record<string, any>, paymentLink?: string) => {
  const summary = isObject(i.totalSummary) ? i.totalSummary : {};
  return {
    ...withBilledContact(i),
    ...(summary.subTotal !== undefined ? { subTotal: summary.subTotal, taxTotal: summary.tax, discountTotal: summary.discount } : {}),
    ...(paymentLink ? { paymentLink } : {}),
  };
};

/** The invoice of an answer that wraps it (`{ invoice }`) or sends it bare. */
export const invoiceIn = (data: unknown, paymentLink?: string) => presentInvoice(recordIn(data, 'invoice') ?? {}, paymentLink);

export const invoiceIdField: FieldSpec = {
  key: 'invoiceId',
  label: 'Invoice',
  required: true,
  dynamic: 'new_invoice.id.name',
  search: 'find_invoice.id',
  example: '6578278e879ad2646715ba9c',
  helpText: 'The HighLevel invoice. Pick one, or map an Invoice ID from an earlier step (for example Create Invoice or Find Invoice).',
};

export const INVOICE_STATUS = {
  draft: 'Draft',
  sent: 'Sent',
  payment_processing: 'Payment Processing',
  partially_paid: 'Partially Paid',
  paid: 'Paid',
  void: 'Void',
};

export const invoiceSample = {
  id: '6578278e879ad2646715ba9c',
  _id: '6578278e879ad2646715ba9c',
  status: 'sent',
  liveMode: true,
  altId: 've9EPM428h8vShlRW1KT',
  altType: 'location',
  name: 'Local SEO - December',
  title: 'INVOICE',
  invoiceNumber: 1042,
  currency: 'USD',
  total: 1500,
  amountPaid: 0,
  amountDue: 1500,
  issueDate: '2026-11-20',
  dueDate: '2026-12-04',
  contactId: billedSample.contactId,
  contactName: billedSample.contactName,
  contactEmail: billedSample.contactEmail,
  contactDetails: billedSample.contactDetails,
  invoiceItems: billedSample.lines,
  createdAt: '2026-11-20T09:31:30.255Z',
  updatedAt: '2026-11-20T09:31:30.255Z',
};

export const invoiceLabels = {
  id: 'Invoice ID',
  _id: 'Invoice ID (HighLevel)',
  status: 'Status',
  name: 'Invoice Name',
  invoiceNumber: 'Invoice Number',
  total: 'Total',
  amountPaid: 'Amount Paid',
  amountDue: 'Amount Due',
  issueDate: 'Issue Date',
  dueDate: 'Due Date',
  contactId: 'Contact ID',
  contactName: 'Contact Name',
  contactEmail: 'Contact Email',
  liveMode: 'Live Mode',
  'invoiceItems[]name': 'Line Item Names',
  'invoiceItems[]qty': 'Line Item Quantities',
  'invoiceItems[]amount': 'Line Item Unit Prices',
  'invoiceItems[]description': 'Line Item Descriptions',
  'invoiceItems[]currency': 'Line Item Currencies',
  'invoiceItems[]productId': 'Line Item Product IDs',
  'invoiceItems[]priceId': 'Line Item Price IDs',
  subTotal: 'Subtotal',
  taxTotal: 'Tax',
  discountTotal: 'Discount',
  paymentLink: 'Payment Link',
};

/**
 * What both invoice triggers share. `paid`: only paid invoices (asked of HighLevel, and checked
 * again here), each firing once by invoice ID + status.
 */
export const invoiceTrigger = ({ paid }: { paid: boolean }): Omit<TriggerSpec, 'key' | 'label' | 'description'> => ({
  noun: 'Invoice',
  endpoint: 'GET /invoices/',
  scopes: INVOICE_SCOPES.read,
  request: (_input, bundle, page) => invoicePoll(bundle, page, paid ? 'paid' : undefined),
  list: (data) => (Array.isArray(data?.invoices) ? data.invoices : []).filter((i: any) => !paid || i?.status === 'paid'),
  item: presentInvoice,
  newest: 'createdAt',
  dedupe: paid ? { changedBy: 'status', idAs: 'invoiceId' } : 'id',
  sample: paid
    ? { ...invoiceSample, id: `${invoiceSample.id}:paid`, invoiceId: invoiceSample.id, status: 'paid', amountPaid: 1500, amountDue: 0 }
    : invoiceSample,
  outputLabels: paid ? { ...invoiceLabels, id: 'Event ID', invoiceId: 'Invoice ID' } : invoiceLabels,
});

// ---- Create (Create Invoice, Create & Send) ----

export const invoiceFields: FieldSpec[] = [
  {
    key: 'name',
    label: 'Invoice Name',
    required: true,
    example: 'Local SEO - December',
    helpText: 'What the invoice is for, shown in HighLevel and to the client.',
  },
  ...billedContactFields,
  currencyField,
  lineItemsField('invoice'),
  dateField('issueDate', 'Issue Date', 'The day the invoice is issued. Leave empty for today in your Zapier time zone.'),
  dateField('dueDate', 'Due Date', 'The day payment is due. Leave empty for none.', '2026-12-04'),
  {
    key: 'invoiceNumber',
    label: 'Invoice Number',
    in: 'none',
    example: '1042',
    helpText: "The invoice's number. Leave empty for the sub-account's next number, which HighLevel generates.",
  },
  {
    key: 'title',
    label: 'Title',
    in: 'none',
    example: 'INVOICE',
    helpText: 'The heading printed on the invoice, like INVOICE or TAX INVOICE. Leave empty for INVOICE.',
  },
  {
    key: 'termsNotes',
    label: 'Terms and Notes',
    type: 'text',
    in: 'none',
    example: 'Payment due within 14 days.',
    helpText: 'Terms or a note printed at the bottom of the invoice (HTML allowed).',
  },
  ...discountFields,
  {
    key: 'liveMode',
    label: 'Live Mode',
    type: 'boolean',
    in: 'none',
    default: 'true',
    example: true,
    helpText: 'Yes for a real invoice; No makes a test-mode invoice whose payments are not real.',
  },
];

export const INVOICE_CREATE_CALLS = [
  ...CONTACT_CALLS,
  BUSINESS_CALL,
  ...CATALOGUE_CALLS,
  { endpoint: 'GET /invoices/generate-invoice-number' as const, scopes: INVOICE_SCOPES.read },
];

/** HighLevel's invoice body: what estimates share, then the next invoice number when none is given. */
export const invoiceBody = async (z: ZObject, bundle: Bundle, input: Record<string, any>) => {
  const body = await billingBody(z, bundle, input, { key: 'dueDate', label: 'Due Date' }, 'INVOICE');
  const invoiceNumber =
    input.invoiceNumber ?? (await ghl(z, bundle, 'GET /invoices/generate-invoice-number', { query: connectedAlt(bundle) }))?.invoiceNumber;
  return { ...body, ...(invoiceNumber !== undefined && invoiceNumber !== null ? { invoiceNumber: String(invoiceNumber) } : {}) };
};

/** An invoice as the list (Find Invoice) answers it: with its totals. */
export const listedInvoiceSample = { ...invoiceSample, subTotal: 1500, taxTotal: 0, discountTotal: 0 };
