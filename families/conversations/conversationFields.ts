// Conversations: scopes and ID fields.
import type { FieldSpec } from '../../steps/fields';

export type Input = Record<string, any>;

export const CONVERSATION_SCOPES = { read: ['conversations.readonly'], write: ['conversations.write'] };
export const MESSAGE_SCOPES = { read: ['conversations/message.readonly'], write: ['conversations/message.write'] };

// ---- ID fields ----

export const conversationIdField: FieldSpec = {
  key: 'conversationId',
  label: 'Conversation',
  required: true,
  dynamic: 'search_conversations.id.name',
  helpText: 'The HighLevel conversation (the message thread with one contact). Pick one, or map a Conversation ID from an earlier step.',
  example: 'tDtDnQdgm2LXpyiqYvZ6',
};

/** Only there so the Message dropdown can list that conversation's messages. */
export const messageConversationField: FieldSpec = {
  ...conversationIdField,
  required: false,
  in: 'none',
  altersDynamicFields: true,
  helpText: 'Pick a conversation to list its messages in the Message dropdown below. Not needed when you map a Message ID.',
};

/** Only there so the Email Message dropdown can list that conversation's emails. */
export const emailConversationField: FieldSpec = {
  ...messageConversationField,
  helpText: 'Pick a conversation to list its emails in the Email Message dropdown below. Not needed when you map an Email Message ID.',
};

export const messageIdField: FieldSpec = {
  key: 'messageId',
  label: 'Message',
  required: true,
  dynamic: 'get_conversation_messages.id.name',
  helpText:
    'The HighLevel message. Pick one (choose the Conversation first), or map a Message ID from an earlier step or a HighLevel webhook.',
  example: 'p1mRSHeLDhAms5q0LMr4',
};

/**
 * An email inside a conversation. HighLevel keeps emails apart from conversation messages: an
 * email message (TYPE_EMAIL) lists the IDs of the emails of its thread in `meta.email.messageIds`,
 * and the email endpoints take those IDs (list_conversation_emails offers them).
 */
export const emailMessageIdField: FieldSpec = {
  key: 'emailMessageId',
  label: 'Email Message',
  required: true,
  dynamic: 'list_conversation_emails.id.name',
  helpText:
    'The email (not its conversation message). Pick one (choose the Conversation first), or map an Email Message ID, for example from Send Message or a HighLevel webhook.',
  example: 'rnGyqh2F6uBrIkfhFo9A',
};
