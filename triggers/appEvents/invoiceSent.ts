import { invoiceEvents } from '../../families/invoices';
import { restHook } from '../../steps/restHook';
import newInvoice from '../invoices/newInvoice';

export default restHook({
  key: 'invoice_sent_hook',
  noun: 'Invoice',
  label: 'Invoice Sent (Instant)',
  description: 'Triggers when an invoice is sent to a contact.',
  events: ['InvoiceSent'],
  family: invoiceEvents,
  list: { step: newInvoice },
});
