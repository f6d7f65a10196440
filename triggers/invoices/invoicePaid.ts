import { invoiceTrigger } from '../../families/invoices';
import { trigger } from '../../steps/define';

// Dedupe key: `id` = invoice id + `status` ("paid"), the plain id in `invoiceId`: an invoice fires
// once when it becomes paid (or once when it is first seen already paid), never on a quiet poll.
export default trigger({
  ...invoiceTrigger({ paid: true }),
  key: 'invoice_paid',
  label: 'Invoice Paid',
  description: 'Triggers when an invoice of the sub-account is paid in full (watches the 100 paid invoices issued most recently).',
});
