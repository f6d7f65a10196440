import { appEventHook } from '../../steps/define';
import newOrder from './newOrder';
import { orderEvents } from './orderEvents.appEvent';

export default appEventHook({
  key: 'order_status_changed_hook',
  noun: 'Order',
  label: 'Order Status Changed (Instant)',
  description: "Triggers when an order's status changes (completed, refunded, cancelled...).",
  events: ['OrderStatusUpdate'],
  adapter: orderEvents,
  list: { step: newOrder },
});
