import { invoiceTrigger } from '../../families/invoices';
import { trigger } from '../../steps/define';

// Dedupe key: the invoice `id` (HighLevel's `_id`).
export default trigger({
  ...invoiceTrigger({ paid: false }),
  key: 'new_invoice',
  label: 'New Invoice',
  description: 'Triggers when an invoice is created in the sub-account (draft or sent), among the 100 with the latest issue dates.',
});
