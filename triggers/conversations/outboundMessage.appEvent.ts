import { appEventHook } from '../../steps/define';
import searchConversations from './searchConversations';
import { messageEvents } from './messageEvents.appEvent';

export default appEventHook({
  key: 'outbound_message_hook',
  noun: 'Message',
  label: 'Outbound Message (Instant)',
  description: 'Triggers when a message goes out to a contact from the sub-account (by a user, a workflow or the API).',
  events: ['OutboundMessage'],
  adapter: messageEvents,
  list: { step: searchConversations, input: { lastMessageDirection: 'outbound' } },
});
