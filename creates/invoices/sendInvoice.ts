import { invoiceIdField, invoiceIn, invoiceLabels, invoiceSample, INVOICE_SCOPES } from '../../families/invoices';
import { actingUser, sendFields } from '../../families/billing';
import { connectedAlt } from '../../families/payments';
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
  request: (input, bundle) => ({
    body: { ...connectedAlt(bundle), userId: actingUser(input, bundle), liveMode: input.liveMode ?? true },
  }),
  result: (data) => invoiceIn(data),
  sample: invoiceSample,
  outputLabels: invoiceLabels,
});
