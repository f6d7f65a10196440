import { noteEvents } from '../../families/contacts';
import { restHook } from '../../steps/restHook';
import getContactNotes from '../contacts/getContactNotes';

export default restHook({
  key: 'note_deleted_hook',
  noun: 'Note',
  label: 'Note Deleted (Instant)',
  description: 'Triggers when a note of any contact in the sub-account is deleted, with its text as it was.',
  events: ['NoteDelete'],
  family: noteEvents,
  list: { step: getContactNotes, sampleFields: ['contactId'] },
});
