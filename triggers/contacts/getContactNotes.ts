import { contactIdField, CONTACT_SCOPES, noteSample } from '../../families/contacts';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'get_contact_notes',
  noun: 'Note',
  label: 'New Note (Chosen Contact)',
  catalog: 'Get Contact Notes',
  description: 'Triggers when a new note is added to the chosen contact.',
  endpoint: 'GET /contacts/{contactId}/notes',
  scopes: CONTACT_SCOPES.read,
  fields: [contactIdField],
  list: 'notes',
  newest: 'dateAdded',
  // Notes often have no title; dropdowns label them by the start of the text.
  item: (n) => ({ ...n, title: n.title || String(n.body ?? '').slice(0, 60) || n.id }),
  what: (i) => `Contact ${i.contactId}`,
  sample: noteSample,
  outputLabels: { id: 'Note ID', userId: 'Author User ID' },
});
