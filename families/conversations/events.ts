// Conversations: calls, Customer Replied (Instant, via Workflow) and the relay's Inbound and Outbound Message events.
import { firstValue, isObject } from '../../highlevel/answers';
import { compact } from '../../highlevel/request';
import type { EventAdapter } from '../../steps/appEventHook';
import { contactWebhookLabels, eventWebhookPayload } from '../contacts';
import { channelName } from './samples';

const CALL_TYPES = new Set(['TYPE_CALL', 'TYPE_IVR_CALL', 'TYPE_CUSTOM_CALL', 'TYPE_CAMPAIGN_CALL', 'TYPE_CAMPAIGN_MANUAL_CALL', 'TYPE_CAMPAIGN_VOICEMAIL']);
const FINISHED = new Set(['completed', 'answered', 'voicemail']);

/** A call or voicemail that is over, so HighLevel holds its recording. */
export const callStatusOf = (m: Record<string, any>): string | undefined => m.meta?.callStatus ?? m.meta?.call?.status;
export const isFinishedCall = (m: Record<string, any>) => {
  const status = callStatusOf(m);
  return status ? FINISHED.has(status) : CALL_TYPES.has(m.messageType) || m.type === 1 || m.type === 10;
};

// ---- Customer Replied (Instant, via Workflow) ----

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
  ...contactWebhookLabels, message__type: 'Channel (as Posted)', message__body: 'Message Text (as Posted)',
  messageText: 'Message Text', channel: 'Channel', conversationId: 'Conversation ID', conversation_id: 'Conversation ID (as Posted)',
};

// ---- App events (instant via the relay): Inbound and Outbound Message ----

/** The channels of message events as HighLevel names them in `messageType` (InboundMessage.md). */
export const MESSAGE_EVENT_CHANNELS: Record<string, string> = {
  SMS: 'SMS', Email: 'Email', CALL: 'Call', GMB: 'Google Business', FB: 'Facebook', IG: 'Instagram', 'Live Chat': 'Live Chat',
};

/** The conversations document's message types, as message events name the same channels. */
const EVENT_CHANNEL_OF: Record<string, string> = {
  TYPE_SMS: 'SMS', TYPE_EMAIL: 'Email', TYPE_CALL: 'CALL', TYPE_GMB: 'GMB', TYPE_FACEBOOK: 'FB', TYPE_INSTAGRAM: 'IG', TYPE_LIVE_CHAT: 'Live Chat',
};

/** A conversation of the polling triggers, read as the event of its latest message. */
export const messageEvents: EventAdapter = {
  asEvent: (c) => ({
    body: c.lastMessageBody,
    contactId: c.contactId,
    conversationId: c.conversationId ?? c.id,
    dateAdded: c.lastMessageDate,
    direction: c.lastMessageDirection,
    messageType: EVENT_CHANNEL_OF[c.lastMessageType] ?? channelName(c.lastMessageType),
    attachments: [],
    timestamp: c.lastMessageDate,
  }),
  present: (e) => ({ channel: MESSAGE_EVENT_CHANNELS[e.messageType] ?? channelName(e.messageType) }),
  labels: {
    body: 'Message Text', channel: 'Channel', messageType: 'Channel (as Delivered)', contactId: 'Contact ID', conversationId: 'Conversation ID',
    direction: 'Direction', dateAdded: 'Sent At', 'attachments[]': 'Attachment URLs', conversationProviderId: 'Conversation Provider ID',
  },
};

/** ConversationUnreadWebhook: a conversation's unread count, star or inbox state changed. */
export const conversationUnreadEvents: EventAdapter = {
  asEvent: (c) => ({ ...c, id: c.conversationId ?? c.id, timestamp: c.lastMessageDate ?? c.dateUpdated }),
  present: (e) => ({ conversationId: e.id, contactId: e.contactId, unreadCount: e.unreadCount }),
  labels: {
    conversationId: 'Conversation ID', contactId: 'Contact ID', unreadCount: 'Unread Messages', starred: 'Starred', inbox: 'In Inbox',
    deleted: 'Deleted',
  },
};

/**
 * LCEmailStats: what became of an email the sub-account sent (Mailgun's event under `webhookPayload`).
 * No endpoint lists these: "Test trigger" shows the documented example.
 */
export const emailStatsEvents: EventAdapter = {
  asEvent: (e) => e,
  present: (e) => {
    const payload = e.webhookPayload ?? {};
    return {
      emailEvent: payload.event, recipient: payload.recipient, emailFrom: payload.message?.headers?.from,
      emailMessageId: payload.message?.headers?.['message-id'],
    };
  },
  labels: {
    emailEvent: 'Email Event', recipient: 'Recipient Email', emailFrom: 'From', emailMessageId: 'Email Message-ID Header',
    companyId: 'Agency (Company) ID', webhookPayload__event: 'Email Event (as Delivered)', webhookPayload__recipient: 'Recipient (as Delivered)',
    webhookPayload__timestamp: 'Email Event Time',
  },
};

/** The email events HighLevel's mail service reports (Mailgun's names); "failed" is a bounce. */
export const EMAIL_EVENTS: Record<string, string> = {
  accepted: 'Accepted', delivered: 'Delivered', opened: 'Opened', clicked: 'Clicked', failed: 'Failed (Bounced)',
  unsubscribed: 'Unsubscribed', complained: 'Complained (Marked as Spam)',
};
