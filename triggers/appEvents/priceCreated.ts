import { eventProductField, priceEvents } from '../../families/products';
import { restHook } from '../../steps/restHook';
import listProductPrices from '../products/listProductPrices';

export default restHook({
  key: 'price_created_hook',
  noun: 'Price',
  label: 'Price Created (Instant)',
  description: "Triggers when a price is added to a product of the sub-account's catalogue, of any product or the one you choose.",
  events: ['PriceCreate'],
  family: priceEvents,
  fields: [eventProductField],
  filterBy: { productId: 'product' },
  list: { step: listProductPrices },
});
