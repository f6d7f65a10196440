import { appEventHook } from '../../steps/define';
import listProductPrices from './listProductPrices';
import { eventProductField, priceEvents } from './productEvents.appEvent';

export default appEventHook({
  key: 'price_created_hook',
  noun: 'Price',
  label: 'Price Created (Instant)',
  description: "Triggers when a price is added to a product of the sub-account's catalogue, of any product or the one you choose.",
  events: ['PriceCreate'],
  adapter: priceEvents,
  fields: [eventProductField],
  filterBy: { productId: 'product' },
  list: { step: listProductPrices },
});
