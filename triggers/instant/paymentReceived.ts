import { contactWebhookLabels } from '../../families/contacts';
import { presentPaymentWebhook, transactionAsWebhookPayload } from '../../families/payments';
import { instant } from '../../steps/instant';
import newPayment from '../payments/newPayment';

// HighLevel's "Payment Received" workflow trigger; "Test trigger" shows recent real transactions.
export default instant({
  key: 'payment_received_instant',
  noun: 'Payment',
  label: 'Payment Received (Instant)',
  description: 'Triggers when a payment is received in HighLevel and a workflow sends it to Zapier (instant).',
  workflowTrigger: 'Payment Received',
  workflowFilter: 'filters such as the payment source or amount, if you want only some payments',
  fallback: { step: newPayment, asPayload: transactionAsWebhookPayload },
  present: presentPaymentWebhook,
  sample: {
    contact_id: 'seD4PfOuKoVMLkEZqohJ',
    full_name: 'Jane Doe',
    email: 'jane@example.com',
    phone: '+14155550123',
    location: { id: 've9EPM428h8vShlRW1KT', name: 'Acme Plumbing' },
    workflow: { id: 'c3a1b9e2-7d4f-4a68-8b9c-2e3d4c5b6a71', name: 'Payments to Rankr' },
    payment: {
      transaction_id: '61dd0feac077f72010f78804', total_amount: 1500, currency_code: 'USD',
      payment_status: 'succeeded', source: 'Local SEO Package', created_on: '2026-11-20T09:31:30.255Z',
    },
    triggerData: {},
    customData: {},
    id: '9a8b7c6d5e4f3a2b',
    contactId: 'seD4PfOuKoVMLkEZqohJ',
    name: 'Jane Doe',
    transactionId: '61dd0feac077f72010f78804',
    amount: 1500,
    currency: 'USD',
    paymentStatus: 'succeeded',
    paidAt: '2026-11-20T09:31:30.255Z',
    workflowId: 'c3a1b9e2-7d4f-4a68-8b9c-2e3d4c5b6a71',
    workflowName: 'Payments to Rankr',
    subAccountId: 've9EPM428h8vShlRW1KT',
  },
  outputLabels: {
    ...contactWebhookLabels, transactionId: 'Transaction ID', amount: 'Amount', currency: 'Currency',
    paymentStatus: 'Payment Status', paidAt: 'Paid At', payment__total_amount: 'Amount (as Posted)',
    payment__transaction_id: 'Transaction ID (as Posted)', payment__currency_code: 'Currency (as Posted)',
  },
});
