import { contactEvents } from '../../families/contacts';
import { restHook } from '../../steps/restHook';
import contactUpdated from '../contacts/contactUpdated';

export default restHook({
  key: 'contact_dnd_changed_hook',
  noun: 'Contact',
  label: 'Contact DND Changed (Instant)',
  description: "Triggers when a contact's Do Not Disturb settings change (all channels or one).",
  events: ['ContactDndUpdate'],
  family: contactEvents,
  list: { step: contactUpdated },
});
