import { contactOutput, CONTACT_SCOPES } from '../../families/contacts';
import { trigger } from '../../steps/define';

export default trigger({
  ...contactOutput,
  key: 'get_contacts_by_business',
  noun: 'Contact',
  label: 'New Contact (Chosen Business)',
  catalog: 'Get Contacts by Business',
  description: 'Triggers when a new contact is linked to the chosen business.',
  endpoint: 'GET /contacts/business/{businessId}',
  scopes: CONTACT_SCOPES.read,
  fields: [
    {
      key: 'businessId',
      label: 'Business',
      required: true,
      dynamic: 'list_businesses.id.name',
      example: '641c094001436dbc2081e642',
      helpText: 'The HighLevel business (company record) whose contacts to watch.',
    },
    { key: 'query', label: 'Search Text', helpText: 'Only contacts whose name, email or phone matches.', example: 'jane' },
  ],
  location: 'query',
  request: (_input, _bundle, { page, limit }) => ({ query: { limit: String(limit), skip: String(page * limit) } }),
  list: 'contacts',
  newest: 'dateAdded',
  what: (i) => `Business ${i.businessId}`,
});
