import { contactIdField, userIdField } from '../../families/contacts';
import { CONVERSATION_SCOPES, conversationOutputLabels, conversationSample, withConversationName } from '../../families/conversations';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'search_conversations',
  noun: 'Conversation',
  label: 'New Conversation (Matching Search)',
  catalog: 'Search Conversations',
  description: 'Triggers when a new conversation matches your search (most recently active first).',
  endpoint: 'GET /conversations/search',
  scopes: CONVERSATION_SCOPES.read,
  fields: [
    {
      key: 'query',
      label: 'Search Text',
      helpText: "Matches the contact's name, email or phone and the message text. Leave empty for every new conversation.",
      example: 'jane',
    },
    { ...contactIdField, required: false, helpText: 'Only conversations with this contact.' },
    userIdField('assignedTo', 'Assigned User', 'Only conversations assigned to this HighLevel user.'),
    {
      key: 'status',
      label: 'Status',
      helpText: 'Only conversations in this state of the inbox.',
      example: 'unread',
      choices: { all: 'All', read: 'Read', unread: 'Unread', starred: 'Starred', recents: 'Recent' },
    },
    {
      key: 'lastMessageDirection',
      label: 'Last Message Direction',
      example: 'inbound',
      helpText: 'Only conversations whose latest message came in from the contact (Inbound) or went out (Outbound).',
      choices: { inbound: 'Inbound', outbound: 'Outbound' },
    },
  ],
  location: 'query',
  // HighLevel pages this search with a cursor (startAfterDate), not page numbers: one page per poll.
  request: (_input, _bundle, { limit }) => ({ query: { limit, sort: 'desc', sortBy: 'last_message_date' } }),
  list: 'conversations',
  newest: 'lastMessageDate',
  item: withConversationName,
  sample: conversationSample,
  outputLabels: conversationOutputLabels,
});
