import { appEventHook } from '../../steps/define';
import newProduct from './newProduct';
import { productEvents } from './productEvents.appEvent';

export default appEventHook({
  key: 'product_updated_hook',
  noun: 'Product',
  label: 'Product Updated (Instant)',
  description: "Triggers when a product of the sub-account's catalogue changes (name, description, images, variants).",
  events: ['ProductUpdate'],
  adapter: productEvents,
  list: { step: newProduct },
});
