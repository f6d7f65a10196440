import { contactEvents } from '../../families/contacts';
import { restHook } from '../../steps/restHook';
import contactUpdated from '../contacts/contactUpdated';

export default restHook({
  key: 'contact_updated_hook',
  noun: 'Contact',
  label: 'Contact Updated (Instant)',
  description: 'Triggers when a contact is changed in the sub-account.',
  events: ['ContactUpdate'],
  family: contactEvents,
  list: { step: contactUpdated },
});
