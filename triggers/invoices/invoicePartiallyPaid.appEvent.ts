import { appEventHook } from '../../steps/define';
import newInvoice from './newInvoice';
import { invoiceEvents } from './invoiceEvents.appEvent';

export default appEventHook({
  key: 'invoice_partially_paid_hook',
  noun: 'Invoice',
  label: 'Invoice Partially Paid (Instant)',
  description: 'Triggers when a payment covers part of an invoice.',
  events: ['InvoicePartiallyPaid'],
  adapter: invoiceEvents,
  list: { step: newInvoice },
});
