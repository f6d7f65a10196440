import { appEventHook } from '../../steps/define';
import newOrder from './newOrder';
import { orderEvents } from './orderEvents.appEvent';

export default appEventHook({
  key: 'order_created_hook',
  noun: 'Order',
  label: 'Order Created (Instant)',
  description: 'Triggers when an order is placed (funnel, website or store checkout).',
  events: ['OrderCreate'],
  adapter: orderEvents,
  list: { step: newOrder },
});
