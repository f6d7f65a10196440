import {
  CONVERSATION_SCOPES,
  conversationIdField,
  conversationOutputLabels,
  conversationSample,
  withConversationName,
} from '../../families/conversations';
import { recordIn } from '../../highlevel/answers';
import { contentHash } from '../../steps/dedupe';
import { trigger } from '../../steps/define';

const fields = [conversationIdField];
const what = (i: Record<string, any>) => `Conversation ${i.conversationId}`;
// A conversation as HighLevel answers it by ID (GetConversationByIdResponse): flags, assignee and the
// channel as a number, but no contact name or last message, which the search's conversations carry.
const record = {
  ...(({ id, name, contactId, locationId, unreadCount, assignedTo }) => ({ id, name, contactId, locationId, unreadCount, assignedTo }))(
    conversationSample,
  ),
  type: 1,
  inbox: true,
  starred: false,
  deleted: false,
};

export default trigger({
  key: 'get_conversation',
  noun: 'Conversation',
  label: 'Conversation Updated (Chosen Conversation)',
  catalog: 'Get Conversation',
  description: 'Triggers when the chosen conversation changes (new activity, read state, assignee, star), and once when set up.',
  endpoint: 'GET /conversations/{conversationId}',
  scopes: CONVERSATION_SCOPES.read,
  fields,
  what,
  // The conversation comes back bare (no wrapper key); nothing in it is a reliable updated stamp.
  record: (data) => recordIn(data, 'conversation'),
  item: withConversationName,
  dedupe: { changedBy: 'content', idAs: 'conversationId' },
  sample: () => ({ ...record, id: `${record.id}:${contentHash(record)}`, conversationId: record.id }),
  outputLabels: { ...conversationOutputLabels, id: 'Change ID', conversationId: 'Conversation ID' },
});
