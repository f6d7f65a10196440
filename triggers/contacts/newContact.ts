import { assignedUserFilterField, contactOutput } from '../../families/contacts';
import { trigger } from '../../steps/define';
import { contactSearch } from './contactEvents';

export default trigger({
  ...contactOutput,
  ...contactSearch('dateAdded'),
  key: 'new_contact',
  noun: 'Contact',
  label: 'New Contact',
  description: 'Triggers when a contact is added to the sub-account, whatever added it (form, import, API or by hand).',
  fields: [assignedUserFilterField],
  // Dedupe: `id`, the contact's own ID: each contact fires once.
});
