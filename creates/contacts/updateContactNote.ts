import { parentContactIdField, CONTACT_SCOPES, noteFields, noteIdField, noteSample } from '../../families/contacts';
import { create } from '../../steps/define';

export default create({
  key: 'update_contact_note',
  noun: 'Note',
  label: 'Update Contact Note',
  description: "Changes a contact's note; fields left empty stay as they are.",
  endpoint: 'PUT /contacts/{contactId}/notes/{id}',
  scopes: CONTACT_SCOPES.write,
  fields: [parentContactIdField, noteIdField, ...noteFields(false)],
  what: (i) => `Note ${i.noteId} of contact ${i.contactId}`,
  result: 'note',
  sample: noteSample,
  outputLabels: { id: 'Note ID', userId: 'Author User ID' },
});
