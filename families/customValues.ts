// Custom values: the sub-account's named values ("Offer Price", "Booking Link") that templates,
// emails and funnels insert with merge fields like {{ custom_values.offer_price }}.
import type { Bundle, ZObject } from 'zapier-platform-core';
import { listIn, recordIn } from '../highlevel/answers';
import { ghl } from '../highlevel/request';
import { invalidInput, type FieldSpec } from '../steps/fields';

// Get/update/delete of one value name no scope in the documents; the list's and create's cover them.
export const CUSTOM_VALUE_SCOPES = { read: ['locations/customValues.readonly'], write: ['locations/customValues.write'] };

/** The list every custom value step reads: one request, every value (HighLevel does not page it). */
export const LIST_CUSTOM_VALUES = {
  endpoint: 'GET /locations/{locationId}/customValues' as const,
  scopes: CUSTOM_VALUE_SCOPES.read,
};

/** The dropdown of the sub-account's custom values, by ID, labelled with their names. */
export const customValueIdField: FieldSpec = {
  key: 'customValueId',
  label: 'Custom Value',
  as: 'id',
  required: true,
  dynamic: 'new_custom_value.id.name',
  helpText: 'The custom value (like Offer Price or Booking Link). Pick one, or map a Custom Value ID from an earlier step.',
  example: 'rWQ709Pb62syqGLceg1x',
};

export const customValueSample = {
  id: 'rWQ709Pb62syqGLceg1x',
  name: 'Offer Price',
  fieldKey: '{{ custom_values.offer_price }}',
  value: '$499 per month',
  locationId: 've9EPM428h8vShlRW1KT',
};

export const customValueOutputLabels = {
  id: 'Custom Value ID',
  name: 'Name',
  fieldKey: 'Merge Field',
  value: 'Value',
  locationId: 'Sub-Account ID',
};

/** What create, update and get answer: the value, wrapped under `customValue` or bare. */
export const customValueOf = (data: unknown) => recordIn(data, 'customValue');

export const listCustomValues = async (z: ZObject, bundle: Bundle) =>
  listIn(await ghl(z, bundle, LIST_CUSTOM_VALUES.endpoint, { what: 'Custom values of the connected sub-account' }), 'customValues');

const normalized = (text: unknown) =>
  String(text ?? '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
/** `{{ custom_values.offer_price }}` → `offer_price`, so users may also name a value by its merge field. */
const mergeKey = (fieldKey: unknown) =>
  normalized(fieldKey)
    .replace(/^\{\{\s*custom_values\./, '')
    .replace(/\s*\}\}$/, '');

/**
 * The one custom value a user named: by name (any case), else by merge field. No match or several
 * matches stop the step with a message naming the value, before anything is changed.
 */
export const customValueNamed = (values: Record<string, any>[], name: string): Record<string, any> => {
  const wanted = normalized(name);
  const byName = values.filter((v) => normalized(v.name) === wanted);
  const exact = byName.filter((v) => String(v.name).trim() === name.trim());
  const matches = byName.length ? (exact.length === 1 ? exact : byName) : values.filter((v) => mergeKey(v.fieldKey) === mergeKey(wanted));
  if (matches.length === 1) return matches[0];
  if (!matches.length) {
    throw invalidInput(
      `No custom value is named "${name.trim()}" in this sub-account. Check the spelling (see Settings → Custom Values in HighLevel), or pick it from the Custom Value dropdown (\`customValueId\`).`,
    );
  }
  throw invalidInput(
    `${matches.length} custom values are named "${name.trim()}" (IDs ${matches.map((v) => v.id).join(', ')}). Pick the one you mean from the Custom Value dropdown, or rename one of them in HighLevel.`,
  );
};
