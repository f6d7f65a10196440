import { PRODUCT_SCOPES, presentProduct, productLabels, productPage, productSample } from '../../families/products';
import { trigger } from '../../steps/define';

// Dedupe key: the product `id` (HighLevel's `_id`). The list is asked newest first (its documented
// `sortOrder=desc`), so the one page a poll reads holds the newest products; also the Product dropdown.
export default trigger({
  key: 'new_product',
  noun: 'Product',
  label: 'New Product',
  description: "Triggers when a product is added to the sub-account's catalogue (among the 100 newest).",
  endpoint: 'GET /products/',
  scopes: PRODUCT_SCOPES.read,
  request: (_input, bundle, page) => productPage(bundle, page),
  list: 'products',
  item: presentProduct,
  newest: 'createdAt',
  dedupe: 'id',
  sample: productSample,
  outputLabels: productLabels,
});
