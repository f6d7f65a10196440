import { contactEvents } from '../../families/contacts';
import { restHook } from '../../steps/restHook';
import newContact from '../contacts/newContact';

export default restHook({
  key: 'contact_created_hook',
  noun: 'Contact',
  label: 'Contact Created (Instant)',
  description: 'Triggers when a contact is added to the sub-account, whatever added it (form, import, API or by hand).',
  events: ['ContactCreate'],
  family: contactEvents,
  list: { step: newContact },
});
