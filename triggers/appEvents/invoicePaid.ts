import { invoiceEvents } from '../../families/invoices';
import { appEventHook } from '../../steps/define';
import invoicePaid from '../invoices/invoicePaid';

export default appEventHook({
  key: 'invoice_paid_hook',
  noun: 'Invoice',
  label: 'Invoice Paid (Instant)',
  description: 'Triggers when an invoice is paid in full.',
  events: ['InvoicePaid'],
  adapter: invoiceEvents,
  list: { step: invoicePaid },
});
