import { appEventHook } from '../../steps/define';
import listProductPrices from './listProductPrices';
import { eventProductField, priceEvents } from './productEvents.appEvent';

export default appEventHook({
  key: 'price_updated_hook',
  noun: 'Price',
  label: 'Price Updated (Instant)',
  description: "Triggers when a product's price changes (amount, name, billing interval, stock).",
  events: ['PriceUpdate'],
  adapter: priceEvents,
  fields: [eventProductField],
  filterBy: { productId: 'product' },
  list: { step: listProductPrices },
});
