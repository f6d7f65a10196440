import { contactEvents } from '../../families/contacts';
import { appEventHook } from '../../steps/define';
import contactUpdated from '../contacts/contactUpdated';

export default appEventHook({
  key: 'contact_updated_hook',
  noun: 'Contact',
  label: 'Contact Updated (Instant)',
  description: 'Triggers when a contact is changed in the sub-account.',
  events: ['ContactUpdate'],
  adapter: contactEvents,
  list: { step: contactUpdated },
});
