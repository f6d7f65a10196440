import { appEventHook } from '../../steps/define';
import newContact from './newContact';
import { contactEvents } from './contactEvents.appEvent';

export default appEventHook({
  key: 'contact_created_hook',
  noun: 'Contact',
  label: 'Contact Created (Instant)',
  description: 'Triggers when a contact is added to the sub-account, whatever added it (form, import, API or by hand).',
  events: ['ContactCreate'],
  adapter: contactEvents,
  list: { step: newContact },
});
