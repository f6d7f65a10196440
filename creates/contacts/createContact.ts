import { contactCustomFields, contactFields, contactOutputLabels, contactSample, CONTACT_SCOPES, customFieldValues } from '../../families/contacts';
import { create } from '../../steps/define';

export default create({
  key: 'create_contact',
  noun: 'Contact',
  label: 'Create Contact',
  description: 'Creates a new contact in HighLevel, with tags and custom fields.',
  endpoint: 'POST /contacts/',
  scopes: CONTACT_SCOPES.write,
  alsoCalls: [{ endpoint: 'GET /locations/{locationId}/customFields', scopes: ['locations/customFields.readonly'] }],
  fields: contactFields(),
  dynamicFields: [contactCustomFields],
  location: 'body',
  request: (_input, bundle) => ({ body: customFieldValues(bundle.inputData) }),
  result: 'contact',
  sample: contactSample,
  outputLabels: contactOutputLabels,
});
