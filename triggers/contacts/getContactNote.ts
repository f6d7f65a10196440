import { parentContactIdField, CONTACT_SCOPES, noteIdField, noteSample } from '../../families/contacts';
import { contentHash } from '../../steps/dedupe';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'get_contact_note',
  noun: 'Note',
  label: 'Note Updated (Chosen Note)',
  catalog: 'Get Contact Note by ID',
  description: 'Triggers when the chosen note is edited.',
  endpoint: 'GET /contacts/{contactId}/notes/{id}',
  scopes: CONTACT_SCOPES.read,
  fields: [parentContactIdField, noteIdField],
  record: 'note',
  // Notes keep only dateAdded: a hash of their content marks an edit.
  dedupe: { changedBy: 'content', idAs: 'noteId' },
  what: (i) => `Note ${i.noteId} of contact ${i.contactId}`,
  sample: () => ({ ...noteSample, id: `${noteSample.id}:${contentHash(noteSample)}`, noteId: noteSample.id }),
  outputLabels: { id: 'Change ID', noteId: 'Note ID', userId: 'Author User ID' },
});
