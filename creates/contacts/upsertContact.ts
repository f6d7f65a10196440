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
  key: 'upsert_contact',
  noun: 'Contact',
  label: 'Upsert Contact',
  description: "Updates the contact with this email or phone, or creates it when there is none (HighLevel's duplicate rules decide).",
  endpoint: 'POST /contacts/upsert',
  scopes: CONTACT_SCOPES.write,
  alsoCalls: [CUSTOM_FIELDS_CALL],
  fields: contactFields(),
  dynamicFields: [contactCustomFields],
  location: 'body',
  request: (_input, bundle) => ({ body: customFieldValues(bundle.inputData) }),
  result: (data) => ({ ...presentContact(data.contact ?? {}), isNew: Boolean(data.new) }),
  dynamicOutputs: [contactCustomFieldOutputs],
  sample: { ...contactSample, isNew: true },
  outputLabels: { ...contactOutputLabels, isNew: 'Was Created' },
});
