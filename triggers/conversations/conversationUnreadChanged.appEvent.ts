import { appEventHook } from '../../steps/define';
import searchConversations from './searchConversations';
import { conversationUnreadEvents } from './messageEvents.appEvent';

export default appEventHook({
  key: 'conversation_unread_changed_hook',
  noun: 'Conversation',
  label: 'Conversation Unread Count Changed (Instant)',
  description: 'Triggers when a conversation is read, marked unread or gets new unread messages, with its unread count.',
  events: ['ConversationUnreadWebhook'],
  adapter: conversationUnreadEvents,
  list: { step: searchConversations },
});
