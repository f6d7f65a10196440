import { contactEvents } from '../../families/contacts';
import { appEventHook } from '../../steps/define';
import contactUpdated from '../contacts/contactUpdated';

export default appEventHook({
  key: 'contact_deleted_hook',
  noun: 'Contact',
  label: 'Contact Deleted (Instant)',
  description: 'Triggers when a contact is deleted, with its fields as they were.',
  events: ['ContactDelete'],
  adapter: contactEvents,
  list: { step: contactUpdated },
});
