import { customFieldSample } from '../../families/locations';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'list_custom_fields',
  noun: 'Custom Field',
  label: 'New Custom Field',
  catalog: 'List Custom Fields',
  description: 'Triggers when a new custom field is added to the connected sub-account (for contacts, opportunities or both).',
  endpoint: 'GET /locations/{locationId}/customFields',
  scopes: ['locations/customFields.readonly'],
  fields: [
    {
      key: 'model',
      label: 'Used For',
      example: 'contact',
      choices: { contact: 'Contacts', opportunity: 'Opportunities', all: 'Both' },
      helpText: 'Only custom fields of contacts or of opportunities. Leave empty for both.',
    },
  ],
  list: 'customFields',
  sample: customFieldSample,
  outputLabels: { id: 'Custom Field ID', name: 'Field Name', fieldKey: 'Field Key (for merge tags)', 'picklistOptions[]': 'Options' },
});
