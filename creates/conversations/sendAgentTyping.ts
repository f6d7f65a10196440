import { conversationIdField } from '../../families/conversations';
import { create } from '../../steps/define';

export default create({
  key: 'send_agent_typing',
  noun: 'Typing Indicator',
  label: 'Agent Typing Indicator',
  description: 'Shows (or hides) the "agent is typing" bubble to a visitor in a HighLevel live chat widget.',
  endpoint: 'POST /conversations/providers/live-chat/typing',
  scopes: ['conversations/livechat.write'],
  fields: [
    { ...conversationIdField, help: 'The live chat conversation. Pick one, or map a Conversation ID from an earlier step.' },
    {
      key: 'visitorId', label: 'Visitor ID', required: true, example: 've9EPM428h8vShlRW1KT',
      help: 'The unique ID HighLevel gives each live chat visitor (from the live chat webhook or the contact).',
    },
    {
      key: 'isTyping', label: 'Typing', type: 'boolean', required: true, in: 'none', example: true,
      help: 'Yes shows the typing bubble; No hides it again.',
    },
  ],
  location: 'body',
  // The document types isTyping as a string.
  request: (input) => ({ body: { isTyping: String(input.isTyping) } }),
  what: (i) => `Conversation ${i.conversationId}`,
  result: (data, input) => ({ id: input.conversationId, visitorId: input.visitorId, isTyping: input.isTyping, success: data?.success ?? true }),
  sample: { id: 'tDtDnQdgm2LXpyiqYvZ6', visitorId: 've9EPM428h8vShlRW1KT', isTyping: true, success: true },
  outputLabels: { id: 'Conversation ID' },
});
