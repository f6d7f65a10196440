import { appEventHook } from '../../steps/define';
import newInvoice from './newInvoice';
import { invoiceEvents, invoiceStatusFilter } from './invoiceEvents.appEvent';

export default appEventHook({
  key: 'invoice_created_hook',
  noun: 'Invoice',
  label: 'Invoice Created (Instant)',
  description: 'Triggers when an invoice is created in the sub-account (by hand, by a Zap or from an estimate or a schedule).',
  events: ['InvoiceCreate'],
  adapter: invoiceEvents,
  ...invoiceStatusFilter,
  list: { step: newInvoice },
});
