import { appEventHook } from '../../steps/define';
import newInvoice from './newInvoice';
import { invoiceEvents, invoiceStatusFilter } from './invoiceEvents.appEvent';

export default appEventHook({
  key: 'invoice_updated_hook',
  noun: 'Invoice',
  label: 'Invoice Updated (Instant)',
  description: 'Triggers when an invoice changes (its items, dates, status or payments), with any status or the one you choose.',
  events: ['InvoiceUpdate'],
  adapter: invoiceEvents,
  ...invoiceStatusFilter,
  list: { step: newInvoice },
});
