import { contactEvents } from '../../families/contacts';
import { restHook } from '../../steps/restHook';
import contactUpdated from '../contacts/contactUpdated';

export default restHook({
  key: 'contact_deleted_hook',
  noun: 'Contact',
  label: 'Contact Deleted (Instant)',
  description: 'Triggers when a contact is deleted, with its fields as they were.',
  events: ['ContactDelete'],
  family: contactEvents,
  list: { step: contactUpdated },
});
