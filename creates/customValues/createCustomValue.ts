import { CUSTOM_VALUE_SCOPES, customValueOf, customValueOutputLabels, customValueSample } from '../../families/customValues';
import { create } from '../../steps/define';

export default create({
  key: 'create_custom_value',
  noun: 'Custom Value',
  label: 'Create Custom Value',
  description: 'Adds a custom value (like Offer Price) to the sub-account, for templates and funnels to insert.',
  endpoint: 'POST /locations/{locationId}/customValues',
  scopes: CUSTOM_VALUE_SCOPES.write,
  fields: [
    {
      key: 'name',
      label: 'Name',
      required: true,
      helpText:
        'What the value is called, like Offer Price. HighLevel makes its merge field from it, like {{ custom_values.offer_price }}.',
      example: 'Offer Price',
    },
    {
      key: 'value',
      label: 'Value',
      type: 'text',
      required: true,
      helpText: 'The text templates insert in place of the merge field, like $499 per month.',
      example: '$499 per month',
    },
  ],
  result: customValueOf,
  sample: customValueSample,
  outputLabels: customValueOutputLabels,
});
