import { productEvents } from '../../families/products';
import { restHook } from '../../steps/restHook';
import newProduct from '../products/newProduct';

export default restHook({
  key: 'product_created_hook',
  noun: 'Product',
  label: 'Product Created (Instant)',
  description: "Triggers when a product is added to the sub-account's catalogue.",
  events: ['ProductCreate'],
  family: productEvents,
  list: { step: newProduct },
});
