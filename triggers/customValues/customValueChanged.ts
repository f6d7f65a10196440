import { CUSTOM_VALUE_SCOPES, customValueOutputLabels, customValueSample } from '../../families/customValues';
import { contentHash } from '../../steps/dedupe';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'custom_value_changed',
  noun: 'Custom Value',
  label: 'Custom Value Changed',
  description:
    'Triggers when a custom value of the sub-account gets a new value or name (and when one is added); a change back to an earlier value does not fire again.',
  endpoint: 'GET /locations/{locationId}/customValues',
  scopes: CUSTOM_VALUE_SCOPES.read,
  list: 'customValues',
  // Custom values carry no updated stamp: a hash of each value's content marks a change.
  dedupe: { changedBy: 'content', idAs: 'customValueId' },
  sample: () => ({
    ...customValueSample,
    id: `${customValueSample.id}:${contentHash(customValueSample)}`,
    customValueId: customValueSample.id,
  }),
  outputLabels: { ...customValueOutputLabels, id: 'Change ID', customValueId: 'Custom Value ID' },
});
