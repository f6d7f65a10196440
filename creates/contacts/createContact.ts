import {
  CONTACT_SCOPES,
  contactCustomFieldOutputs,
  contactCustomFields,
  contactFields,
  contactOutputLabels,
  contactSample,
  CUSTOM_FIELDS_CALL,
  customFieldValues,
  presentContact,
} from '../../families/contacts';
import { create } from '../../steps/define';

export default create({
  key: 'create_contact',
  noun: 'Contact',
  label: 'Create Contact',
  description: 'Creates a new contact in HighLevel, with tags and custom fields.',
  endpoint: 'POST /contacts/',
  scopes: CONTACT_SCOPES.write,
  alsoCalls: [CUSTOM_FIELDS_CALL],
  fields: contactFields(),
  dynamicFields: [contactCustomFields],
  location: 'body',
  request: (_input, bundle) => ({ body: customFieldValues(bundle.inputData) }),
  result: (data) => presentContact(data.contact ?? {}),
  dynamicOutputs: [contactCustomFieldOutputs],
  sample: contactSample,
  outputLabels: contactOutputLabels,
});
