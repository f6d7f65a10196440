// Payments family: transactions, orders and subscriptions. HighLevel names the sub-account `altId`
// (with `altType=location`) here and the record IDs `_id`; every item also gets `id`.
import type { Bundle } from 'zapier-platform-core';
import { connectedLocation } from '../highlevel/connection';
import type { FieldSpec } from '../steps/fields';
import { recentDays } from '../steps/dates';

export const PAYMENT_SCOPES = {
  transactions: ['payments/transactions.readonly'],
  orders: ['payments/orders.readonly'],
  subscriptions: ['payments/subscriptions.readonly'],
};

/**
 * The connected sub-account as invoices and payments want it. The one place these families read the
 * connection, so a connection that picks its sub-account per step (agency) applies here too.
 */
export const connectedAlt = (bundle: Bundle) => ({ altId: connectedLocation(bundle), altType: 'location' as const });

/**
 * How many days back a poll looks. HighLevel documents no sort for these lists, so a short range keeps
 * the one page a poll reads to the newest records whatever their order; "Test trigger" looks further
 * back so a quiet sub-account still shows samples.
 */
const POLL_DAYS = 2;
const SAMPLE_DAYS = 31;

/**
 * The poll's one request: the connected sub-account, the first page, and a day range (HighLevel
 * wants YYYY-MM-DD days) ending on the user's tomorrow in their time zone.
 */
export const paymentPoll = (
  bundle: Bundle,
  { limit }: { limit: number },
  { withAltType = true, recent = true }: { withAltType?: boolean; recent?: boolean } = {},
) => {
  const { altId, altType } = connectedAlt(bundle);
  return {
    query: {
      altId,
      ...(withAltType ? { altType } : {}),
      offset: 0,
      limit,
      ...(recent ? recentDays(bundle.meta?.timezone, bundle.meta?.isLoadingSample ? SAMPLE_DAYS : POLL_DAYS) : {}),
    },
  };
};

export const paymentModeField: FieldSpec = {
  key: 'paymentMode',
  label: 'Payment Mode',
  choices: { live: 'Live', test: 'Test' },
  example: 'live',
  helpText: 'Only live payments (real money) or only test-mode ones. Leave empty for both.',
};

/** HighLevel documents some statuses as objects but sends text; this reads either. */
export const statusText = (status: unknown): string =>
  typeof status === 'string'
    ? status
    : status && typeof status === 'object'
      ? String((status as any).status ?? (status as any).name ?? '')
      : '';

/** A payments record as Zap steps map it: `id` from `_id`, the status as text. */
export const presentPaymentRecord = (r: Record<string, any>) => ({
  ...r,
  id: r._id ?? r.id,
  status: statusText(r.status) || r.status,
});

// ---- Samples and labels ----

/** What every payments sample shares: its IDs, the sub-account, the contact, currency, mode and dates. */
const recordSample = (id: string) => ({
  id,
  _id: id,
  altId: 've9EPM428h8vShlRW1KT',
  altType: 'location',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  contactName: 'Jane Doe',
  contactEmail: 'jane@example.com',
  currency: 'USD',
  liveMode: true,
  createdAt: '2026-11-20T09:31:30.255Z',
  updatedAt: '2026-11-20T09:31:31.000Z',
});

const paymentLabels = {
  id: 'ID',
  _id: 'HighLevel ID',
  altId: 'Sub-Account ID',
  contactId: 'Contact ID',
  contactName: 'Contact Name',
  contactEmail: 'Contact Email',
  amount: 'Amount',
  currency: 'Currency',
  status: 'Status',
  liveMode: 'Live Mode',
  createdAt: 'Created At',
  updatedAt: 'Updated At',
};

export const transactionSample = {
  ...recordSample('61dd0feac077f72010f78804'),
  amount: 1500,
  amountRefunded: 0,
  status: 'succeeded',
  entityType: 'order',
  entityId: '653f5e0cde5a1314e62a837c',
  entitySourceType: 'funnel',
  entitySourceName: 'Local SEO Package',
  subscriptionId: 'sub_1KGcXDCScnf89tZoVkoEMCEL',
  chargeId: 'ch_3KGcXDCScnf89tZo0a1b2c3d',
  paymentProviderType: 'stripe',
};

export const transactionLabels = {
  ...paymentLabels,
  id: 'Transaction ID',
  _id: 'Transaction ID (HighLevel)',
  amountRefunded: 'Amount Refunded',
  entityType: 'Paid For (Type)',
  entityId: 'Paid For (ID)',
  entitySourceType: 'Source Type',
  entitySourceName: 'Source Name',
  subscriptionId: 'Subscription ID (Provider)',
  chargeId: 'Charge ID (Provider)',
  paymentProviderType: 'Payment Provider',
};

export const orderSample = {
  ...recordSample('653f5e0cde5a1314e62a837c'),
  amount: 1350,
  subtotal: 1500,
  discount: 150,
  status: 'completed',
  totalProducts: 1,
  sourceType: 'funnel',
  sourceName: 'Local SEO Package',
  couponCode: 'SEO10',
  fulfillmentStatus: 'unfulfilled',
};

export const orderLabels = {
  ...paymentLabels,
  id: 'Order ID',
  _id: 'Order ID (HighLevel)',
  amount: 'Total',
  subtotal: 'Subtotal',
  totalProducts: 'Number of Products',
  sourceType: 'Source Type',
  sourceName: 'Source Name',
  couponCode: 'Coupon Code',
  fulfillmentStatus: 'Fulfillment Status',
};

export const subscriptionSample = {
  ...recordSample('64bf78af39118e4011926cba'),
  amount: 299,
  status: 'active',
  entityType: 'order',
  entityId: '653f5e0cde5a1314e62a837c',
  entitySourceType: 'funnel',
  entitySourceName: 'Monthly SEO Retainer',
  subscriptionId: 'sub_1KGcXDCScnf89tZoVkoEMCEL',
  paymentProviderType: 'stripe',
};

export const subscriptionLabels = {
  ...paymentLabels,
  id: 'Event ID',
  _id: 'Subscription ID',
  entityType: 'Created From (Type)',
  entityId: 'Created From (ID)',
  entitySourceType: 'Source Type',
  entitySourceName: 'Source Name',
  subscriptionId: 'Subscription ID (Provider)',
  paymentProviderType: 'Payment Provider',
};

// ---- Subscriptions: new or cancelled ----

export const SUBSCRIPTION_EVENTS = { new: 'New Subscription', cancelled: 'Cancelled Subscription' };

/** Stripe says "canceled", PayPal "CANCELLED"; HighLevel passes the provider's word on. */
export const isCancelled = (status: unknown) => /^cancel/i.test(statusText(status));

/**
 * The subscriptions a poll fires on. New: each subscription once, by its ID. Cancelled: only
 * cancelled ones, each once, by ID + status, so the same subscription fires again only if it is
 * reactivated and cancelled anew (HighLevel keeps no cancel time the list shows).
 */
export const subscriptionEvents = (records: Record<string, any>[], event: string) =>
  event === 'cancelled'
    ? records.filter((s) => isCancelled(s.status)).map((s) => ({ ...s, id: `${s.id}:${statusText(s.status)}` }))
    : records;
