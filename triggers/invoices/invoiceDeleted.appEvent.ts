import { appEventHook } from '../../steps/define';
import newInvoice from './newInvoice';
import { invoiceEvents } from './invoiceEvents.appEvent';

export default appEventHook({
  key: 'invoice_deleted_hook',
  noun: 'Invoice',
  label: 'Invoice Deleted (Instant)',
  description: 'Triggers when an invoice is deleted, with its details as they were.',
  events: ['InvoiceDelete'],
  adapter: invoiceEvents,
  list: { step: newInvoice },
});
