import { appEventHook } from '../../steps/define';
import listProductPrices from './listProductPrices';
import { eventProductField, priceEvents } from './productEvents.appEvent';

export default appEventHook({
  key: 'price_deleted_hook',
  noun: 'Price',
  label: 'Price Deleted (Instant)',
  description: "Triggers when a product's price is deleted, with its details as they were.",
  events: ['PriceDelete'],
  adapter: priceEvents,
  fields: [eventProductField],
  filterBy: { productId: 'product' },
  list: { step: listProductPrices },
});
