// Message events from a "Customer Replied" workflow's Webhook action: the payload's shape, its
// labelled fields and the sample.
import { channelName } from '../../families/conversations';
import { firstValue, isObject } from '../../highlevel/answers';
import { compact } from '../../highlevel/request';
import { contactWebhookLabels, eventWebhookPayload } from '../contacts/contactEvents.workflow';

/**
 * An inbound conversation as HighLevel's Webhook action posts a reply: the contact's fields and the
 * message under `message`, so "Test trigger" records look like real deliveries.
 */
export const replyAsWebhookPayload = (c: Record<string, any>): Record<string, any> => ({
  contact_id: c.contactId,
  full_name: c.fullName || c.contactName || c.name,
  email: c.email,
  phone: c.phone,
  location: { id: c.locationId },
  message: { type: c.channel ?? channelName(c.lastMessageType), body: c.lastMessageBody, direction: c.lastMessageDirection },
  date_created: c.lastMessageDate,
  conversation_id: c.conversationId ?? c.id,
});

/** The reply's text, channel and conversation as labelled fields, from either payload shape. */
export const presentReplyPayload = (p: Record<string, any>) => {
  const message = isObject(p.message) ? p.message : {};
  return compact({
    messageText: firstValue(message.body, p.message_body, typeof p.message === 'string' ? p.message : undefined),
    channel: firstValue(typeof message.type === 'string' ? message.type : undefined, p.channel, p.message_type),
    conversationId: firstValue(p.conversation_id, p.conversationId),
  });
};

/** What the Webhook action of a "Customer Replied" workflow posts: the instant trigger's sample payload. */
export const replyWebhookPayload = {
  ...eventWebhookPayload,
  message: { type: 'SMS', body: 'Thanks, see you Tuesday!' },
  conversation_id: 'tDtDnQdgm2LXpyiqYvZ6',
};

export const replyWebhookLabels = {
  ...contactWebhookLabels,
  message__type: 'Channel (as Posted)',
  message__body: 'Message Text (as Posted)',
  messageText: 'Message Text',
  channel: 'Channel',
  conversationId: 'Conversation ID',
  conversation_id: 'Conversation ID (as Posted)',
};
