import { workflowHook } from '../../steps/define';
import newPayment from './newPayment';
import { contactWebhookLabels, eventWebhookPayload } from '../contacts/contactEvents.workflow';
import { presentPaymentWebhook, transactionAsWebhookPayload } from './paymentEvents.workflow';

// HighLevel's "Payment Received" workflow trigger; "Test trigger" shows recent real transactions.
export default workflowHook({
  key: 'payment_received_instant',
  noun: 'Payment',
  label: 'Payment Received (Instant, via Workflow)',
  description: 'Triggers when a payment is received in HighLevel (instant, via a workflow Webhook action).',
  workflowTrigger: 'Payment Received',
  workflowFilter: 'filters such as the payment source or amount, if you want only some payments',
  fallback: { step: newPayment, asPayload: transactionAsWebhookPayload },
  present: presentPaymentWebhook,
  // The Webhook action posts the contact's fields; the payment comes under `payment`.
  samplePayload: {
    ...eventWebhookPayload,
    payment: {
      transaction_id: '61dd0feac077f72010f78804',
      total_amount: 1500,
      currency_code: 'USD',
      payment_status: 'succeeded',
      source: 'Local SEO Package',
      created_on: '2026-11-20T09:31:30.255Z',
    },
  },
  outputLabels: {
    ...contactWebhookLabels,
    transactionId: 'Transaction ID',
    amount: 'Amount',
    currency: 'Currency',
    paymentStatus: 'Payment Status',
    paidAt: 'Paid At',
    payment__total_amount: 'Amount (as Posted)',
    payment__transaction_id: 'Transaction ID (as Posted)',
    payment__currency_code: 'Currency (as Posted)',
  },
});
