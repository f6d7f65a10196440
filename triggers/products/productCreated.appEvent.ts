import { appEventHook } from '../../steps/define';
import newProduct from './newProduct';
import { productEvents } from './productEvents.appEvent';

export default appEventHook({
  key: 'product_created_hook',
  noun: 'Product',
  label: 'Product Created (Instant)',
  description: "Triggers when a product is added to the sub-account's catalogue.",
  events: ['ProductCreate'],
  adapter: productEvents,
  list: { step: newProduct },
});
