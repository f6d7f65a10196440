import { appEventHook } from '../../steps/define';
import getContactNotes from './getContactNotes';
import { noteEvents } from './contactEvents.appEvent';

export default appEventHook({
  key: 'note_deleted_hook',
  noun: 'Note',
  label: 'Note Deleted (Instant)',
  description: 'Triggers when a note of any contact in the sub-account is deleted, with its text as it was.',
  events: ['NoteDelete'],
  adapter: noteEvents,
  list: { step: getContactNotes, sampleFields: ['contactId'] },
});
