// Payment events from a "Payment Received" workflow's Webhook action: the payload's shape and its labelled fields.
import { statusText } from '../../families/payments';
import { isObject } from '../../highlevel/answers';
import { compact } from '../../highlevel/request';

/**
 * A transaction as HighLevel's "Payment Received" workflow posts it with the Webhook action: the
 * contact in snake_case and the payment under `payment`.
 */
export const transactionAsWebhookPayload = (t: Record<string, any>): Record<string, any> => ({
  contact_id: t.contactId,
  full_name: t.contactName,
  email: t.contactEmail,
  location: { id: t.altId },
  payment: {
    transaction_id: t.id,
    total_amount: t.amount,
    currency_code: t.currency,
    payment_status: statusText(t.status),
    source: t.entitySourceName,
    created_on: t.createdAt,
  },
});

/** Clean payment fields of a "Payment Received" delivery, from the Webhook action or custom JSON. */
export const presentPaymentWebhook = (p: Record<string, any>) => {
  const pay = isObject(p.payment) ? p.payment : {};
  const clean = {
    transactionId: pay.transaction_id ?? pay.id ?? p.transactionId,
    amount: pay.total_amount ?? pay.amount ?? p.amount,
    currency: pay.currency_code ?? pay.currency ?? p.currency,
    paymentStatus: pay.payment_status ?? pay.status ?? p.paymentStatus,
    paidAt: pay.created_on ?? p.paidAt,
  };
  return compact(clean);
};
