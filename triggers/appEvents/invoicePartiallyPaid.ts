import { invoiceEvents } from '../../families/invoices';
import { restHook } from '../../steps/restHook';
import newInvoice from '../invoices/newInvoice';

export default restHook({
  key: 'invoice_partially_paid_hook',
  noun: 'Invoice',
  label: 'Invoice Partially Paid (Instant)',
  description: 'Triggers when a payment covers part of an invoice.',
  events: ['InvoicePartiallyPaid'],
  family: invoiceEvents,
  list: { step: newInvoice },
});
