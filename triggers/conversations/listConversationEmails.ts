import { conversationEmails, conversationIdField, conversationMessagesPage, MESSAGE_SCOPES } from '../../families/conversations';
import { trigger } from '../../steps/define';

const PAGE_SIZE = 100;

// Hidden: feeds the Email Message dropdowns with the emails of the conversation chosen in the same
// step. The email endpoints take email IDs, which HighLevel lists in each email message's
// `meta.email.messageIds` (one conversation message per email thread).
export default trigger({
  key: 'list_conversation_emails',
  noun: 'Email',
  label: 'List Conversation Emails',
  description: 'Triggers when an email is added to the chosen conversation. Used for the Email Message dropdowns.',
  endpoint: 'GET /conversations/{conversationId}/messages',
  scopes: MESSAGE_SCOPES.read,
  hidden: true,
  fields: [conversationIdField],
  what: (i) => `Conversation ${i.conversationId}`,
  perform: async (z, bundle, input) => ({
    emails: conversationEmails(await conversationMessagesPage(z, bundle, { ...input, type: 'TYPE_EMAIL' }, PAGE_SIZE)),
  }),
  pageSize: PAGE_SIZE,
  canPaginate: true,
  list: 'emails',
  newest: 'dateAdded',
  sample: {
    id: 'rnGyqh2F6uBrIkfhFo9A',
    name: 'Outbound Email: Hi Jane, your audit found 12 missing meta descriptions.',
    messageId: 'p1mRSHeLDhAms5q0LMr4',
    conversationId: 'tDtDnQdgm2LXpyiqYvZ6',
    contactId: 'seD4PfOuKoVMLkEZqohJ',
    direction: 'outbound',
    dateAdded: '2026-11-21T14:02:11.000Z',
  },
  outputLabels: {
    id: 'Email Message ID',
    name: 'Email',
    messageId: 'Conversation Message ID',
    conversationId: 'Conversation ID',
    contactId: 'Contact ID',
  },
});
