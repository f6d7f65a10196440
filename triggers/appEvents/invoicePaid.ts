import { invoiceEvents } from '../../families/invoices';
import { restHook } from '../../steps/restHook';
import invoicePaid from '../invoices/invoicePaid';

export default restHook({
  key: 'invoice_paid_hook',
  noun: 'Invoice',
  label: 'Invoice Paid (Instant)',
  description: 'Triggers when an invoice is paid in full.',
  events: ['InvoicePaid'],
  family: invoiceEvents,
  list: { step: invoicePaid },
});
