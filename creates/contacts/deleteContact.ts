import { contactIdField, CONTACT_SCOPES } from '../../families/contacts';
import { confirmation, create } from '../../steps/define';

export default create({
  key: 'delete_contact',
  noun: 'Contact',
  label: 'Delete Contact',
  description: 'Deletes a contact from HighLevel for good, with its notes and tasks.',
  endpoint: 'DELETE /contacts/{contactId}',
  scopes: CONTACT_SCOPES.write,
  fields: [contactIdField],
  what: (i) => `Contact ${i.contactId}`,
  result: confirmation('contactId'),
  sample: { id: 'seD4PfOuKoVMLkEZqohJ', success: true },
  outputLabels: { id: 'Deleted Contact ID' },
});
