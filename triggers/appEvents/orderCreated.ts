import { orderEvents } from '../../families/payments';
import { restHook } from '../../steps/restHook';
import newOrder from '../payments/newOrder';

export default restHook({
  key: 'order_created_hook',
  noun: 'Order',
  label: 'Order Created (Instant)',
  description: 'Triggers when an order is placed (funnel, website or store checkout).',
  events: ['OrderCreate'],
  family: orderEvents,
  list: { step: newOrder },
});
