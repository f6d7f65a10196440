import { invoiceIdField, invoiceIn, invoiceLabels, invoiceSample, INVOICE_SCOPES } from '../../families/invoices';
import { sendBody, sendFields } from '../../families/billing';
import { create } from '../../steps/define';

export default create({
  key: 'send_invoice',
  noun: 'Invoice',
  label: 'Send Invoice',
  description: "Sends an invoice to its contact by email, SMS or both, with HighLevel's payment link (or marks it sent).",
  endpoint: 'POST /invoices/{invoiceId}/send',
  scopes: INVOICE_SCOPES.write,
  fields: [invoiceIdField, ...sendFields('invoice')],
  what: (i) => `Invoice ${i.invoiceId}`,
  request: (input, bundle) => ({ body: sendBody(input, bundle) }),
  result: (data) => invoiceIn(data),
  sample: invoiceSample,
  outputLabels: invoiceLabels,
});
