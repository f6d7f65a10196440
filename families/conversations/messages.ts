// Conversations: New Inbound Message (one conversation search per poll), the cursor-paged message list, emails and send results.
import type { Bundle, ZObject } from 'zapier-platform-core';
import { isObject } from '../../highlevel/answers';
import { ghl } from '../../highlevel/request';
import { pageOf } from '../../steps/call';
import { outputTime } from '../../steps/dates';
import type { Input } from './conversationFields';
import { channelName, conversationOutputLabels, conversationSample, withConversationName, withMessageName } from './conversationSamples';

/** The channels people pick, as the conversations document names the last message's type. */
export const INBOUND_CHANNELS: Record<string, string> = {
  TYPE_SMS: 'SMS',
  TYPE_EMAIL: 'Email',
  TYPE_LIVE_CHAT: 'Chat (Chat Widget)',
  TYPE_WEBCHAT: 'Web Chat (Older Chat Widget)',
  TYPE_WHATSAPP: 'WhatsApp',
  TYPE_FACEBOOK: 'Facebook Messenger',
  TYPE_INSTAGRAM: 'Instagram',
  TYPE_CALL: 'Call',
};

/**
 * A conversation whose latest message came in, read as that message: its text, channel, time (HighLevel
 * answers in epoch milliseconds; ISO-8601 here, which also makes the change key) and the contact.
 */
export const presentInboundMessage = (c: Record<string, any>) => ({
  ...withConversationName(c),
  // Here already (not only in the builder's output pass) because the change key is made of it.
  lastMessageDate: outputTime(c.lastMessageDate, 'UTC', 'lastMessageDate')?.iso ?? c.lastMessageDate,
  channel: channelName(c.lastMessageType),
});

export const inboundMessageSample = {
  ...conversationSample,
  id: `${conversationSample.id}:${conversationSample.lastMessageDate}`,
  conversationId: conversationSample.id,
  channel: 'SMS',
};

export const inboundMessageLabels = {
  ...conversationOutputLabels,
  id: 'Message Event ID',
  conversationId: 'Conversation ID',
  name: 'Contact Name',
  contactId: 'Contact ID',
  fullName: 'Contact Full Name',
  email: 'Contact Email',
  phone: 'Contact Phone',
  lastMessageBody: 'Message Text',
  lastMessageType: 'Message Type',
  lastMessageDirection: 'Direction',
  lastMessageDate: 'Received At',
  channel: 'Channel',
};

/**
 * One page of a conversation's messages. HighLevel pages with a cursor (the last message ID of the
 * previous page), which Zapier keeps between the pages of a dropdown; an ordinary poll reads page 1.
 */
export const conversationMessagesPage = async (
  z: ZObject,
  bundle: Bundle,
  input: Input,
  pageSize: number,
): Promise<Record<string, any>[]> => {
  const { page, limit } = pageOf(bundle, pageSize);
  const paging = page > 0 || Boolean(bundle.meta?.isFillingDynamicDropdown);
  const lastMessageId = page > 0 ? await z.cursor.get() : undefined;
  if (page > 0 && !lastMessageId) return [];
  const data = await ghl(z, bundle, 'GET /conversations/{conversationId}/messages', {
    path: { conversationId: input.conversationId },
    query: { limit, type: input.type, lastMessageId },
    what: `Conversation ${input.conversationId}`,
  });
  // The document shows the page at the top level; HighLevel also wraps it under `messages`.
  const result = data?.messages && !Array.isArray(data.messages) ? data.messages : data;
  if (paging && result?.nextPage && typeof result.lastMessageId === 'string') await z.cursor.set(result.lastMessageId);
  return Array.isArray(result?.messages) ? result.messages.filter(isObject) : [];
};

/** The email IDs an email message lists (the document's example nests `email` once more). */
const emailIdsOf = (m: Record<string, any>): string[] => {
  const email = m.meta?.email;
  const ids = email?.messageIds ?? email?.email?.messageIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string' && id.trim() !== '') : [];
};

/** Each email of the conversation's email messages, named after its message for the dropdown. */
export const conversationEmails = (messages: Record<string, any>[]) =>
  messages.flatMap((m) => {
    const ids = emailIdsOf(m);
    const { name } = withMessageName(m);
    return ids.map((id, i) => ({
      id,
      name: ids.length > 1 ? `${name} (email ${i + 1} of ${ids.length})` : name,
      messageId: m.id,
      conversationId: m.conversationId,
      contactId: m.contactId,
      direction: m.direction,
      dateAdded: m.dateAdded,
    }));
  });

export const emailSample = {
  id: 'rnGyqh2F6uBrIkfhFo9A',
  threadId: 'rnGyqh2F6uBrIkfhFo9A',
  altId: '<CAF8x2=abc123@mail.gmail.com>',
  subject: 'Your SEO audit is ready',
  body: '<p>Hi Jane, your audit found 12 missing meta descriptions.</p>',
  contentType: 'text/html',
  direction: 'outbound',
  status: 'delivered',
  provider: 'Leadconnector Gmail',
  from: 'Sam Rivera <sam@example.com>',
  to: ['jane@example.com'],
  cc: ['office@example.com'],
  bcc: [],
  attachments: ['https://storage.example.com/media/seo-audit.pdf'],
  source: 'app',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  conversationId: 'tDtDnQdgm2LXpyiqYvZ6',
  locationId: 've9EPM428h8vShlRW1KT',
  dateAdded: '2026-11-21T14:02:11.000Z',
};

export const sendResultSample = {
  id: 'p1mRSHeLDhAms5q0LMr4',
  messageId: 'p1mRSHeLDhAms5q0LMr4',
  conversationId: 'tDtDnQdgm2LXpyiqYvZ6',
  emailMessageId: 'rnGyqh2F6uBrIkfhFo9A',
  msg: 'Message queued successfully.',
  status: 'pending',
};

/** What HighLevel answers to a sent or updated message, with `id` for Zapier. */
export const sendResult = (data: any) => ({ id: data?.messageId, ...data });
