import { contactIdField, CONTACT_SCOPES } from '../../families/contacts';
import { confirmation, create } from '../../steps/define';

export default create({
  key: 'remove_contact_from_all_campaigns',
  noun: 'Campaign',
  label: 'Remove from All Campaigns',
  description: 'Takes a contact out of every campaign it is enrolled in.',
  endpoint: 'DELETE /contacts/{contactId}/campaigns/removeAll',
  scopes: CONTACT_SCOPES.write,
  fields: [contactIdField],
  what: (i) => `Contact ${i.contactId}`,
  result: confirmation('contactId'),
  sample: { id: 'seD4PfOuKoVMLkEZqohJ', success: true },
  outputLabels: { id: 'Contact ID' },
});
