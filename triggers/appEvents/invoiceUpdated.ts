import { invoiceEvents, invoiceStatusFilter } from '../../families/invoices';
import { restHook } from '../../steps/restHook';
import newInvoice from '../invoices/newInvoice';

export default restHook({
  key: 'invoice_updated_hook',
  noun: 'Invoice',
  label: 'Invoice Updated (Instant)',
  description: 'Triggers when an invoice changes (its items, dates, status or payments), with any status or the one you choose.',
  events: ['InvoiceUpdate'],
  family: invoiceEvents,
  ...invoiceStatusFilter,
  list: { step: newInvoice },
});
