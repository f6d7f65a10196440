import { appEventHook } from '../../steps/define';
import contactUpdated from './contactUpdated';
import { contactEvents } from './contactEvents.appEvent';

export default appEventHook({
  key: 'contact_updated_hook',
  noun: 'Contact',
  label: 'Contact Updated (Instant)',
  description: 'Triggers when a contact is changed in the sub-account.',
  events: ['ContactUpdate'],
  adapter: contactEvents,
  list: { step: contactUpdated },
});
