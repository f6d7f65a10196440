import { PRODUCT_SCOPES, presentPrice, priceSample } from '../../families/products';
import { ghl } from '../../highlevel/request';
import { connectedLocation } from '../../highlevel/connection';
import { connectedAlt } from '../../families/payments';
import { pageOf } from '../../steps/call';
import { trigger } from '../../steps/define';

/**
 * The Price dropdown: the chosen product's prices. Inside line items the row's product is not
 * visible to a dropdown, so with no product it lists every priced variant of the catalogue
 * (HighLevel's inventory list), labelled "Product › Price"; each request is one page.
 */
export default trigger({
  key: 'list_product_prices',
  noun: 'Price',
  label: 'List Product Prices',
  description: 'Triggers when a price is added to a product; lists prices for dropdowns.',
  hidden: true,
  endpoint: 'GET /products/{productId}/price',
  scopes: PRODUCT_SCOPES.prices.read,
  alsoCalls: [{ endpoint: 'GET /products/inventory', scopes: PRODUCT_SCOPES.prices.read }],
  fields: [
    {
      key: 'productId',
      label: 'Product',
      in: 'none',
      dynamic: 'new_product.id.name',
      example: '655b33a82209e60b6adb87a5',
      helpText: 'The product whose prices to list.',
    },
  ],
  perform: async (z, bundle, input) => {
    const { page, limit } = pageOf(bundle);
    if (!input.productId) {
      const data = await ghl(z, bundle, 'GET /products/inventory', { query: { ...connectedAlt(bundle), limit, offset: page * limit } });
      return (Array.isArray(data?.inventory) ? data.inventory : []).map((i: any) =>
        i && typeof i === 'object' ? presentPrice(i, i.productName) : i,
      );
    }
    const data = await ghl(z, bundle, 'GET /products/{productId}/price', {
      path: { productId: input.productId },
      query: { locationId: connectedLocation(bundle), limit, offset: page * limit },
      what: `Product ${input.productId}`,
    });
    return (Array.isArray(data?.prices) ? data.prices : []).map((p: any) => (p && typeof p === 'object' ? presentPrice(p) : p));
  },
  newest: 'createdAt',
  sample: priceSample,
  outputLabels: { id: 'Price ID', name: 'Price (with Amount)', priceName: 'Price Name', product: 'Product ID' },
});
