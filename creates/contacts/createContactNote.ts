import { contactIdField, CONTACT_SCOPES, noteFields, noteSample } from '../../families/contacts';
import { create } from '../../steps/define';

export default create({
  key: 'create_contact_note',
  noun: 'Note',
  label: 'Create Contact Note',
  description: "Adds a note to a contact's record.",
  endpoint: 'POST /contacts/{contactId}/notes',
  scopes: CONTACT_SCOPES.write,
  fields: [contactIdField, ...noteFields(true)],
  what: (i) => `Contact ${i.contactId}`,
  result: 'note',
  sample: noteSample,
  outputLabels: { id: 'Note ID', userId: 'Author User ID' },
});
