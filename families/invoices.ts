// Invoices family: HighLevel names the sub-account `altId` (with `altType=location`) and the invoice ID
// `_id`; every item also gets `id`, and the contact's ID, name and email at the top level.
import type { Bundle } from 'zapier-platform-core';
import { isObject } from '../highlevel/answers';
import type { TriggerSpec } from '../steps/define';
import type { EventFamily } from '../steps/restHook';
import { connectedAlt } from './payments';

export const INVOICE_SCOPES = { read: ['invoices.readonly'] };

/**
 * The poll's one request: the first page, latest issue date first (the documented sort). No date
 * range: an invoice issued months ago can be paid today, and the sort already puts new ones first.
 */
const invoicePoll = (bundle: Bundle, { limit }: { limit: number }, status?: string) => ({
  query: { ...connectedAlt(bundle), offset: 0, limit, sortField: 'issueDate', sortOrder: 'descend', ...(status ? { status } : {}) },
});

export const presentInvoice = (i: Record<string, any>) => {
  const contact = isObject(i.contactDetails) ? i.contactDetails : {};
  return {
    ...i,
    id: i._id ?? i.id,
    contactId: contact.id,
    contactName: contact.name,
    contactEmail: contact.email,
  };
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
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  contactName: 'Jane Doe',
  contactEmail: 'jane@example.com',
  contactDetails: { id: 'seD4PfOuKoVMLkEZqohJ', name: 'Jane Doe', email: 'jane@example.com', phoneNo: '+14155550123' },
  invoiceItems: [{ name: 'Local SEO package', qty: 1, amount: 1500, currency: 'USD' }],
  createdAt: '2026-11-20T09:31:30.255Z',
  updatedAt: '2026-11-20T09:31:30.255Z',
};

export const invoiceLabels = {
  id: 'Invoice ID', _id: 'Invoice ID (HighLevel)', status: 'Status', name: 'Invoice Name', invoiceNumber: 'Invoice Number',
  total: 'Total', amountPaid: 'Amount Paid', amountDue: 'Amount Due', issueDate: 'Issue Date', dueDate: 'Due Date',
  contactId: 'Contact ID', contactName: 'Contact Name', contactEmail: 'Contact Email', liveMode: 'Live Mode',
  'invoiceItems[]name': 'Item Names',
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
  sample: paid ? { ...invoiceSample, id: `${invoiceSample.id}:paid`, invoiceId: invoiceSample.id, status: 'paid', amountPaid: 1500, amountDue: 0 } : invoiceSample,
  outputLabels: paid ? { ...invoiceLabels, id: 'Event ID', invoiceId: 'Invoice ID' } : invoiceLabels,
});

// ---- App events (instant via the relay): Invoice Sent, Paid, Partially Paid, Voided ----

export const invoiceEvents: EventFamily = {
  asEvent: (i) => ({ ...i, _id: i._id ?? i.invoiceId ?? i.id, timestamp: i.updatedAt ?? i.createdAt }),
  present: (e) => {
    const { id, contactId, contactName, contactEmail } = presentInvoice(e);
    return { invoiceId: id, contactId, contactName, contactEmail };
  },
  labels: { ...invoiceLabels, id: 'Event ID', invoiceId: 'Invoice ID', _id: 'Invoice ID (as Delivered)', altId: 'Sub-Account ID (as Delivered)' },
};
