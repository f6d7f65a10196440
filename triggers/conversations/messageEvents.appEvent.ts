// Message events from HighLevel's app events, via the relay: inbound and outbound messages, unread
// conversations and what became of sent emails.
import { channelName } from '../../families/conversations';
import type { EventAdapter } from '../../steps/appEventHook';

/** The channels of message events as HighLevel names them in `messageType` (InboundMessage.md). */
export const MESSAGE_EVENT_CHANNELS: Record<string, string> = {
  SMS: 'SMS',
  Email: 'Email',
  CALL: 'Call',
  GMB: 'Google Business',
  FB: 'Facebook',
  IG: 'Instagram',
  'Live Chat': 'Live Chat',
};

/** The conversations document's message types, as message events name the same channels. */
const EVENT_CHANNEL_OF: Record<string, string> = {
  TYPE_SMS: 'SMS',
  TYPE_EMAIL: 'Email',
  TYPE_CALL: 'CALL',
  TYPE_GMB: 'GMB',
  TYPE_FACEBOOK: 'FB',
  TYPE_INSTAGRAM: 'IG',
  TYPE_LIVE_CHAT: 'Live Chat',
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
    body: 'Message Text',
    channel: 'Channel',
    messageType: 'Channel (as Delivered)',
    contactId: 'Contact ID',
    conversationId: 'Conversation ID',
    direction: 'Direction',
    dateAdded: 'Sent At',
    'attachments[]': 'Attachment URLs',
    conversationProviderId: 'Conversation Provider ID',
  },
};

/** ConversationUnreadWebhook: a conversation's unread count, star or inbox state changed. */
export const conversationUnreadEvents: EventAdapter = {
  asEvent: (c) => ({ ...c, id: c.conversationId ?? c.id, timestamp: c.lastMessageDate ?? c.dateUpdated }),
  present: (e) => ({ conversationId: e.id, contactId: e.contactId, unreadCount: e.unreadCount }),
  labels: {
    conversationId: 'Conversation ID',
    contactId: 'Contact ID',
    unreadCount: 'Unread Messages',
    starred: 'Starred',
    inbox: 'In Inbox',
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
      emailEvent: payload.event,
      recipient: payload.recipient,
      emailFrom: payload.message?.headers?.from,
      emailMessageId: payload.message?.headers?.['message-id'],
    };
  },
  labels: {
    emailEvent: 'Email Event',
    recipient: 'Recipient Email',
    emailFrom: 'From',
    emailMessageId: 'Email Message-ID Header',
    companyId: 'Agency (Company) ID',
    webhookPayload__event: 'Email Event (as Delivered)',
    webhookPayload__recipient: 'Recipient (as Delivered)',
    webhookPayload__timestamp: 'Email Event Time',
  },
};

/** The email events HighLevel's mail service reports (Mailgun's names); "failed" is a bounce. */
export const EMAIL_EVENTS: Record<string, string> = {
  accepted: 'Accepted',
  delivered: 'Delivered',
  opened: 'Opened',
  clicked: 'Clicked',
  failed: 'Failed (Bounced)',
  unsubscribed: 'Unsubscribed',
  complained: 'Complained (Marked as Spam)',
};
