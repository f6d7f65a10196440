import {
  CONTACT_SCOPES,
  contactCustomFieldOutputs,
  contactCustomFields,
  contactFields,
  contactIdField,
  contactOutputLabels,
  contactSample,
  CUSTOM_FIELDS_CALL,
  customFieldValues,
  presentContact,
} from '../../families/contacts';
import { create } from '../../steps/define';

export default create({
  key: 'update_contact',
  noun: 'Contact',
  label: 'Update Contact',
  description: 'Changes the fields you fill in on an existing contact; empty fields stay as they are.',
  endpoint: 'PUT /contacts/{contactId}',
  scopes: CONTACT_SCOPES.write,
  alsoCalls: [CUSTOM_FIELDS_CALL],
  fields: [contactIdField, ...contactFields({ forUpdate: true })],
  dynamicFields: [contactCustomFields],
  request: (_input, bundle) => ({ body: customFieldValues(bundle.inputData) }),
  what: (i) => `Contact ${i.contactId}`,
  result: (data) => presentContact(data.contact ?? {}),
  dynamicOutputs: [contactCustomFieldOutputs],
  sample: contactSample,
  outputLabels: contactOutputLabels,
});
