// Products family: the sub-account's catalogue of products and their prices, which invoice and
// estimate lines can use. HighLevel names record IDs `_id`; every item also gets `id`.
import type { Bundle } from 'zapier-platform-core';
import { connectedLocation } from '../highlevel/connection';
import type { FieldSpec } from '../steps/fields';
import { PRODUCT_SCOPES } from './billing';

export { PRODUCT_SCOPES };

export const presentProduct = (p: Record<string, any>) => ({ ...p, id: p._id ?? p.id });

/** A price as dropdowns and steps show it: `id`, and a name with its amount, like "Monthly (299 USD)". */
export const presentPrice = (p: Record<string, any>, productName?: string) => {
  const label = `${p.name ?? p._id}${p.amount !== undefined ? ` (${p.amount} ${p.currency ?? ''})`.replace(' )', ')') : ''}`;
  return { ...p, id: p._id ?? p.id, name: productName ? `${productName} › ${label}` : label, priceName: p.name };
};

export const productIdField: FieldSpec = {
  key: 'productId',
  label: 'Product',
  required: true,
  dynamic: 'new_product.id.name',
  search: 'find_product.id',
  example: '655b33a82209e60b6adb87a5',
  altersDynamicFields: true,
  helpText: "A product of the sub-account's catalogue. Pick one, or map a Product ID (for example from Find Product).",
};

/** The documented paging of the product list: `offset` and `limit`, newest first. */
export const productPage = (bundle: Bundle, { page, limit }: { page: number; limit: number }) => ({
  query: { locationId: connectedLocation(bundle), limit, offset: page * limit, sortOrder: 'desc' },
});

export const productSample = {
  id: '655b33a82209e60b6adb87a5',
  _id: '655b33a82209e60b6adb87a5',
  name: 'Local SEO package',
  description: 'Monthly on-page and local listings work',
  productType: 'SERVICE',
  locationId: 've9EPM428h8vShlRW1KT',
  availableInStore: false,
  image: 'https://storage.googleapis.com/ghl-media/ve9EPM428h8vShlRW1KT/seo-package.png',
  createdAt: '2026-11-20T09:31:30.255Z',
  updatedAt: '2026-11-20T09:31:30.255Z',
};

export const priceSample = {
  id: '655b33aa2209e60b6adb87a7',
  _id: '655b33aa2209e60b6adb87a7',
  name: 'Monthly (299 USD)',
  priceName: 'Monthly',
  product: '655b33a82209e60b6adb87a5',
  type: 'recurring',
  currency: 'USD',
  amount: 299,
  recurring: { interval: 'month', intervalCount: 1 },
  locationId: 've9EPM428h8vShlRW1KT',
  createdAt: '2026-11-20T09:31:31.000Z',
  updatedAt: '2026-11-20T09:31:31.000Z',
};

export const productLabels = {
  id: 'Product ID',
  _id: 'Product ID (HighLevel)',
  name: 'Product Name',
  productType: 'Product Type',
  image: 'Image URL',
  availableInStore: 'Available in Store',
};
