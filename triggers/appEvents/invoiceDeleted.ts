import { invoiceEvents } from '../../families/invoices';
import { restHook } from '../../steps/restHook';
import newInvoice from '../invoices/newInvoice';

export default restHook({
  key: 'invoice_deleted_hook',
  noun: 'Invoice',
  label: 'Invoice Deleted (Instant)',
  description: 'Triggers when an invoice is deleted, with its details as they were.',
  events: ['InvoiceDelete'],
  family: invoiceEvents,
  list: { step: newInvoice },
});
