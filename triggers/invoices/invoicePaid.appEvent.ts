import { appEventHook } from '../../steps/define';
import invoicePaid from './invoicePaid';
import { invoiceEvents } from './invoiceEvents.appEvent';

export default appEventHook({
  key: 'invoice_paid_hook',
  noun: 'Invoice',
  label: 'Invoice Paid (Instant)',
  description: 'Triggers when an invoice is paid in full.',
  events: ['InvoicePaid'],
  adapter: invoiceEvents,
  list: { step: invoicePaid },
});
