import { contactIdField } from '../../families/contacts';
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
    { ...conversationIdField, helpText: 'The live chat conversation. Pick one, or map a Conversation ID from an earlier step.' },
    // HighLevel lists no live chat visitors; a visitor ID is documented only on the contact record
    // (and in live chat webhooks). So the honest dropdown is the chosen contact's own visitor ID,
    // read by the hidden get_live_chat_visitor trigger; mapping the ID from a webhook stays possible.
    {
      ...contactIdField,
      required: false,
      in: 'none',
      altersDynamicFields: true,
      helpText:
        'The contact chatting in the widget. Pick one to see its visitor ID in the Visitor dropdown below. Not needed when you map a Visitor ID.',
    },
    {
      key: 'visitorId',
      label: 'Visitor',
      required: true,
      dynamic: 'get_live_chat_visitor.id.name',
      example: 've9EPM428h8vShlRW1KT',
      helpText:
        "The live chat visitor's unique ID. Pick the Contact above to see its visitor ID, or map a Visitor ID from a live chat webhook.",
    },
    {
      key: 'isTyping',
      label: 'Typing',
      type: 'boolean',
      required: true,
      in: 'none',
      example: true,
      helpText: 'Yes shows the typing bubble; No hides it again.',
    },
  ],
  location: 'body',
  // The document types isTyping as a string.
  request: (input) => ({ body: { isTyping: String(input.isTyping) } }),
  what: (i) => `Conversation ${i.conversationId}`,
  result: (data, input) => ({
    id: input.conversationId,
    visitorId: input.visitorId,
    isTyping: input.isTyping,
    success: data?.success ?? true,
  }),
  sample: { id: 'tDtDnQdgm2LXpyiqYvZ6', visitorId: 've9EPM428h8vShlRW1KT', isTyping: true, success: true },
  outputLabels: { id: 'Conversation ID' },
});
