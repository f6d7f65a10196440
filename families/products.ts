// Products family: the sub-account's catalogue of products and their prices, which invoice and
// estimate lines can use. HighLevel names record IDs `_id`; every item also gets `id`.
import type { Bundle } from 'zapier-platform-core';
import { connectedLocation } from '../highlevel/connection';
import type { FieldSpec } from '../steps/fields';
import type { EventAdapter } from '../steps/appEventHook';
import { PRODUCT_SCOPES } from './billing';

export { PRODUCT_SCOPES };

export const presentProduct = (p: Record<string, any>) => ({ ...p, id: p._id ?? p.id });

/** A price as dropdowns and steps show it: `id`, and a name with its amount, like "Monthly (299 USD)". */
export const presentPrice = (p: Record<string, any>, productName?: string) => {
  const label = `${p.name ?? p._id}${p.amount !== undefined ? ` (${p.amount} ${p.currency ?? ''})`.replace(' )', ')') : ''}`;
  return { ...p, id: p._id ?? p.id, name: productName ? `${productName} › ${label}` : label, priceName: p.name };
};

export const productIdField: FieldSpec = {
  key: 'productId', label: 'Product', required: true, dynamic: 'new_product.id.name', search: 'find_product.id',
  example: '655b33a82209e60b6adb87a5', altersDynamicFields: true,
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
  id: 'Product ID', _id: 'Product ID (HighLevel)', name: 'Product Name', productType: 'Product Type', image: 'Image URL',
  availableInStore: 'Available in Store',
};

/** ProductCreate, ProductUpdate, ProductDelete: a product of the catalogue as HighLevel names it (`_id`). */
export const productEvents: EventAdapter = {
  asEvent: (p) => ({ ...p, _id: p._id ?? p.id, timestamp: p.updatedAt ?? p.createdAt }),
  present: (e) => ({ productId: e._id, productName: e.name }),
  labels: {
    productId: 'Product ID', productName: 'Product Name', _id: 'Product ID (as Delivered)', name: 'Name (as Delivered)',
    productType: 'Product Type', image: 'Image URL', availableInStore: 'Available in Store', statementDescriptor: 'Statement Descriptor',
  },
};

/** PriceCreate, PriceUpdate, PriceDelete: one price of a product (`product` is its product's ID). */
export const priceEvents: EventAdapter = {
  // A listed price names its kind `type`, which the event's own type replaces: the event calls it `priceType`.
  asEvent: (p, input) => ({ ...p, _id: p._id ?? p.id, name: p.priceName ?? p.name, priceType: p.type, product: p.product ?? input.productId, timestamp: p.updatedAt ?? p.createdAt }),
  present: (e) => ({ priceId: e._id, productId: e.product, priceName: e.name, amount: e.amount, currency: e.currency }),
  labels: {
    priceId: 'Price ID', productId: 'Product ID', priceName: 'Price Name', amount: 'Amount', currency: 'Currency', priceType: 'Price Type',
    _id: 'Price ID (as Delivered)', product: 'Product ID (as Delivered)', name: 'Name (as Delivered)', recurring__interval: 'Billing Interval',
    recurring__intervalCount: 'Billing Interval Count', compareAtPrice: 'Compare-at Price', availableQuantity: 'Available Quantity',
    trackInventory: 'Track Inventory', allowOutOfStockPurchases: 'Allow Out-of-Stock Purchases',
  },
};

/** The Product filter of the price event triggers. */
export const eventProductField: FieldSpec = {
  ...productIdField, required: false, altersDynamicFields: false,
  helpText: 'Only prices of this product. Leave empty for every product ("Test trigger" needs one).',
};
