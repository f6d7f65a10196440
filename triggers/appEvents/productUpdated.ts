import { productEvents } from '../../families/products';
import { restHook } from '../../steps/restHook';
import newProduct from '../products/newProduct';

export default restHook({
  key: 'product_updated_hook',
  noun: 'Product',
  label: 'Product Updated (Instant)',
  description: "Triggers when a product of the sub-account's catalogue changes (name, description, images, variants).",
  events: ['ProductUpdate'],
  family: productEvents,
  list: { step: newProduct },
});
