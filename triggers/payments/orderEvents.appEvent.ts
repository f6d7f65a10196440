// Order events from HighLevel's app events, via the relay (Order Created, Order Status Changed).
import { orderLabels, statusText } from '../../families/payments';
import { isObject } from '../../highlevel/answers';
import type { EventAdapter } from '../../steps/appEventHook';

/** Order events carry the contact as `contactSnapshot` and the checkout as `source`; orders list them flat. */
export const orderEvents: EventAdapter = {
  asEvent: (o) => {
    const [firstName, ...rest] = String(o.contactName ?? '')
      .trim()
      .split(/\s+/);
    return {
      ...o,
      _id: o._id ?? o.id,
      contactSnapshot: { id: o.contactId, firstName: firstName || undefined, lastName: rest.join(' ') || undefined, email: o.contactEmail },
      source: { type: o.sourceType, subType: o.sourceSubType, id: o.sourceId, name: o.sourceName },
      timestamp: o.updatedAt ?? o.createdAt,
    };
  },
  present: (e) => {
    const c = isObject(e.contactSnapshot) ? e.contactSnapshot : {};
    return {
      orderId: e._id,
      contactName: [c.firstName, c.lastName].filter(Boolean).join(' ').trim() || undefined,
      contactEmail: c.email,
      sourceName: isObject(e.source) ? e.source.name : undefined,
      orderStatus: statusText(e.status) || undefined,
    };
  },
  labels: {
    ...orderLabels,
    id: 'Event ID',
    orderId: 'Order ID',
    _id: 'Order ID (as Delivered)',
    altId: 'Sub-Account ID (as Delivered)',
    amount: 'Total',
    orderStatus: 'Order Status',
    sourceName: 'Source Name',
    contactSnapshot__email: 'Contact Email (as Delivered)',
    'items[]name': 'Item Names',
  },
};
