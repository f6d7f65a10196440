import { appEventHook } from '../../steps/define';
import contactUpdated from './contactUpdated';
import { contactEvents } from './contactEvents.appEvent';

export default appEventHook({
  key: 'contact_dnd_changed_hook',
  noun: 'Contact',
  label: 'Contact DND Changed (Instant)',
  description: "Triggers when a contact's Do Not Disturb settings change (all channels or one).",
  events: ['ContactDndUpdate'],
  adapter: contactEvents,
  list: { step: contactUpdated },
});
