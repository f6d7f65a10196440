import { CUSTOM_VALUE_SCOPES, customValueOutputLabels, customValueSample } from '../../families/customValues';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'new_custom_value',
  noun: 'Custom Value',
  label: 'New Custom Value',
  description:
    'Triggers when a custom value (like Offer Price or Booking Link) is added to the sub-account. Also lists them for Custom Value dropdowns.',
  endpoint: 'GET /locations/{locationId}/customValues',
  scopes: CUSTOM_VALUE_SCOPES.read,
  // HighLevel answers with every custom value at once and keeps no creation date, so the `id`
  // dedupe alone spots the new ones, whatever the order.
  list: 'customValues',
  sample: customValueSample,
  outputLabels: customValueOutputLabels,
});
