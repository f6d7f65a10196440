import { PRODUCT_SCOPES, presentProduct, productLabels, productSample } from '../../families/products';
import { ghl } from '../../highlevel/request';
import { connectedLocation } from '../../highlevel/connection';
import { newestFirst } from '../../steps/dedupe';
import { search } from '../../steps/define';

export default search({
  key: 'find_product',
  noun: 'Product',
  label: 'Find Product',
  description: "Finds a product of the sub-account's catalogue by name.",
  endpoint: 'GET /products/',
  scopes: PRODUCT_SCOPES.read,
  fields: [
    {
      key: 'name',
      label: 'Product Name',
      required: true,
      in: 'none',
      example: 'Local SEO package',
      helpText: 'The name to look for. A product with exactly this name (any capitalisation) comes first.',
    },
  ],
  // HighLevel's search matches parts of names: exact matches first, then the rest, newest first.
  perform: async (z, bundle, input) => {
    const data = await ghl(z, bundle, 'GET /products/', {
      query: { locationId: connectedLocation(bundle), search: input.name, limit: 100, offset: 0 },
    });
    const found = newestFirst(
      (Array.isArray(data?.products) ? data.products : []).filter((p: unknown) => p && typeof p === 'object').map(presentProduct),
      'createdAt',
    );
    const exact = (p: Record<string, any>) =>
      String(p.name ?? '')
        .trim()
        .toLowerCase() === input.name.toLowerCase();
    return [...found.filter(exact), ...found.filter((p) => !exact(p))];
  },
  sample: productSample,
  outputLabels: productLabels,
});
