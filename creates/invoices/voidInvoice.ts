import { invoiceIdField, invoiceIn, invoiceLabels, invoiceSample, INVOICE_SCOPES } from '../../families/invoices';
import { connectedAlt } from '../../families/payments';
import { create } from '../../steps/define';

export default create({
  key: 'void_invoice',
  noun: 'Invoice',
  label: 'Void Invoice',
  description: 'Voids an invoice: it stays on record but can no longer be paid.',
  endpoint: 'POST /invoices/{invoiceId}/void',
  scopes: INVOICE_SCOPES.write,
  fields: [invoiceIdField],
  what: (i) => `Invoice ${i.invoiceId}`,
  request: (_input, bundle) => ({ body: connectedAlt(bundle) }),
  result: (data) => invoiceIn(data),
  sample: { ...invoiceSample, status: 'void' },
  outputLabels: invoiceLabels,
});
