import { contactOutput, CONTACT_SCOPES, userIdField } from '../../families/contacts';
import { TAG_DROPDOWN } from '../../families/tags';
import { trigger } from '../../steps/define';

export default trigger({
  ...contactOutput,
  key: 'search_contacts',
  noun: 'Contact',
  label: 'Search Contacts',
  description: 'Triggers when a new contact matches your search, newest first.',
  endpoint: 'POST /contacts/search',
  scopes: CONTACT_SCOPES.read,
  fields: [
    { key: 'query', label: 'Search Text', help: 'Matches name, email, phone or company. Leave empty for every new contact.', example: 'jane' },
    { key: 'tag', label: 'Has Tag', in: 'none', dynamic: TAG_DROPDOWN, help: 'Only contacts carrying this tag, for example a tag Rankr adds. Pick one or type it.', example: 'rankr-lead' },
    { ...userIdField('assignedTo', 'Assigned User', 'Only contacts owned by this HighLevel user.'), in: 'none' },
  ],
  location: 'body',
  // HighLevel's search guide: pages start at 1, at most 100 per page; sort newest first.
  request: (input, _bundle, { page, limit }) => ({
    body: {
      page: page + 1,
      pageLimit: limit,
      sort: [{ field: 'dateAdded', direction: 'desc' }],
      filters: [
        ...(input.tag ? [{ field: 'tags', operator: 'contains', value: [input.tag] }] : []),
        ...(input.assignedTo ? [{ field: 'assignedTo', operator: 'eq', value: input.assignedTo }] : []),
      ],
    },
  }),
  canPaginate: true,
  list: 'contacts',
  newest: 'dateAdded',
});
