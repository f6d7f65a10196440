// Product and price events from HighLevel's app events, via the relay.
import { productIdField } from '../../families/products';
import type { EventAdapter } from '../../steps/appEventHook';
import type { FieldSpec } from '../../steps/fields';

/** ProductCreate, ProductUpdate, ProductDelete: a product of the catalogue as HighLevel names it (`_id`). */
export const productEvents: EventAdapter = {
  asEvent: (p) => ({ ...p, _id: p._id ?? p.id, timestamp: p.updatedAt ?? p.createdAt }),
  present: (e) => ({ productId: e._id, productName: e.name }),
  labels: {
    productId: 'Product ID',
    productName: 'Product Name',
    _id: 'Product ID (as Delivered)',
    name: 'Name (as Delivered)',
    productType: 'Product Type',
    image: 'Image URL',
    availableInStore: 'Available in Store',
    statementDescriptor: 'Statement Descriptor',
  },
};

/** PriceCreate, PriceUpdate, PriceDelete: one price of a product (`product` is its product's ID). */
export const priceEvents: EventAdapter = {
  // A listed price names its kind `type`, which the event's own type replaces: the event calls it `priceType`.
  asEvent: (p, input) => ({
    ...p,
    _id: p._id ?? p.id,
    name: p.priceName ?? p.name,
    priceType: p.type,
    product: p.product ?? input.productId,
    timestamp: p.updatedAt ?? p.createdAt,
  }),
  present: (e) => ({ priceId: e._id, productId: e.product, priceName: e.name, amount: e.amount, currency: e.currency }),
  labels: {
    priceId: 'Price ID',
    productId: 'Product ID',
    priceName: 'Price Name',
    amount: 'Amount',
    currency: 'Currency',
    priceType: 'Price Type',
    _id: 'Price ID (as Delivered)',
    product: 'Product ID (as Delivered)',
    name: 'Name (as Delivered)',
    recurring__interval: 'Billing Interval',
    recurring__intervalCount: 'Billing Interval Count',
    compareAtPrice: 'Compare-at Price',
    availableQuantity: 'Available Quantity',
    trackInventory: 'Track Inventory',
    allowOutOfStockPurchases: 'Allow Out-of-Stock Purchases',
  },
};

/** The Product filter of the price event triggers. */
export const eventProductField: FieldSpec = {
  ...productIdField,
  required: false,
  altersDynamicFields: false,
  helpText: 'Only prices of this product. Leave empty for every product ("Test trigger" needs one).',
};
