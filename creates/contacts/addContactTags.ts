import { contactIdField, CONTACT_SCOPES, tagsField } from '../../families/contacts';
import { create } from '../../steps/define';

export default create({
  key: 'add_contact_tags',
  noun: 'Tag',
  label: 'Add Tags to Contact',
  description: 'Adds tags to a contact, keeping the tags it already has.',
  endpoint: 'POST /contacts/{contactId}/tags',
  scopes: CONTACT_SCOPES.write,
  fields: [contactIdField, tagsField(true)],
  what: (i) => `Contact ${i.contactId}`,
  result: (data, input) => ({ id: input.contactId, tags: data.tags ?? input.tags }),
  sample: { id: 'seD4PfOuKoVMLkEZqohJ', tags: ['rankr-lead', 'seo'] },
  outputLabels: { id: 'Contact ID', 'tags[]': 'Tags' },
});
