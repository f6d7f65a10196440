import { noteEvents } from '../../families/contacts';
import { restHook } from '../../steps/restHook';
import getContactNotes from '../contacts/getContactNotes';

// HighLevel lists notes per contact only: "Test trigger" shows the notes of a contact you choose.
export default restHook({
  key: 'note_created_hook',
  noun: 'Note',
  label: 'Note Created (Instant)',
  description: 'Triggers when a note is added to any contact in the sub-account.',
  events: ['NoteCreate'],
  family: noteEvents,
  list: { step: getContactNotes, sampleFields: ['contactId'] },
});
