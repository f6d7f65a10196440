import { noteEvents } from '../../families/contacts';
import { restHook } from '../../steps/restHook';
import getContactNotes from '../contacts/getContactNotes';

// HighLevel lists notes per contact only: "Test trigger" shows the notes of a contact you choose.
export default restHook({
  key: 'note_updated_hook',
  noun: 'Note',
  label: 'Note Updated (Instant)',
  description: 'Triggers when a note of any contact in the sub-account is edited.',
  events: ['NoteUpdate'],
  family: noteEvents,
  list: { step: getContactNotes, sampleFields: ['contactId'] },
});
