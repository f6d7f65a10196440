// Custom fields of contacts and opportunities, in one place: the sub-account's fields as Zap inputs,
// their values in HighLevel's `customFields: [{ id, field_value }]` shape, and record outputs that
// carry each value under `customField__<id>`, labelled by the field's name.
import type { Bundle, PlainInputField, ZObject } from 'zapier-platform-core';
import { ghl } from '../highlevel/request';

export type CustomFieldModel = 'contact' | 'opportunity';

/** Steps that load custom fields call this endpoint too (scopes and contract test read it). */
export const CUSTOM_FIELDS_CALL = {
  endpoint: 'GET /locations/{locationId}/customFields' as const,
  scopes: ['locations/customFields.readonly'],
};

const PREFIX = 'customField__';

const FIELD_TYPE: Record<string, PlainInputField['type']> = {
  NUMERICAL: 'number',
  MONETORY: 'number',
  DATE: 'datetime',
  LARGE_TEXT: 'text',
  CHECKBOX: 'string',
};
const MULTI = new Set(['CHECKBOX', 'MULTIPLE_OPTIONS', 'TEXTBOX_LIST']);

const definitions = async (z: ZObject, bundle: Bundle, model: CustomFieldModel): Promise<any[]> => {
  const data = await ghl(z, bundle, CUSTOM_FIELDS_CALL.endpoint, {
    query: { model },
    what: 'Custom fields of the connected sub-account',
  });
  return (Array.isArray(data?.customFields) ? data.customFields : []).filter((f: any) => f?.id);
};

const labelOf = (f: any) => String(f.name ?? f.fieldKey ?? f.id);

/** Input fields for the model's custom fields (loaded while the Zap is edited): right type, choices, names. */
export const customFieldInputs =
  (model: CustomFieldModel) =>
  async (z: ZObject, bundle: Bundle): Promise<PlainInputField[]> =>
    (await definitions(z, bundle, model))
      .filter((f) => f.dataType !== 'FILE_UPLOAD')
      .map((f) => {
        const options: string[] = (f.picklistOptions ?? []).filter((o: unknown) => typeof o === 'string');
        return {
          key: `${PREFIX}${f.id}`,
          label: labelOf(f),
          helpText: `Custom ${model} field${f.fieldKey ? ` ${f.fieldKey}` : ''}${f.placeholder ? `: ${f.placeholder}` : ''}. Leave empty to keep it unchanged.`,
          type: FIELD_TYPE[f.dataType] ?? 'string',
          required: false,
          ...(MULTI.has(f.dataType) ? { list: true } : {}),
          ...(options.length ? { choices: options } : {}),
        };
      });

/** Output fields naming each custom field value by the field's name (loaded while the Zap is edited). */
export const customFieldOutputs = (model: CustomFieldModel) => async (z: ZObject, bundle: Bundle) =>
  (await definitions(z, bundle, model)).map((f) => ({ key: `${PREFIX}${f.id}`, label: labelOf(f) }));

/** The custom field inputs a user filled, in HighLevel's body shape. */
export const customFieldValues = (inputData: Record<string, unknown> = {}) => {
  const values = Object.entries(inputData)
    .filter(([k, v]) => k.startsWith(PREFIX) && v !== undefined && v !== null && v !== '')
    .map(([k, v]) => ({ id: k.slice(PREFIX.length), field_value: v }));
  return values.length ? { customFields: values } : {};
};

/** A record's custom field values under `customField__<id>` (contacts say `value`, opportunities `fieldValue`). */
export const customFieldsById = (record: Record<string, any>) =>
  Object.fromEntries(
    (Array.isArray(record.customFields) ? record.customFields : [])
      .filter((f: any) => f?.id)
      .map((f: any) => [`${PREFIX}${f.id}`, f.value ?? f.fieldValue ?? f.field_value ?? '']),
  );

/**
 * What the steps of a record type with custom fields share. `output`: every step returning such
 * records (their shape, custom fields by name, sample, labels). `form`: create/update/upsert, which
 * also take the custom fields as inputs and send them in HighLevel's shape.
 */
export const withCustomFields = (
  model: CustomFieldModel,
  present: (record: Record<string, any>) => Record<string, any>,
  sample: Record<string, unknown>,
  outputLabels: Record<string, string>,
) => {
  const output = {
    alsoCalls: [CUSTOM_FIELDS_CALL],
    item: present,
    dynamicOutputs: [customFieldOutputs(model)],
    sample,
    outputLabels,
  };
  const form = {
    alsoCalls: output.alsoCalls,
    dynamicFields: [customFieldInputs(model)],
    dynamicOutputs: output.dynamicOutputs,
    request: (_input: Record<string, any>, bundle: Bundle) => ({ body: customFieldValues(bundle.inputData) }),
    sample,
    outputLabels,
  };
  return { output, form };
};
