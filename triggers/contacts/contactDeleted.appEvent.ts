import { appEventHook } from '../../steps/define';
import contactUpdated from './contactUpdated';
import { contactEvents } from './contactEvents.appEvent';

export default appEventHook({
  key: 'contact_deleted_hook',
  noun: 'Contact',
  label: 'Contact Deleted (Instant)',
  description: 'Triggers when a contact is deleted, with its fields as they were.',
  events: ['ContactDelete'],
  adapter: contactEvents,
  list: { step: contactUpdated },
});
