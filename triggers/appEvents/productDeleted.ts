import { productEvents } from '../../families/products';
import { restHook } from '../../steps/restHook';
import newProduct from '../products/newProduct';

export default restHook({
  key: 'product_deleted_hook',
  noun: 'Product',
  label: 'Product Deleted (Instant)',
  description: "Triggers when a product is deleted from the sub-account's catalogue, with its details as they were.",
  events: ['ProductDelete'],
  family: productEvents,
  list: { step: newProduct },
});
