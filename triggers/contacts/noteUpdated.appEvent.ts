import { appEventHook } from '../../steps/define';
import getContactNotes from './getContactNotes';
import { noteEvents } from './contactEvents.appEvent';

// HighLevel lists notes per contact only: "Test trigger" shows the notes of a contact you choose.
export default appEventHook({
  key: 'note_updated_hook',
  noun: 'Note',
  label: 'Note Updated (Instant)',
  description: 'Triggers when a note of any contact in the sub-account is edited.',
  events: ['NoteUpdate'],
  adapter: noteEvents,
  list: { step: getContactNotes, sampleFields: ['contactId'] },
});
