import { currencyField, currencyOf, checkMoney, MONEY_HELP } from '../../families/billing';
import { PRODUCT_SCOPES, presentProduct, priceSample, productLabels, productSample } from '../../families/products';
import { compact, ghl } from '../../highlevel/request';
import { connectedLocation } from '../../highlevel/connection';
import { create } from '../../steps/define';
import { invalidInput } from '../../steps/fields';

const INTERVALS = { day: 'Day', week: 'Week', month: 'Month', year: 'Year' };

export default create({
  key: 'create_product',
  noun: 'Product',
  label: 'Create Product',
  description: "Adds a product with one price to the sub-account's catalogue, ready for invoice and estimate lines.",
  endpoint: 'POST /products/',
  scopes: PRODUCT_SCOPES.write,
  alsoCalls: [{ endpoint: 'POST /products/{productId}/price', scopes: PRODUCT_SCOPES.prices.write }],
  fields: [
    {
      key: 'name',
      label: 'Product Name',
      required: true,
      example: 'Local SEO package',
      helpText: 'The product as clients see it on invoices and in the store.',
    },
    {
      key: 'description',
      label: 'Description',
      type: 'text',
      example: 'Monthly on-page and local listings work',
      helpText: 'What the product is, shown on invoices and in the store.',
    },
    {
      key: 'productType',
      label: 'Product Type',
      required: true,
      default: 'SERVICE',
      example: 'SERVICE',
      choices: { SERVICE: 'Service', DIGITAL: 'Digital', PHYSICAL: 'Physical', 'PHYSICAL/DIGITAL': 'Physical and Digital' },
      helpText: 'What kind of product it is; agencies mostly sell services.',
    },
    {
      key: 'image',
      label: 'Image URL',
      type: 'url',
      example: 'https://storage.googleapis.com/ghl-media/ve9EPM428h8vShlRW1KT/seo-package.png',
      helpText: 'A picture of the product (for example the hosted URL from Upload File to Media Library).',
    },
    {
      key: 'priceName',
      label: 'Price Name',
      in: 'none',
      example: 'Monthly',
      helpText: 'The name of its price, like Monthly or Standard. Leave empty to use the product name.',
    },
    { key: 'amount', label: 'Price', type: 'number', required: true, in: 'none', example: 299, helpText: `The price, ${MONEY_HELP}.` },
    { ...currencyField, in: 'none', helpText: 'Three-letter ISO 4217 code of the price, like USD, EUR or GBP.' },
    {
      key: 'interval',
      label: 'Billed Every',
      in: 'none',
      choices: INTERVALS,
      example: 'month',
      helpText: 'For a recurring price: the billing period. Leave empty for a one-time price.',
    },
    {
      key: 'intervalCount',
      label: 'Number of Periods',
      type: 'integer',
      in: 'none',
      example: 1,
      helpText: 'For a recurring price: how many periods between charges, like 3 for every three months. Leave empty for 1.',
    },
  ],
  // The price is checked before the product is made, so a bad price never leaves a product without one.
  perform: async (z, bundle, input) => {
    const currency = currencyOf(input.currency);
    if (input.amount < 0) throw invalidInput('Price (`amount`) cannot be negative.');
    checkMoney(input.amount, currency, 'Price (`amount`)');
    if (input.intervalCount !== undefined && !input.interval)
      throw invalidInput('Number of Periods (`intervalCount`) is for recurring prices: choose Billed Every (`interval`) too, or clear it.');
    if (input.intervalCount !== undefined && input.intervalCount < 1)
      throw invalidInput('Number of Periods (`intervalCount`) must be 1 or more.');
    const locationId = connectedLocation(bundle);
    const body = { locationId, name: input.name, productType: input.productType, description: input.description, image: input.image };
    const product = presentProduct(await ghl(z, bundle, 'POST /products/', { body: compact(body) }));
    const price = await ghl(z, bundle, 'POST /products/{productId}/price', {
      path: { productId: product.id },
      what: `Product ${product.id}`,
      body: {
        locationId,
        name: input.priceName ?? input.name,
        currency,
        amount: input.amount,
        type: input.interval ? 'recurring' : 'one_time',
        ...(input.interval ? { recurring: { interval: input.interval, intervalCount: input.intervalCount ?? 1 } } : {}),
      },
    });
    return {
      ...product,
      priceId: price?._id,
      priceName: price?.name,
      amount: price?.amount,
      currency: price?.currency,
      priceType: price?.type,
      recurring: price?.recurring,
    };
  },
  sample: {
    ...productSample,
    priceId: priceSample.id,
    priceName: 'Monthly',
    amount: 299,
    currency: 'USD',
    priceType: 'recurring',
    recurring: priceSample.recurring,
  },
  outputLabels: {
    ...productLabels,
    priceId: 'Price ID',
    priceName: 'Price Name',
    amount: 'Price',
    priceType: 'Price Type (one_time or recurring)',
  },
});
