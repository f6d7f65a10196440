import {
  CONTACT_SCOPES,
  contactCustomFieldOutputs,
  contactIdField,
  contactOutputLabels,
  contactSample,
  CUSTOM_FIELDS_CALL,
  presentContact,
} from '../../families/contacts';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'get_contact',
  noun: 'Contact',
  label: 'Get Contact',
  description: 'Triggers when the chosen contact is updated (and once when first set up).',
  endpoint: 'GET /contacts/{contactId}',
  alsoCalls: [CUSTOM_FIELDS_CALL],
  scopes: CONTACT_SCOPES.read,
  fields: [contactIdField],
  record: 'contact',
  item: presentContact,
  dedupe: { changedBy: 'dateUpdated', idAs: 'contactId' },
  what: (i) => `Contact ${i.contactId}`,
  dynamicOutputs: [contactCustomFieldOutputs],
  sample: { ...contactSample, id: `${contactSample.id}:${contactSample.dateUpdated}`, contactId: contactSample.id },
  outputLabels: { ...contactOutputLabels, id: 'Change ID', contactId: 'Contact ID' },
});
