import { contactIdField } from '../../families/contacts';
import { CONVERSATION_SCOPES } from '../../families/conversations';
import { recordIn } from '../../highlevel/answers';
import { create } from '../../steps/define';

export default create({
  key: 'create_conversation',
  noun: 'Conversation',
  label: 'Create Conversation',
  description: "Starts a conversation with a contact in the sub-account's inbox, to message them or log messages into.",
  endpoint: 'POST /conversations/',
  scopes: CONVERSATION_SCOPES.write,
  fields: [{ ...contactIdField, helpText: 'The contact to start the conversation with. HighLevel keeps one conversation per contact.' }],
  location: 'body',
  what: (i) => `Contact ${i.contactId}`,
  result: (data) => recordIn(data, 'conversation'),
  sample: {
    id: 'tDtDnQdgm2LXpyiqYvZ6',
    contactId: 'seD4PfOuKoVMLkEZqohJ',
    locationId: 've9EPM428h8vShlRW1KT',
    assignedTo: 'y0BeYjuRIlDwsDcOHOJo',
    deleted: false,
    dateAdded: '2026-11-21T14:02:11.000Z',
    dateUpdated: '2026-11-21T14:02:11.000Z',
    lastMessageDate: '2026-11-21T14:02:11.000Z',
  },
  outputLabels: { id: 'Conversation ID', assignedTo: 'Assigned User ID' },
});
