import {
  paymentModeField,
  paymentPoll,
  PAYMENT_SCOPES,
  presentPaymentRecord,
  transactionLabels,
  transactionSample,
} from '../../families/payments';
import { trigger } from '../../steps/define';

// Dedupe key: the transaction `id` (HighLevel's `_id`). HighLevel documents no sort, so items are
// sorted newest first here; the day range keeps the one page a poll reads to recent payments.
export default trigger({
  key: 'new_payment',
  noun: 'Payment',
  label: 'New Payment',
  description: 'Triggers when a payment (transaction) is recorded in the sub-account: an order, invoice or subscription charge.',
  endpoint: 'GET /payments/transactions',
  scopes: PAYMENT_SCOPES.transactions,
  fields: [paymentModeField],
  request: (_input, bundle, page) => paymentPoll(bundle, page),
  list: 'data',
  item: presentPaymentRecord,
  newest: 'createdAt',
  dedupe: 'id',
  sample: transactionSample,
  outputLabels: transactionLabels,
});
