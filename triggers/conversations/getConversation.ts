import { CONVERSATION_SCOPES, conversationIdField, conversationOutputLabels, conversationSample, fetchThen, recordIn, withConversationName } from '../../families/conversations';
import { contentHash } from '../../steps/dedupe';
import { trigger } from '../../steps/define';

const fields = [conversationIdField];
const what = (i: Record<string, any>) => `Conversation ${i.conversationId}`;
const record = conversationSample;

export default trigger({
  key: 'get_conversation',
  noun: 'Conversation',
  label: 'Get Conversation',
  description: 'Triggers when the chosen conversation changes (new activity, read state, assignee, star), and once when set up.',
  endpoint: 'GET /conversations/{conversationId}',
  scopes: CONVERSATION_SCOPES.read,
  fields,
  what,
  // The conversation comes back bare (no wrapper key); nothing in it is a reliable updated stamp.
  perform: fetchThen({ endpoint: 'GET /conversations/{conversationId}', fields, what }, (data) => {
    const found = recordIn(data, 'conversation');
    return { conversation: found && withConversationName(found) };
  }),
  record: 'conversation',
  dedupe: { changedBy: 'content', idAs: 'conversationId' },
  sample: { ...record, id: `${record.id}:${contentHash(record)}`, conversationId: record.id },
  outputLabels: { ...conversationOutputLabels, id: 'Change ID', conversationId: 'Conversation ID' },
});
