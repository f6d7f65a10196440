import { appEventHook } from '../../steps/define';
import newProduct from './newProduct';
import { productEvents } from './productEvents.appEvent';

export default appEventHook({
  key: 'product_deleted_hook',
  noun: 'Product',
  label: 'Product Deleted (Instant)',
  description: "Triggers when a product is deleted from the sub-account's catalogue, with its details as they were.",
  events: ['ProductDelete'],
  adapter: productEvents,
  list: { step: newProduct },
});
