import { appEventHook } from '../../steps/define';
import getContactNotes from './getContactNotes';
import { noteEvents } from './contactEvents.appEvent';

// HighLevel lists notes per contact only: "Test trigger" shows the notes of a contact you choose.
export default appEventHook({
  key: 'note_created_hook',
  noun: 'Note',
  label: 'Note Created (Instant)',
  description: 'Triggers when a note is added to any contact in the sub-account.',
  events: ['NoteCreate'],
  adapter: noteEvents,
  list: { step: getContactNotes, sampleFields: ['contactId'] },
});
