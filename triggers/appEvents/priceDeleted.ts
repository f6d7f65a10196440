import { eventProductField, priceEvents } from '../../families/products';
import { restHook } from '../../steps/restHook';
import listProductPrices from '../products/listProductPrices';

export default restHook({
  key: 'price_deleted_hook',
  noun: 'Price',
  label: 'Price Deleted (Instant)',
  description: "Triggers when a product's price is deleted, with its details as they were.",
  events: ['PriceDelete'],
  family: priceEvents,
  fields: [eventProductField],
  filterBy: { productId: 'product' },
  list: { step: listProductPrices },
});
