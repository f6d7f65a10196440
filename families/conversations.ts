// Conversations & Messages family: fields, samples, the Send Message inputs per channel, the
// cursor-paged message list and the file hydrators (call recordings, transcriptions).
import type { Bundle, ZObject } from 'zapier-platform-core';
import { isObject } from '../highlevel/answers';
import { throwForResponse } from '../highlevel/errors';
import { compact, ghl, send, splitEndpoint, type Endpoint } from '../highlevel/request';
import { pageOf } from '../steps/define';
import { firstValue } from '../steps/instant';
import { outputTime } from '../steps/time';
import type { EventFamily } from '../steps/restHook';
import { contactWebhookLabels, eventWebhookSample } from './contacts';
import { invalidInput, parseInput, requestParts, zapierField, type FieldSpec } from '../steps/fields';

type Input = Record<string, any>;

export const CONVERSATION_SCOPES = { read: ['conversations.readonly'], write: ['conversations.write'] };
export const MESSAGE_SCOPES = { read: ['conversations/message.readonly'], write: ['conversations/message.write'] };


// ---- ID fields ----

export const conversationIdField: FieldSpec = {
  key: 'conversationId', label: 'Conversation', required: true, dynamic: 'search_conversations.id.name',
  help: 'The HighLevel conversation (the message thread with one contact). Pick one, or map a Conversation ID from an earlier step.',
  example: 'tDtDnQdgm2LXpyiqYvZ6',
};

/** Only there so the Message dropdown can list that conversation's messages. */
export const messageConversationField: FieldSpec = {
  ...conversationIdField, required: false, in: 'none', altersDynamicFields: true,
  help: 'Pick a conversation to list its messages in the Message dropdown below. Not needed when you map a Message ID.',
};

/** Only there so the Email Message dropdown can list that conversation's emails. */
export const emailConversationField: FieldSpec = {
  ...messageConversationField,
  help: 'Pick a conversation to list its emails in the Email Message dropdown below. Not needed when you map an Email Message ID.',
};

export const messageIdField: FieldSpec = {
  key: 'messageId', label: 'Message', required: true, dynamic: 'get_conversation_messages.id.name',
  help: 'The HighLevel message. Pick one (choose the Conversation first), or map a Message ID from an earlier step or a HighLevel webhook.',
  example: 'p1mRSHeLDhAms5q0LMr4',
};

/**
 * An email inside a conversation. HighLevel keeps emails apart from conversation messages: an
 * email message (TYPE_EMAIL) lists the IDs of the emails of its thread in `meta.email.messageIds`,
 * and the email endpoints take those IDs (list_conversation_emails offers them).
 */
export const emailMessageIdField: FieldSpec = {
  key: 'emailMessageId', label: 'Email Message', required: true, dynamic: 'list_conversation_emails.id.name',
  help: 'The email (not its conversation message). Pick one (choose the Conversation first), or map an Email Message ID, for example from Send Message or a HighLevel webhook.',
  example: 'rnGyqh2F6uBrIkfhFo9A',
};

// ---- Samples ----

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
  id: 'Conversation ID', name: 'Contact Display Name', assignedTo: 'Assigned User ID', type: 'Conversation Type',
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
  id: 'Message ID', name: 'Summary', type: 'Type Number', messageType: 'Message Type', userId: 'User ID', 'attachments[]': 'Attachment URLs',
};

const CHANNEL: Record<string, string> = {
  TYPE_SMS: 'SMS', TYPE_EMAIL: 'Email', TYPE_CALL: 'Call', TYPE_WHATSAPP: 'WhatsApp', TYPE_FACEBOOK: 'Facebook',
  TYPE_INSTAGRAM: 'Instagram', TYPE_LIVE_CHAT: 'Live chat', TYPE_GMB: 'Google Business', TYPE_RCS: 'RCS',
};

/** A message type as people say it: `TYPE_SMS` is SMS, `TYPE_CUSTOM_SMS` is CUSTOM SMS. */
export const channelName = (type: unknown): string =>
  CHANNEL[String(type)] ?? String(type ?? 'Message').replace(/^TYPE_/, '').replace(/_/g, ' ');

/** Dropdowns and mapping want a readable name: direction, channel and the start of the text. */
export const withMessageName = (m: Record<string, any>) => {
  const channel = channelName(m.messageType);
  const direction = m.direction === 'inbound' ? 'Inbound' : m.direction === 'outbound' ? 'Outbound' : '';
  const text = typeof m.body === 'string' && m.body.trim() ? `: ${m.body.trim().slice(0, 60)}` : '';
  return { ...m, name: m.name || `${[direction, channel].filter(Boolean).join(' ')}${text}` || m.id };
};

// ---- New Inbound Message (one conversation search per poll) ----

/** The channels people pick, as the conversations document names the last message's type. */
export const INBOUND_CHANNELS: Record<string, string> = {
  TYPE_SMS: 'SMS', TYPE_EMAIL: 'Email', TYPE_LIVE_CHAT: 'Chat (Chat Widget)', TYPE_WEBCHAT: 'Web Chat (Older Chat Widget)',
  TYPE_WHATSAPP: 'WhatsApp', TYPE_FACEBOOK: 'Facebook Messenger', TYPE_INSTAGRAM: 'Instagram', TYPE_CALL: 'Call',
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
  id: 'Message Event ID', conversationId: 'Conversation ID', name: 'Contact Name', contactId: 'Contact ID',
  fullName: 'Contact Full Name', email: 'Contact Email', phone: 'Contact Phone', lastMessageBody: 'Message Text',
  lastMessageType: 'Message Type', lastMessageDirection: 'Direction', lastMessageDate: 'Received At', channel: 'Channel',
};

/**
 * One page of a conversation's messages. HighLevel pages with a cursor (the last message ID of the
 * previous page), which Zapier keeps between the pages of a dropdown; an ordinary poll reads page 1.
 */
export const conversationMessagesPage = async (
  z: ZObject, bundle: Bundle, input: Input, pageSize: number,
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

// ---- Send Message: the inputs each channel uses ----

export const MESSAGE_TYPES: Record<string, string> = {
  SMS: 'SMS', Email: 'Email', WhatsApp: 'WhatsApp', RCS: 'RCS', FB: 'Facebook Messenger', IG: 'Instagram Direct',
  TIKTOK: 'TikTok', Live_Chat: 'Live Chat', Custom: 'Custom Provider',
};

const attachmentsField: FieldSpec = {
  key: 'attachments', label: 'Attachment URLs', type: 'list',
  help: 'Public links to files to send along (https://...), one per line. HighLevel fetches each file from its link.',
  example: ['https://storage.example.com/media/seo-audit.pdf'],
};

const EMAIL_FIELDS: FieldSpec[] = [
  { key: 'subject', label: 'Subject', required: true, help: 'Subject line of the email.', example: 'Your SEO audit is ready' },
  { key: 'html', label: 'HTML Body', type: 'text', help: 'The email as HTML. Use this or Message (plain text); HTML wins when both are given.', example: '<p>Hi Jane, your audit is attached.</p>' },
  { key: 'emailFrom', label: 'From Email', type: 'email', help: "Sender address; leave empty for the sub-account's default sender.", example: 'sam@example.com' },
  { key: 'emailTo', label: 'To Email', type: 'email', help: "Send to this address of the contact instead of the contact's primary email.", example: 'jane.doe@example.com' },
  { key: 'emailCc', label: 'CC', type: 'list', help: 'Email addresses to copy, one per line.', example: ['office@example.com'] },
  { key: 'emailBcc', label: 'BCC', type: 'list', help: 'Email addresses to blind-copy, one per line.', example: ['records@example.com'] },
  attachmentsField,
  { key: 'threadId', label: 'Reply in Thread', help: 'Email thread (message) ID to send this email in, to keep it in an existing thread.', example: 'rnGyqh2F6uBrIkfhFo9A' },
  { key: 'replyMessageId', label: 'Reply to Message', help: 'ID of the email message this one replies to.', example: 'rnGyqh2F6uBrIkfhFo9A' },
  { key: 'emailReplyMode', label: 'Reply Mode', choices: { reply: 'Reply to sender', reply_all: 'Reply to all' }, help: 'When replying: answer only the sender or everyone on the email.', example: 'reply' },
  { key: 'templateId', label: 'Template', help: 'ID of a HighLevel email template to send instead of writing the body here.', example: 'template123' },
];

const PHONE_FIELDS: FieldSpec[] = [
  attachmentsField,
  { key: 'fromNumber', label: 'From Number', type: 'phone', help: "Sub-account number to send from, like +14155550100; leave empty for the default number.", example: '+14155550100' },
  { key: 'toNumber', label: 'To Number', type: 'phone', help: "Send to this number instead of the contact's phone, like +14155550123.", example: '+14155550123' },
];

/** The inputs each channel shows, besides Type, Contact, Message and Send At. */
export const messageTypeFields = (type: unknown): FieldSpec[] => {
  switch (type) {
    case 'Email': return EMAIL_FIELDS;
    case 'SMS': case 'RCS': return PHONE_FIELDS;
    case 'WhatsApp': return [...PHONE_FIELDS, { key: 'templateId', label: 'Template', help: 'ID of an approved WhatsApp template, needed to start a conversation after 24 hours of silence.', example: 'template123' }];
    case 'Custom': return [
      { key: 'conversationProviderId', label: 'Conversation Provider', required: true, help: 'ID of your custom conversation provider (from the HighLevel marketplace app settings).', example: 'cI08i1Bls3iTB9bKgF01' },
      attachmentsField,
    ];
    case 'FB': case 'IG': case 'TIKTOK': case 'Live_Chat': return [attachmentsField];
    default: return [];
  }
};

/** Loads the chosen channel's inputs while the Zap is edited. */
export const sendMessageDynamicFields = async (_z: ZObject, bundle: Bundle) =>
  messageTypeFields(bundle.inputData?.type).map(zapierField);

const EMAIL = /^[^\s@<>(),;:]+@[^\s@<>(),;:]+\.[^\s@<>(),;:]+$/;
const isUrl = (v: string) => {
  try {
    const u = new URL(v);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
};

/**
 * The body of Send Message from the static inputs and the channel's own inputs (read from
 * bundle.inputData, as dynamic fields are not FieldSpecs of the step), checked here.
 */
export const sendMessageBody = (input: Input, bundle: Bundle): Input => {
  const type = String(input.type);
  const fields = messageTypeFields(type);
  const extra = parseInput(fields, bundle.inputData ?? {}, bundle.meta?.timezone);
  for (const key of ['emailCc', 'emailBcc'] as const) {
    const bad = (extra[key] ?? []).find((e: string) => !EMAIL.test(e));
    if (bad) throw invalidInput(`${key === 'emailCc' ? 'CC (`emailCc`)' : 'BCC (`emailBcc`)'}: ${bad} is not an email address like jane@example.com.`);
  }
  const badUrl = (extra.attachments ?? []).find((u: string) => !isUrl(u));
  if (badUrl) throw invalidInput(`Attachment URLs (\`attachments\`): ${badUrl} is not a web address starting with https://.`);
  if (type === 'Email' && !input.message && !extra.html && !extra.templateId) {
    throw invalidInput('An email needs a body: fill in HTML Body (`html`) or Message (`message`), or choose a Template (`templateId`).');
  }
  if (type !== 'Email' && !input.message && !extra.attachments?.length && !extra.templateId) {
    throw invalidInput(`A ${MESSAGE_TYPES[type] ?? type} message needs text in Message (\`message\`) or at least one attachment (\`attachments\`).`);
  }
  let scheduledTimestamp: number | undefined;
  if (input.scheduledAt) {
    scheduledTimestamp = Math.floor(Date.parse(input.scheduledAt) / 1000);
    if (scheduledTimestamp * 1000 < Date.now() - 60_000) throw invalidInput('Send At (`scheduledAt`) is in the past. Leave it empty to send now.');
  }
  return {
    ...requestParts(fields, extra, 'POST', '/conversations/messages').body,
    // The document requires both: the channel again as subType, and the status of the new message.
    subType: type,
    status: 'pending',
    ...(scheduledTimestamp ? { scheduledTimestamp } : {}),
  };
};

// ---- Files: call recordings and transcriptions, handed to later steps as Zapier files ----

const EXTENSION: Record<string, string> = { 'audio/mpeg': 'mp3', 'audio/mp3': 'mp3', 'audio/ogg': 'ogg', 'audio/webm': 'webm', 'audio/mp4': 'm4a' };

/** Streams a HighLevel download through the request layer (which picks its token) into Zapier's file storage. */
const stashDownload = async (
  z: ZObject, bundle: Bundle, endpoint: Endpoint, path: Record<string, unknown>, what: string,
  filename: (contentType: string) => string,
) => {
  const [method, template] = splitEndpoint(endpoint);
  const { response, secrets } = await send(z, bundle, { method, template, path, raw: true });
  if (response.status >= 400) {
    const content = await (response as any).text();
    const shaped = { status: response.status, headers: response.headers, content, request: { method } };
    throwForResponse(z, shaped as any, what, secrets);
  }
  const contentType = String(response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  return z.stashFile(response as any, undefined, filename(contentType));
};

const locationOf = (bundle: Bundle) => String(bundle.inputData?.locationId ?? bundle.authData?.locationId ?? '');

export const RECORDING_ENDPOINT: Endpoint = 'GET /conversations/messages/{messageId}/locations/{locationId}/recording';
export const TRANSCRIPTION_ENDPOINT: Endpoint = 'GET /conversations/locations/{locationId}/messages/{messageId}/transcription';
export const TRANSCRIPTION_DOWNLOAD_ENDPOINT: Endpoint =
  'GET /conversations/locations/{locationId}/messages/{messageId}/transcription/download';

const downloadRecording = async (z: ZObject, bundle: Bundle) => {
  const messageId = String(bundle.inputData?.messageId ?? '');
  return stashDownload(z, bundle, RECORDING_ENDPOINT, { messageId, locationId: locationOf(bundle) },
    `Recording of message ${messageId}`, (type) => `call-recording-${messageId}.${EXTENSION[type] ?? 'wav'}`);
};

const downloadTranscription = async (z: ZObject, bundle: Bundle) => {
  const messageId = String(bundle.inputData?.messageId ?? '');
  return stashDownload(z, bundle, TRANSCRIPTION_DOWNLOAD_ENDPOINT, { messageId, locationId: locationOf(bundle) },
    `Transcription of message ${messageId}`, () => `call-transcription-${messageId}.txt`);
};

/** To be registered as the app's `hydrators` (index.ts). */
export const hydrators = { downloadRecording, downloadTranscription };

/** A file pointer Zapier resolves (by calling the hydrator) only when a later step uses the file. */
export const recordingFile = (z: ZObject, messageId: string, locationId: string) =>
  z.dehydrateFile(hydrators.downloadRecording, { messageId, locationId });
export const transcriptionFile = (z: ZObject, messageId: string, locationId: string) =>
  z.dehydrateFile(hydrators.downloadTranscription, { messageId, locationId });

// ---- Transcriptions ----

export interface Sentence { sentenceIndex?: number; transcript?: string; startTime?: number; endTime?: number; confidence?: number; mediaChannel?: number }

/** HighLevel's sentences as one record: the whole text, its length and the sentences themselves. */
export const transcriptionRecord = (data: unknown, messageId: string): Record<string, any> | undefined => {
  // The document shows one sentence; HighLevel answers a list (bare or under `transcription`).
  const raw: unknown[] = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.transcription) ? data.transcription : [data];
  const sentences: Sentence[] = raw
    .filter((s): s is Sentence => isObject(s) && typeof s.transcript === 'string')
    .sort((a: Sentence, b: Sentence) => (a.sentenceIndex ?? 0) - (b.sentenceIndex ?? 0));
  if (!sentences.length) return undefined;
  return {
    id: messageId,
    messageId,
    transcript: sentences.map((s) => s.transcript!.trim()).join(' '),
    durationSeconds: Math.max(...sentences.map((s) => Number(s.endTime) || 0)),
    sentenceCount: sentences.length,
    sentences: sentences.map((s) => ({
      sentenceIndex: s.sentenceIndex, startTime: s.startTime, endTime: s.endTime,
      transcript: s.transcript, confidence: s.confidence, mediaChannel: s.mediaChannel,
    })),
  };
};

/** The call's transcription, or undefined while there is none: HighLevel answers 404 until it has processed the call. */
export const transcriptionOf = async (z: ZObject, bundle: Bundle, messageId: string) =>
  transcriptionRecord(
    await ghl(z, bundle, TRANSCRIPTION_ENDPOINT, {
      path: { messageId },
      what: `Transcription of message ${messageId}`,
      notFoundIsEmpty: true,
    }),
    messageId,
  );

export const transcriptionSample = {
  id: 'p1mRSHeLDhAms5q0LMr4',
  messageId: 'p1mRSHeLDhAms5q0LMr4',
  transcript: 'This call may be recorded for quality assurance purposes. Hi Jane, this is Sam from Acme about your SEO audit.',
  durationSeconds: 9,
  sentenceCount: 2,
  sentences: [
    { sentenceIndex: 1, startTime: 0, endTime: 4, transcript: 'This call may be recorded for quality assurance purposes.', confidence: 0.94, mediaChannel: 1 },
    { sentenceIndex: 2, startTime: 4, endTime: 9, transcript: 'Hi Jane, this is Sam from Acme about your SEO audit.', confidence: 0.91, mediaChannel: 2 },
  ],
};

// ---- Calls ----

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

export const replyWebhookSample = {
  ...eventWebhookSample,
  message: { type: 'SMS', body: 'Thanks, see you Tuesday!' },
  id: '4e7a1c9b2d3f5a60-mi0x2k3a',
  conversationId: 'tDtDnQdgm2LXpyiqYvZ6',
  messageText: 'Thanks, see you Tuesday!',
  channel: 'SMS',
};

export const replyWebhookLabels = {
  ...contactWebhookLabels, message__type: 'Channel (as Posted)', message__body: 'Message Text (as Posted)',
  messageText: 'Message Text', channel: 'Channel', conversationId: 'Conversation ID',
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
export const messageEvents: EventFamily = {
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
