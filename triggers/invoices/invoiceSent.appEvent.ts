import { appEventHook } from '../../steps/define';
import newInvoice from './newInvoice';
import { invoiceEvents } from './invoiceEvents.appEvent';

export default appEventHook({
  key: 'invoice_sent_hook',
  noun: 'Invoice',
  label: 'Invoice Sent (Instant)',
  description: 'Triggers when an invoice is sent to a contact.',
  events: ['InvoiceSent'],
  adapter: invoiceEvents,
  list: { step: newInvoice },
});
