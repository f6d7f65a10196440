import { contactCustomFields, contactFields, contactIdField, contactOutputLabels, contactSample, CONTACT_SCOPES, customFieldValues } from '../../families/contacts';
import { create } from '../../steps/define';

export default create({
  key: 'update_contact',
  noun: 'Contact',
  label: 'Update Contact',
  description: 'Changes the fields you fill in on an existing contact; empty fields stay as they are.',
  endpoint: 'PUT /contacts/{contactId}',
  scopes: CONTACT_SCOPES.write,
  alsoCalls: [{ endpoint: 'GET /locations/{locationId}/customFields', scopes: ['locations/customFields.readonly'] }],
  fields: [contactIdField, ...contactFields({ forUpdate: true })],
  dynamicFields: [contactCustomFields],
  request: (_input, bundle) => ({ body: customFieldValues(bundle.inputData) }),
  what: (i) => `Contact ${i.contactId}`,
  result: 'contact',
  sample: contactSample,
  outputLabels: contactOutputLabels,
});
