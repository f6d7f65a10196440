import { parentContactIdField, CONTACT_SCOPES, noteIdField } from '../../families/contacts';
import { confirmation, create } from '../../steps/define';

export default create({
  key: 'delete_contact_note',
  noun: 'Note',
  label: 'Delete Contact Note',
  description: "Deletes one of a contact's notes.",
  endpoint: 'DELETE /contacts/{contactId}/notes/{id}',
  scopes: CONTACT_SCOPES.write,
  fields: [parentContactIdField, noteIdField],
  what: (i) => `Note ${i.noteId} of contact ${i.contactId}`,
  result: confirmation('noteId', (i) => ({ contactId: i.contactId })),
  sample: { id: 'HGPcayliwcdoUFzvbTok', success: true, contactId: 'seD4PfOuKoVMLkEZqohJ' },
  outputLabels: { id: 'Deleted Note ID' },
});
