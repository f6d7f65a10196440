// Billing: currency and money checks (major units, as HighLevel's documents show; nothing rounded or converted).
import { once } from '../../steps/core';
import { invalidInput, type FieldSpec } from '../../steps/fields';

export const PRODUCT_SCOPES = {
  read: ['products.readonly'],
  write: ['products.write'],
  prices: { read: ['products/prices.readonly'], write: ['products/prices.write'] },
};

// ---- Currency and money ----

/** ISO 4217 codes, the ones HighLevel's payment providers take; made on the first check, not at load (ICU's list takes 0.5 ms). */
const currencies = once(() => new Set(Intl.supportedValuesOf('currency')));

export const currencyOf = (value: unknown, label = 'Currency (`currency`)'): string => {
  const code = String(value ?? '')
    .trim()
    .toUpperCase();
  if (!currencies().has(code)) {
    throw invalidInput(
      `${label} ${String(value)} is not a currency HighLevel takes: use a three-letter ISO 4217 code, like USD, EUR or GBP.`,
    );
  }
  return code;
};

const decimalsOf = (currency: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;

/** Refuses an amount with more decimals than its currency has: HighLevel would round it. */
export const checkMoney = (amount: number, currency: string, label: string): number => {
  const text = String(amount);
  const decimals = decimalsOf(currency);
  const given = /e/i.test(text) ? Infinity : (text.split('.')[1] ?? '').length;
  if (given > decimals) {
    throw invalidInput(
      `${label} ${text} has more decimals than ${currency} has (${decimals}); HighLevel would round it. Give the amount in ${currency} with at most ${decimals} decimals.`,
    );
  }
  return amount;
};

export const currencyField: FieldSpec = {
  key: 'currency',
  label: 'Currency',
  required: true,
  example: 'USD',
  default: 'USD',
  helpText:
    'Three-letter ISO 4217 code of the currency every amount is in, like USD, EUR or GBP. Amounts are never converted: a line item or price in another currency is refused.',
};

export const MONEY_HELP = 'in major units of the currency (1500.50 means $1,500.50, not cents), as HighLevel expects';
