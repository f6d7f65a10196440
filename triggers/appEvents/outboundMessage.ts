import { messageEvents } from '../../families/conversations';
import { restHook } from '../../steps/restHook';
import searchConversations from '../conversations/searchConversations';

export default restHook({
  key: 'outbound_message_hook',
  noun: 'Message',
  label: 'Outbound Message (Instant)',
  description: 'Triggers when a message goes out to a contact from the sub-account (by a user, a workflow or the API).',
  events: ['OutboundMessage'],
  family: messageEvents,
  list: { step: searchConversations, input: { lastMessageDirection: 'outbound' } },
});
