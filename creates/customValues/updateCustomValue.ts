import {
  CUSTOM_VALUE_SCOPES,
  customValueIdField,
  customValueNamed,
  customValueOf,
  customValueOutputLabels,
  customValueSample,
  LIST_CUSTOM_VALUES,
  listCustomValues,
} from '../../families/customValues';
import { ghl } from '../../highlevel/request';
import { create } from '../../steps/define';
import { invalidInput } from '../../steps/fields';

export default create({
  key: 'update_custom_value',
  noun: 'Custom Value',
  label: 'Update Custom Value',
  description: 'Sets a new value (or name) for a custom value, chosen from a list or found by its name, like Offer Price.',
  endpoint: 'PUT /locations/{locationId}/customValues/{id}',
  scopes: CUSTOM_VALUE_SCOPES.write,
  fields: [
    {
      ...customValueIdField,
      required: false,
      in: 'none',
      helpText: 'The custom value to change. Pick one or map its ID; or leave this empty and give its name below.',
    },
    {
      key: 'customValueName',
      label: 'Custom Value Name',
      in: 'none',
      example: 'Offer Price',
      helpText:
        'Finds the custom value by its name (any capitals) or merge field, like Offer Price or {{ custom_values.offer_price }}, so a Zap needs no ID. Used when Custom Value is empty.',
    },
    {
      key: 'value',
      label: 'Value',
      type: 'text',
      in: 'none',
      helpText: 'The new text templates insert for it. Leave empty to keep the current value.',
      example: '$449 per month',
    },
    {
      key: 'newName',
      label: 'New Name',
      in: 'none',
      helpText: 'Renames the custom value (its merge field may change with it). Leave empty to keep the name.',
      example: 'Offer Price',
    },
  ],
  needsOneOf: [
    ['customValueId', 'customValueName'],
    ['value', 'newName'],
  ],
  alsoCalls: [LIST_CUSTOM_VALUES],
  // HighLevel's update needs both name and value: what the user leaves empty is read from the list.
  // A chosen ID with both given needs no list, so that Zap costs one request.
  perform: async (z, bundle, input) => {
    const known = input.customValueId && input.value !== undefined && input.newName !== undefined;
    const current = known
      ? { id: input.customValueId }
      : input.customValueId
        ? (await listCustomValues(z, bundle)).find((v) => v.id === input.customValueId)
        : customValueNamed(await listCustomValues(z, bundle), input.customValueName);
    if (!current) {
      throw invalidInput(`Custom value ${input.customValueId} is not in this sub-account. Pick it again from the Custom Value dropdown.`);
    }
    const data = await ghl(z, bundle, 'PUT /locations/{locationId}/customValues/{id}', {
      path: { id: current.id },
      body: { name: input.newName ?? current.name, value: input.value ?? current.value },
      what: `Custom value ${current.name ?? current.id}`,
    });
    return customValueOf(data);
  },
  sample: customValueSample,
  outputLabels: customValueOutputLabels,
});
