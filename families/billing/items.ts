// Billing: line items (Zapier line items, or products and prices from the catalogue) and the discount.
import type { Bundle, ZObject } from 'zapier-platform-core';
import { recordIn } from '../../highlevel/answers';
import { compact, ghl } from '../../highlevel/request';
import { invalidInput, type FieldSpec } from '../../steps/fields';
import { checkMoney, currencyOf, MONEY_HELP, PRODUCT_SCOPES } from './money';

export const LINE_ITEMS_KEY = 'lineItems';

export const lineItemsField = (noun: string): FieldSpec => ({
  key: LINE_ITEMS_KEY,
  label: 'Line Items',
  required: true,
  in: 'none',
  // Zapier shows no help on a line-item group (its schema forbids it); Item Name's help says how to map rows.
  helpText: `The ${noun}'s lines: each a name and unit price, or a product (and price) from HighLevel's catalogue.`,
  children: [
    {
      key: 'itemName',
      label: 'Item Name',
      example: 'Local SEO package',
      helpText:
        "What the line is for, as the client sees it; leave empty to use the product's name. To bill an order's rows, map its line items here and in the fields below: each row becomes one line.",
    },
    {
      key: 'itemDescription',
      label: 'Item Description',
      type: 'text',
      helpText: 'More about the line, shown under its name.',
      example: 'Monthly on-page and local listings work',
    },
    {
      key: 'productId',
      label: 'Product',
      dynamic: 'new_product.id.name',
      example: '655b33a82209e60b6adb87a5',
      helpText:
        "A product of the sub-account's catalogue. Pick one or map a Product ID; its name and price fill in what the line leaves empty.",
    },
    {
      key: 'priceId',
      label: 'Price',
      dynamic: 'list_product_prices.id.name',
      example: '655b33aa2209e60b6adb87a7',
      helpText: "One of the product's prices. Needed when the product has several prices and the line gives no Unit Price.",
    },
    {
      key: 'quantity',
      label: 'Quantity',
      type: 'number',
      required: true,
      example: 2,
      helpText: 'How many units, like 1 or 2.5. Must be a number above 0.',
    },
    {
      key: 'unitPrice',
      label: 'Unit Price',
      type: 'number',
      example: 750,
      helpText: `Price of one unit, ${MONEY_HELP}. Leave empty to use the product's price.`,
    },
    {
      key: 'itemCurrency',
      label: 'Item Currency',
      example: 'USD',
      helpText: "The line's currency, when the order gives one: it must be the same as the Currency above (nothing is converted).",
    },
    {
      key: 'taxName',
      label: 'Tax Name',
      example: 'Sales Tax',
      helpText: 'Name of a tax on this line, like Sales Tax. Give it with Tax Rate and Tax ID.',
    },
    { key: 'taxRate', label: 'Tax Rate (%)', type: 'number', example: 8.25, helpText: 'The tax as a percentage of the line, like 8.25.' },
    {
      key: 'taxId',
      label: 'Tax ID',
      example: '654492a4e6bef380114de15a',
      helpText: "HighLevel's ID of the tax, from Payments › Settings › Taxes in the sub-account.",
    },
  ],
  example: [
    {
      itemName: 'Local SEO package',
      itemDescription: 'Monthly on-page and local listings work',
      quantity: 1,
      unitPrice: 1200,
      itemCurrency: 'USD',
      taxName: 'Sales Tax',
      taxRate: 8.25,
      taxId: '654492a4e6bef380114de15a',
    },
    { productId: '655b33a82209e60b6adb87a5', priceId: '655b33aa2209e60b6adb87a7', quantity: 2, unitPrice: 150 },
  ],
});

export type Row = Record<string, any>;

/** Checks every line before any request: quantities, prices, currencies and taxes. */
const checkRows = (rows: Row[], currency: string): (Row & { where: string })[] =>
  rows.map((row, i) => {
    const where = rows.length > 1 ? `Line Items (\`lineItems\`), row ${i + 1}` : 'Line Items (`lineItems`)';
    if (row.quantity <= 0) throw invalidInput(`${where}: Quantity (\`quantity\`) must be above 0 (it is ${row.quantity}).`);
    if (row.unitPrice !== undefined) {
      if (row.unitPrice < 0)
        throw invalidInput(`${where}: Unit Price (\`unitPrice\`) cannot be negative; use the Discount fields instead.`);
      checkMoney(row.unitPrice, currency, `${where}: Unit Price (\`unitPrice\`)`);
    }
    if (row.itemCurrency !== undefined && currencyOf(row.itemCurrency, `${where}: Item Currency (\`itemCurrency\`)`) !== currency) {
      throw invalidInput(
        `${where} is in ${String(row.itemCurrency).toUpperCase()} but the Currency is ${currency}: HighLevel bills one currency and nothing is converted.`,
      );
    }
    if (row.priceId && !row.productId)
      throw invalidInput(`${where}: a Price (\`priceId\`) needs its Product (\`productId\`); choose the product too.`);
    if (!row.productId && row.unitPrice === undefined)
      throw invalidInput(`${where}: give a Unit Price (\`unitPrice\`), or choose a Product (\`productId\`).`);
    if (!row.productId && !row.itemName)
      throw invalidInput(`${where}: give an Item Name (\`itemName\`), or choose a Product (\`productId\`).`);
    const tax = [row.taxName, row.taxRate, row.taxId];
    if (tax.some((v) => v !== undefined) && tax.some((v) => v === undefined)) {
      throw invalidInput(`${where}: a tax needs its Tax Name (\`taxName\`), Tax Rate (\`taxRate\`) and Tax ID (\`taxId\`).`);
    }
    return { ...row, where };
  });

/** The line's product and price, read only when the line leaves its name or unit price empty. */
const catalogueLookup = (z: ZObject, bundle: Bundle) => {
  const products = new Map<string, Promise<Record<string, any>>>();
  const prices = new Map<string, Promise<Record<string, any>[]>>();
  return {
    product: (productId: string) => {
      if (!products.has(productId)) {
        products.set(
          productId,
          ghl(z, bundle, 'GET /products/{productId}', {
            path: { productId },
            location: 'query',
            what: `Product ${productId}`,
          }).then((data) => recordIn(data, 'product') ?? {}),
        );
      }
      return products.get(productId)!;
    },
    prices: (productId: string, priceId?: string) => {
      const key = `${productId}/${priceId ?? ''}`;
      if (!prices.has(key)) {
        prices.set(
          key,
          ghl(z, bundle, 'GET /products/{productId}/price', {
            path: { productId },
            location: 'query',
            query: { ids: priceId },
            what: `Product ${productId}`,
          }).then((data) => (Array.isArray(data?.prices) ? data.prices : []).filter((p: unknown) => p && typeof p === 'object')),
        );
      }
      return prices.get(key)!;
    },
  };
};

export const CATALOGUE_CALLS = [
  { endpoint: 'GET /products/{productId}' as const, scopes: PRODUCT_SCOPES.read },
  { endpoint: 'GET /products/{productId}/price' as const, scopes: PRODUCT_SCOPES.prices.read },
];

/** The price a line uses when it gives no unit price: the chosen one, or the product's only price. */
const priceOf = async (catalogue: ReturnType<typeof catalogueLookup>, row: Row & { where: string }) => {
  const found = await catalogue.prices(row.productId, row.priceId);
  const chosen = row.priceId ? found.find((p) => (p._id ?? p.id) === row.priceId) : found.length === 1 ? found[0] : undefined;
  if (chosen) return chosen;
  if (row.priceId) throw invalidInput(`${row.where}: Price ${row.priceId} is not a price of Product ${row.productId}.`);
  if (!found.length) throw invalidInput(`${row.where}: Product ${row.productId} has no price; give a Unit Price.`);
  const names = found.map((p) => `${p.name ?? p._id} (${p.amount} ${p.currency})`).join(', ');
  throw invalidInput(`${row.where}: Product ${row.productId} has ${found.length} prices (${names}); choose a Price or give a Unit Price.`);
};

/** HighLevel's items (InvoiceItemDto) for the checked lines, filling names and prices from the catalogue. */
export const lineItems = async (z: ZObject, bundle: Bundle, rows: Row[], currency: string) => {
  const checked = checkRows(rows, currency);
  const catalogue = catalogueLookup(z, bundle);
  return Promise.all(
    checked.map(async (row) => {
      let amount = row.unitPrice;
      if (amount === undefined) {
        const price = await priceOf(catalogue, row);
        if (String(price.currency ?? '').toUpperCase() !== currency) {
          throw invalidInput(
            `${row.where}: the product's price is in ${price.currency} but the Currency is ${currency}; nothing is converted. Give a Unit Price in ${currency}.`,
          );
        }
        amount = price.amount;
      }
      const name = row.itemName ?? (await catalogue.product(row.productId)).name;
      if (!name) throw invalidInput(`${row.where}: Product ${row.productId} has no name; give an Item Name.`);
      return compact({
        name,
        description: row.itemDescription,
        productId: row.productId,
        priceId: row.priceId,
        currency,
        amount,
        qty: row.quantity,
        taxes: row.taxId ? [{ _id: row.taxId, name: row.taxName, rate: row.taxRate, calculation: 'exclusive' }] : undefined,
      });
    }),
  );
};

// ---- Discount ----

export const discountFields: FieldSpec[] = [
  {
    key: 'discountType',
    label: 'Discount Type',
    in: 'none',
    choices: { percentage: 'Percentage', fixed: 'Fixed Amount' },
    example: 'percentage',
    helpText: 'How Discount Value reads: a percentage of the total, or a fixed amount in the currency.',
  },
  {
    key: 'discountValue',
    label: 'Discount Value',
    type: 'number',
    in: 'none',
    example: 10,
    helpText: `The discount: a percentage like 10, or a fixed amount ${MONEY_HELP}. Leave empty for none.`,
  },
];

export const discountOf = (input: Row, currency: string) => {
  const value = input.discountValue ?? 0;
  if (value < 0) throw invalidInput('Discount Value (`discountValue`) cannot be negative.');
  const type = input.discountType ?? 'percentage';
  if (type === 'percentage' && value > 100)
    throw invalidInput('Discount Value (`discountValue`) is a percentage here and cannot be above 100.');
  if (type === 'fixed') checkMoney(value, currency, 'Discount Value (`discountValue`)');
  return { type, value };
};
