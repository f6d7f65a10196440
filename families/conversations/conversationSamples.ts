// Conversations: static samples, output labels and the names dropdowns show for conversations and messages.
import { firstValue } from '../../highlevel/answers';

export const conversationSample = {
  id: 'tDtDnQdgm2LXpyiqYvZ6',
  name: 'Jane Doe',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  locationId: 've9EPM428h8vShlRW1KT',
  fullName: 'Jane Doe',
  contactName: 'Jane Doe',
  email: 'jane@example.com',
  phone: '+14155550123',
  type: 'TYPE_PHONE',
  lastMessageBody: 'Thanks, see you Tuesday!',
  lastMessageType: 'TYPE_SMS',
  lastMessageDirection: 'inbound',
  lastMessageDate: '2026-11-21T14:02:11.000Z',
  unreadCount: 1,
  assignedTo: 'y0BeYjuRIlDwsDcOHOJo',
  dateAdded: '2026-11-20T09:31:30.255Z',
  dateUpdated: '2026-11-21T14:02:11.000Z',
};

export const conversationOutputLabels = {
  id: 'Conversation ID',
  name: 'Contact Display Name',
  assignedTo: 'Assigned User ID',
  type: 'Conversation Type',
};

/** Shown when HighLevel knows no name, email or phone for the conversation's contact (never its ID). */
export const UNNAMED_CONTACT = 'Unnamed contact';

/** A conversation with its contact's name, whichever spelling HighLevel used. */
export const withConversationName = (c: Record<string, any>) => ({
  ...c,
  name: firstValue(c.name, c.fullName, c.contactName, c.full_name, c.contact_name, c.email, c.phone) ?? UNNAMED_CONTACT,
});

export const messageSample = {
  id: 'p1mRSHeLDhAms5q0LMr4',
  name: 'Inbound SMS: Thanks, see you Tuesday!',
  type: 2,
  messageType: 'TYPE_SMS',
  direction: 'inbound',
  status: 'delivered',
  body: 'Thanks, see you Tuesday!',
  contentType: 'text/plain',
  attachments: ['https://storage.example.com/media/floor-plan.jpg'],
  source: 'app',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  conversationId: 'tDtDnQdgm2LXpyiqYvZ6',
  locationId: 've9EPM428h8vShlRW1KT',
  userId: 'y0BeYjuRIlDwsDcOHOJo',
  dateAdded: '2026-11-21T14:02:11.000Z',
};

export const messageOutputLabels = {
  id: 'Message ID',
  name: 'Summary',
  type: 'Type Number',
  messageType: 'Message Type',
  userId: 'User ID',
  'attachments[]': 'Attachment URLs',
};

const CHANNEL: Record<string, string> = {
  TYPE_SMS: 'SMS',
  TYPE_EMAIL: 'Email',
  TYPE_CALL: 'Call',
  TYPE_WHATSAPP: 'WhatsApp',
  TYPE_FACEBOOK: 'Facebook',
  TYPE_INSTAGRAM: 'Instagram',
  TYPE_LIVE_CHAT: 'Live chat',
  TYPE_GMB: 'Google Business',
  TYPE_RCS: 'RCS',
};

/** A message type as people say it: `TYPE_SMS` is SMS, `TYPE_CUSTOM_SMS` is CUSTOM SMS. */
export const channelName = (type: unknown): string =>
  CHANNEL[String(type)] ??
  String(type ?? 'Message')
    .replace(/^TYPE_/, '')
    .replace(/_/g, ' ');

/** Dropdowns and mapping want a readable name: direction, channel and the start of the text. */
export const withMessageName = (m: Record<string, any>) => {
  const channel = channelName(m.messageType);
  const direction = m.direction === 'inbound' ? 'Inbound' : m.direction === 'outbound' ? 'Outbound' : '';
  const text = typeof m.body === 'string' && m.body.trim() ? `: ${m.body.trim().slice(0, 60)}` : '';
  return { ...m, name: m.name || `${[direction, channel].filter(Boolean).join(' ')}${text}` || m.id };
};
