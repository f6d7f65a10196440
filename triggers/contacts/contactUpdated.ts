import { assignedUserFilterField, changedContactLabels, changedContactSample, contactOutput } from '../../families/contacts';
import { trigger } from '../../steps/define';
import { contactSearch } from './contactEvents';

export default trigger({
  ...contactOutput,
  ...contactSearch('dateUpdated'),
  key: 'contact_updated',
  noun: 'Contact',
  label: 'Contact Updated',
  description: 'Triggers when any contact in the sub-account is changed (a new contact counts as its first change).',
  fields: [assignedUserFilterField],
  // Dedupe: contact ID + `dateUpdated`: every save fires once; the contact's own ID stays in `contactId`.
  dedupe: { changedBy: 'dateUpdated', idAs: 'contactId' },
  sample: changedContactSample,
  outputLabels: changedContactLabels,
});
