// Custom objects: the object's schema (GET /objects/{key}) as inputs and outputs: `property__<key>` fields.
import type { Bundle, PlainInputField, ZObject } from 'zapier-platform-core';
import { isObject } from '../../highlevel/answers';
import { ghl } from '../../highlevel/request';
import { invalidInput, named, parseInput, zapierField, type FieldSpec, type FieldType } from '../../steps/fields';
import { checkObjectKey, SCHEMA_CALL } from './objectFields';

// --- The object's schema --------------------------------------------------------------------------

interface ObjectField {
  name?: string;
  fieldKey: string;
  dataType: string;
  description?: string;
  placeholder?: string;
  options?: { key: string; label: string }[];
  allowCustomOption?: boolean;
}
export interface ObjectSchema {
  object: Record<string, any>;
  fields: ObjectField[];
}

/** The object and its fields; an unknown key is named in the message instead of a bare 404. */
export const objectSchema = async (z: ZObject, bundle: Bundle, key: string): Promise<ObjectSchema> => {
  checkObjectKey(key);
  const data = await ghl(z, bundle, SCHEMA_CALL.endpoint, {
    path: { key },
    query: { fetchProperties: 'true' },
    location: 'query',
    notFoundIsEmpty: true,
  });
  if (!isObject(data) || (!isObject(data.object) && !Array.isArray(data.fields))) {
    throw invalidInput(`Object '${key}' was not found in this sub-account. Pick the object from the dropdown.`);
  }
  const fields = (Array.isArray(data.fields) ? data.fields : []).filter((f: any) => isObject(f) && typeof f.fieldKey === 'string');
  return { object: isObject(data.object) ? data.object : { key }, fields };
};

/**
 * A field's key inside `properties`: the schema's fieldKey without its object prefix. The documents
 * write the prefix both as `custom_objects.pet.` and `custom_object.pet.`; businesses use `business.`.
 */
export const propertyKeyOf = (fieldKey: string, objectKey: string): string => {
  if (fieldKey.startsWith(`${objectKey}.`)) return fieldKey.slice(objectKey.length + 1);
  const custom = /^custom_objects?\.[^.]+\.(.+)$/.exec(fieldKey);
  if (custom) return custom[1];
  const standard = /^[a-z_]+\.(.+)$/.exec(fieldKey);
  return standard ? standard[1] : fieldKey;
};

export const PREFIX = 'property__';

const TYPE: Record<string, FieldType> = {
  TEXT: 'string',
  PHONE: 'string',
  LARGE_TEXT: 'text',
  NUMERICAL: 'number',
  MONETORY: 'number',
  DATE: 'date',
  SINGLE_OPTIONS: 'string',
  RADIO: 'string',
  MULTIPLE_OPTIONS: 'list',
  CHECKBOX: 'list',
};
const OPTION_TYPES = new Set(['SINGLE_OPTIONS', 'RADIO', 'MULTIPLE_OPTIONS', 'CHECKBOX']);

/** One record input: where its value goes in `properties` and how to check it. */
interface PropertyInput {
  spec: FieldSpec;
  property: string;
  dataType: string;
  options: { key: string; label: string }[];
  anyOption: boolean;
}

const optionsOf = (f: ObjectField) =>
  (f.options ?? [])
    .filter((o) => o && typeof o.key === 'string')
    // An option without a label is shown and matched by its key.
    .map((o) => ({ ...o, label: typeof o.label === 'string' && o.label.trim() ? o.label : o.key }));

/** Every field a user can fill, from the schema (file uploads cannot come from a Zap and are left out). */
export const propertyInputs = (schema: ObjectSchema, { isNew }: { isNew: boolean }): PropertyInput[] => {
  const objectKey = String(schema.object.key ?? '');
  const primary = schema.object.primaryDisplayProperty ? propertyKeyOf(String(schema.object.primaryDisplayProperty), objectKey) : undefined;
  return schema.fields.flatMap((f): PropertyInput[] => {
    const property = propertyKeyOf(f.fieldKey, objectKey);
    const name = f.name || property;
    const about = [f.description || f.placeholder, `Field \`${property}\` of the object.`, isNew ? '' : 'Leave empty to keep it unchanged.']
      .filter(Boolean)
      .join(' ');
    // A textbox list keeps one value per option, as `<field>.<option>`.
    if (f.dataType === 'TEXTBOX_LIST') {
      return optionsOf(f).map((o) => ({
        spec: { key: `${PREFIX}${property}.${o.key}`, label: `${name}: ${o.label}`, helpText: about },
        property: `${property}.${o.key}`,
        dataType: 'TEXT',
        options: [],
        anyOption: true,
      }));
    }
    if (!TYPE[f.dataType] && f.dataType !== 'TEXT') return [];
    const options = OPTION_TYPES.has(f.dataType) ? optionsOf(f) : [];
    return [
      {
        spec: {
          key: `${PREFIX}${property}`,
          label: name,
          type: TYPE[f.dataType] ?? 'string',
          required: isNew && property === primary,
          helpText: f.dataType === 'MONETORY' ? `${about} An amount in the sub-account's currency, like 100 or 49.99.` : about,
          ...(options.length ? { choices: Object.fromEntries(options.map((o) => [o.key, o.label])) } : {}),
        },
        property,
        dataType: f.dataType,
        options,
        anyOption: !options.length || (f.dataType === 'RADIO' && Boolean(f.allowCustomOption)),
      },
    ];
  });
};

/** Zapier input fields for the record's fields: typed, options as dropdowns, dates with a date picker. */
export const toZapierInput = (p: PropertyInput): PlainInputField => ({
  ...zapierField(p.spec),
  ...(p.dataType === 'DATE' ? { type: 'datetime' as const } : {}),
});

/** An option by key, or by its label as people type and map it; undefined when it is not one. */
const optionKey = (p: PropertyInput, value: string): string | undefined => {
  const v = value.trim().toLowerCase();
  return (
    p.options.find((o) => o.key === value.trim())?.key ??
    p.options.find((o) => o.label.trim().toLowerCase() === v || o.key.toLowerCase() === v)?.key
  );
};

const checkOptions = (p: PropertyInput, value: unknown): unknown => {
  if (!p.options.length) return value;
  const pick = (v: unknown) => {
    const found = optionKey(p, String(v));
    if (found !== undefined || p.anyOption) return found ?? v;
    const allowed = p.options.map((o) => (o.label === o.key ? o.key : `${o.label} (${o.key})`)).join(', ');
    throw invalidInput(`${named(p.spec)}: '${v}' is not one of the field's options. Use one of: ${allowed}.`);
  };
  return Array.isArray(value) ? value.map(pick) : pick(value);
};

/**
 * The record's `properties` from the user's `property__` inputs, checked against the schema before
 * any write: a number field given text, a bad date or an unknown option stops the step here, and an
 * input the object no longer has is reported rather than dropped.
 */
export const recordProperties = (
  schema: ObjectSchema,
  inputData: Record<string, unknown> = {},
  timeZone: string | null = null,
): Record<string, unknown> => {
  const inputs = propertyInputs(schema, { isNew: false });
  const known = new Set(inputs.map((p) => p.spec.key));
  const stale = Object.keys(inputData).filter((k) => k.startsWith(PREFIX) && !known.has(k) && !isEmpty(inputData[k]));
  if (stale.length) {
    throw invalidInput(
      `The object '${schema.object.key}' has no field ${stale.map((k) => `'${k.slice(PREFIX.length)}'`).join(', ')}. Refresh the fields of this step.`,
    );
  }
  // Options are checked here (by key or label); the other checks are the shared field checks.
  const checked = parseInput(
    inputs.map((p) => ({ ...p.spec, choices: undefined })),
    inputData,
    timeZone,
  );
  return Object.fromEntries(
    inputs
      .filter((p) => p.spec.key in checked)
      .map((p) => {
        const value = checkOptions(p, checked[p.spec.key]);
        return [p.property, p.dataType === 'MONETORY' ? { currency: 'default', value } : value];
      }),
  );
};

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
