import { assignedUserFilterField, contactOutput } from '../../families/contacts';
import { TAG_DROPDOWN } from '../../families/tags';
import { trigger } from '../../steps/define';
import { contactSearch } from './contactEvents';

export default trigger({
  ...contactOutput,
  ...contactSearch('dateAdded'),
  key: 'search_contacts',
  noun: 'Contact',
  label: 'New Contact (Matching Search)',
  catalog: 'Search Contacts',
  description: 'Triggers when a new contact matches your search, newest first.',
  fields: [
    {
      key: 'query',
      label: 'Search Text',
      helpText: 'Matches name, email, phone or company. Leave empty for every new contact.',
      example: 'jane',
    },
    {
      key: 'tag',
      label: 'Has Tag',
      in: 'none',
      dynamic: TAG_DROPDOWN,
      helpText: 'Only contacts carrying this tag, for example a tag Rankr adds. Pick one or type it.',
      example: 'rankr-lead',
    },
    assignedUserFilterField,
  ],
  // Dedupe: `id` (the contact); also the Contact dropdown of every contact input, hence paging.
});
