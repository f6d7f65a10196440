import { changedContactLabels, changedContactSample, contactIdField, contactOutput, CONTACT_SCOPES } from '../../families/contacts';
import { trigger } from '../../steps/define';

export default trigger({
  ...contactOutput,
  key: 'get_contact',
  noun: 'Contact',
  label: 'Contact Updated (Chosen Contact)',
  catalog: 'Get Contact',
  description: 'Triggers when the chosen contact is updated (and once when first set up).',
  endpoint: 'GET /contacts/{contactId}',
  scopes: CONTACT_SCOPES.read,
  fields: [contactIdField],
  record: 'contact',
  dedupe: { changedBy: 'dateUpdated', idAs: 'contactId' },
  what: (i) => `Contact ${i.contactId}`,
  sample: changedContactSample,
  outputLabels: changedContactLabels,
});
