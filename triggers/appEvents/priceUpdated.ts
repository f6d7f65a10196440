import { eventProductField, priceEvents } from '../../families/products';
import { restHook } from '../../steps/restHook';
import listProductPrices from '../products/listProductPrices';

export default restHook({
  key: 'price_updated_hook',
  noun: 'Price',
  label: 'Price Updated (Instant)',
  description: "Triggers when a product's price changes (amount, name, billing interval, stock).",
  events: ['PriceUpdate'],
  family: priceEvents,
  fields: [eventProductField],
  filterBy: { productId: 'product' },
  list: { step: listProductPrices },
});
