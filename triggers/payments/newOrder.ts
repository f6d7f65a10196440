import { orderLabels, orderSample, paymentModeField, paymentPoll, PAYMENT_SCOPES, presentPaymentRecord } from '../../families/payments';
import { trigger } from '../../steps/define';

// Dedupe key: the order `id` (HighLevel's `_id`). HighLevel documents no sort, so items are sorted
// newest first here; the day range keeps the one page a poll reads to recent orders.
export default trigger({
  key: 'new_order',
  noun: 'Order',
  label: 'New Order',
  description: 'Triggers when an order is placed in the sub-account (funnel, website or store checkout).',
  endpoint: 'GET /payments/orders',
  scopes: PAYMENT_SCOPES.orders,
  fields: [
    paymentModeField,
    {
      key: 'paymentStatus',
      label: 'Payment Status',
      example: 'paid',
      choices: { paid: 'Paid', unpaid: 'Unpaid', partially_paid: 'Partially Paid', refunded: 'Refunded' },
      helpText: 'Only orders with this payment status. Leave empty for every new order.',
    },
  ],
  // The documents give orders `altId` and `locationId`, no `altType`.
  location: 'query',
  request: (_input, bundle, page) => paymentPoll(bundle, page, { withAltType: false }),
  list: 'data',
  item: presentPaymentRecord,
  newest: 'createdAt',
  dedupe: 'id',
  sample: orderSample,
  outputLabels: orderLabels,
});
