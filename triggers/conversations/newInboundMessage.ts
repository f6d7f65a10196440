import { listIn } from '../../highlevel/answers';
import {
  CONVERSATION_SCOPES,
  INBOUND_CHANNELS,
  inboundMessageLabels,
  inboundMessageSample,
  presentInboundMessage,
} from '../../families/conversations';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'new_inbound_message',
  noun: 'Message',
  label: 'New Inbound Message',
  description:
    'Triggers when a contact sends a message (SMS, email, chat, WhatsApp, Facebook, Instagram or a call) to the sub-account: the latest of each conversation, if not yet answered when Zapier checks. Its instant kinds see every message.',
  endpoint: 'GET /conversations/search',
  scopes: CONVERSATION_SCOPES.read,
  fields: [
    {
      key: 'channel',
      as: 'lastMessageType',
      in: 'query',
      label: 'Channel',
      choices: INBOUND_CHANNELS,
      example: 'TYPE_SMS',
      helpText: 'Only messages that came in on this channel. Leave empty for every channel.',
    },
  ],
  location: 'query',
  // One search per poll: conversations whose latest message is inbound, most recent first. It gives
  // that message's text; a conversation whose latest message is a reply from the team is left out.
  request: (_input, _bundle, { limit }) => ({
    query: { limit, sort: 'desc', sortBy: 'last_message_date', lastMessageDirection: 'inbound' },
  }),
  list: (data) => listIn(data, 'conversations').filter((c) => c.lastMessageDirection === undefined || c.lastMessageDirection === 'inbound'),
  item: presentInboundMessage,
  newest: 'lastMessageDate',
  // Dedupe: conversation ID + `lastMessageDate`: each new inbound message fires once; a conversation
  // without a newer message never fires again. The conversation's ID stays in `conversationId`.
  dedupe: { changedBy: 'lastMessageDate', idAs: 'conversationId' },
  sample: inboundMessageSample,
  outputLabels: inboundMessageLabels,
});
