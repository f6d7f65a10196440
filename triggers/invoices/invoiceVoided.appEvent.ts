import { appEventHook } from '../../steps/define';
import newInvoice from './newInvoice';
import { invoiceEvents } from './invoiceEvents.appEvent';

export default appEventHook({
  key: 'invoice_voided_hook',
  noun: 'Invoice',
  label: 'Invoice Voided (Instant)',
  description: 'Triggers when an invoice is voided.',
  events: ['InvoiceVoid'],
  adapter: invoiceEvents,
  list: { step: newInvoice },
});
