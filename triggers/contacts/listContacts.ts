import { contactOutput, CONTACT_SCOPES } from '../../families/contacts';
import { trigger } from '../../steps/define';

export default trigger({
  ...contactOutput,
  key: 'list_contacts',
  noun: 'Contact',
  label: 'New Contact (Deprecated)',
  catalog: 'List Contacts (Deprecated)',
  description: 'Triggers when a new contact is added. Uses an older HighLevel endpoint; prefer New Contact (Matching Search).',
  endpoint: 'GET /contacts/',
  scopes: CONTACT_SCOPES.read,
  fields: [{ key: 'query', label: 'Search Text', helpText: 'Only contacts whose name, email or phone matches.', example: 'jane' }],
  location: 'query',
  request: (_input, _bundle, { limit }) => ({ query: { limit } }),
  list: 'contacts',
  newest: 'dateAdded',
});
