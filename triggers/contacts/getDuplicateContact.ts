import { changedContactLabels, changedContactSample, contactOutput, CONTACT_SCOPES } from '../../families/contacts';
import { trigger } from '../../steps/define';

export default trigger({
  ...contactOutput,
  key: 'get_duplicate_contact',
  noun: 'Contact',
  label: 'Contact Updated (Matching Email or Phone)',
  catalog: 'Get Duplicate Contact',
  description: 'Triggers when a contact with the given email or phone exists or changes, as HighLevel matches duplicates.',
  endpoint: 'GET /contacts/search/duplicate',
  scopes: CONTACT_SCOPES.read,
  fields: [
    {
      key: 'email',
      label: 'Email',
      type: 'email',
      helpText: 'Email to look for. Give this or a phone number.',
      example: 'jane@example.com',
    },
    {
      key: 'number',
      label: 'Phone',
      type: 'phone',
      helpText: 'Phone number with country code to look for, like +14155550123.',
      example: '+14155550123',
    },
  ],
  needsOneOf: [['email', 'number']],
  location: 'query',
  record: 'contact',
  dedupe: { changedBy: 'dateUpdated', idAs: 'contactId' },
  sample: changedContactSample,
  outputLabels: changedContactLabels,
});
