import {
  INVOICE_CREATE_CALLS,
  INVOICE_SCOPES,
  invoiceBody,
  invoiceIn,
  invoiceLabels,
  invoiceFields,
  invoiceSample,
} from '../../families/invoices';
import { BILLED_CONTACT } from '../../families/billing';
import { ghl } from '../../highlevel/request';
import { create } from '../../steps/define';

export default create({
  key: 'create_invoice',
  noun: 'Invoice',
  label: 'Create Invoice',
  description: 'Creates a draft invoice for a contact, with line items typed in or mapped from an order, ready to send.',
  endpoint: 'POST /invoices/',
  scopes: INVOICE_SCOPES.write,
  alsoCalls: INVOICE_CREATE_CALLS,
  needsOneOf: [BILLED_CONTACT],
  fields: invoiceFields,
  perform: async (z, bundle, input) => invoiceIn(await ghl(z, bundle, 'POST /invoices/', { body: await invoiceBody(z, bundle, input) })),
  sample: { ...invoiceSample, status: 'draft' },
  outputLabels: invoiceLabels,
});
