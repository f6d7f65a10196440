import {
  paymentModeField,
  paymentPoll,
  PAYMENT_SCOPES,
  presentPaymentRecord,
  subscriptionEvents,
  SUBSCRIPTION_EVENTS,
  subscriptionLabels,
  subscriptionSample,
} from '../../families/payments';
import { listIn } from '../../highlevel/answers';
import { trigger } from '../../steps/define';

// Dedupe key: New, the subscription `id`; Cancelled, `id` = subscription id + status (the plain id
// stays in `_id`), so a cancellation fires once and a quiet poll never fires again.
const subscriptionTrigger = trigger({
  key: 'new_or_cancelled_subscription',
  noun: 'Subscription',
  label: 'New or Cancelled Subscription',
  description: 'Triggers when a subscription starts or, if you choose, when one is cancelled.',
  endpoint: 'GET /payments/subscriptions',
  scopes: PAYMENT_SCOPES.subscriptions,
  fields: [
    {
      key: 'event',
      label: 'Event',
      in: 'none',
      choices: SUBSCRIPTION_EVENTS,
      default: 'new',
      example: 'cancelled',
      helpText:
        'New: each new subscription (started in the last 2 days when Zapier checks). Cancelled: each cancellation among the first 100 subscriptions HighLevel lists (it documents no order, and none by cancellation date).',
    },
    paymentModeField,
  ],
  // A day range for new subscriptions only: an old subscription can be cancelled today.
  request: (input, bundle, page) => paymentPoll(bundle, page, { recent: input.event !== 'cancelled' }),
  list: (data, input) => subscriptionEvents(listIn(data, 'data').map(presentPaymentRecord), input.event ?? 'new'),
  newest: 'createdAt',
  sample: subscriptionSample,
  outputLabels: subscriptionLabels,
});

export default { ...subscriptionTrigger, dedupeKey: 'New: `id`. Cancelled: `id` = record id + `status` (record id in `_id`)' };
