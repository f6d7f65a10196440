import { CUSTOM_VALUE_SCOPES, customValueIdField } from '../../families/customValues';
import { confirmation, create } from '../../steps/define';

export default create({
  key: 'delete_custom_value',
  noun: 'Custom Value',
  label: 'Delete Custom Value',
  description: 'Deletes a custom value from the sub-account; templates that insert it show nothing in its place.',
  endpoint: 'DELETE /locations/{locationId}/customValues/{id}',
  scopes: CUSTOM_VALUE_SCOPES.write,
  fields: [{ ...customValueIdField, helpText: 'The custom value to delete. Pick one, or map a Custom Value ID from an earlier step.' }],
  what: (i) => `Custom value ${i.customValueId}`,
  result: confirmation('customValueId'),
  sample: { id: 'rWQ709Pb62syqGLceg1x', success: true },
  outputLabels: { id: 'Deleted Custom Value ID', success: 'Deleted' },
});
