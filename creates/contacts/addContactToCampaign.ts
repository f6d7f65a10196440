import { campaignIdField, contactIdField, CONTACT_SCOPES } from '../../families/contacts';
import { confirmation, create } from '../../steps/define';

export default create({
  key: 'add_contact_to_campaign',
  noun: 'Campaign',
  label: 'Add Contact to Campaign',
  description: 'Enrolls a contact in a HighLevel campaign.',
  endpoint: 'POST /contacts/{contactId}/campaigns/{campaignId}',
  scopes: CONTACT_SCOPES.write,
  fields: [contactIdField, campaignIdField],
  what: (i) => `Contact ${i.contactId} or campaign ${i.campaignId}`,
  result: confirmation('contactId', (i) => ({ campaignId: i.campaignId })),
  sample: { id: 'seD4PfOuKoVMLkEZqohJ', success: true, campaignId: 'qkMAHo2CDfqbvAwNHGdb' },
  outputLabels: { id: 'Contact ID' },
});
