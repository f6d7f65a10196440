import { orderEvents } from '../../families/payments';
import { restHook } from '../../steps/restHook';
import newOrder from '../payments/newOrder';

export default restHook({
  key: 'order_status_changed_hook',
  noun: 'Order',
  label: 'Order Status Changed (Instant)',
  description: "Triggers when an order's status changes (completed, refunded, cancelled...).",
  events: ['OrderStatusUpdate'],
  family: orderEvents,
  list: { step: newOrder },
});
