import {
  INVOICE_CREATE_CALLS,
  INVOICE_SCOPES,
  invoiceBody,
  invoiceIn,
  invoiceLabels,
  invoiceFields,
  invoiceSample,
} from '../../families/invoices';
import { actingUser, BILLED_CONTACT, sendFields } from '../../families/billing';
import { ghl } from '../../highlevel/request';
import { create } from '../../steps/define';

// text2pay sends by its own rules (email and SMS to the contact); only the sender is chosen here.
const sender = sendFields('invoice').filter((f) => f.key === 'userId');

export default create({
  key: 'create_and_send_invoice',
  noun: 'Invoice',
  label: 'Create and Send Invoice',
  description: 'Creates an invoice with line items and sends it to the contact in one step (text-to-pay); outputs its payment link.',
  endpoint: 'POST /invoices/text2pay',
  scopes: INVOICE_SCOPES.write,
  alsoCalls: INVOICE_CREATE_CALLS,
  needsOneOf: [BILLED_CONTACT],
  fields: [...invoiceFields, ...sender],
  perform: async (z, bundle, input) => {
    const userId = actingUser(input, bundle);
    const body = { ...(await invoiceBody(z, bundle, input)), action: 'send', userId };
    const data = await ghl(z, bundle, 'POST /invoices/text2pay', { body });
    return invoiceIn(data, data?.invoiceUrl);
  },
  sample: { ...invoiceSample, paymentLink: 'https://link.example.com/invoice/6578278e879ad2646715ba9c' },
  outputLabels: invoiceLabels,
});
