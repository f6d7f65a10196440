import { orderEvents } from '../../families/payments';
import { appEventHook } from '../../steps/define';
import newOrder from '../payments/newOrder';

export default appEventHook({
  key: 'order_status_changed_hook',
  noun: 'Order',
  label: 'Order Status Changed (Instant)',
  description: "Triggers when an order's status changes (completed, refunded, cancelled...).",
  events: ['OrderStatusUpdate'],
  adapter: orderEvents,
  list: { step: newOrder },
});
