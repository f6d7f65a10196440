import { contactIdField, CONTACT_SCOPES, tagsField } from '../../families/contacts';
import { create } from '../../steps/define';

export default create({
  key: 'remove_contact_tags',
  noun: 'Tag',
  label: 'Remove Tags from Contact',
  description: 'Removes the given tags from a contact; other tags stay.',
  endpoint: 'DELETE /contacts/{contactId}/tags',
  scopes: CONTACT_SCOPES.write,
  fields: [contactIdField, { ...tagsField(true), in: 'body' }],
  what: (i) => `Contact ${i.contactId}`,
  result: (data, input) => ({ id: input.contactId, tags: data.tags ?? [] }),
  sample: { id: 'seD4PfOuKoVMLkEZqohJ', tags: ['seo'] },
  outputLabels: { id: 'Contact ID', 'tags[]': 'Remaining Tags' },
});
