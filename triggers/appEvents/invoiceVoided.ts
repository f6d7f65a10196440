import { invoiceEvents } from '../../families/invoices';
import { restHook } from '../../steps/restHook';
import newInvoice from '../invoices/newInvoice';

export default restHook({
  key: 'invoice_voided_hook',
  noun: 'Invoice',
  label: 'Invoice Voided (Instant)',
  description: 'Triggers when an invoice is voided.',
  events: ['InvoiceVoid'],
  family: invoiceEvents,
  list: { step: newInvoice },
});
