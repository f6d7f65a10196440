// Logging messages that happened outside HighLevel (a Rankr message, a web form, a call made from
// another phone system) into the contact's HighLevel conversation. Both endpoints want the
// conversation's ID and a conversation provider; the steps find (or start) the contact's
// conversation so a Zap only needs the contact.
import type { Bundle, ZObject } from 'zapier-platform-core';
import { listIn, recordIn } from '../highlevel/answers';
import { ghl } from '../highlevel/request';
import { invalidInput, parseInput, requestParts, zapierField, type FieldSpec } from '../steps/fields';
import { contactIdField } from './contacts';
import { CONVERSATION_SCOPES, conversationIdField, MESSAGE_SCOPES, sendResult, sendResultSample } from './conversations';

type Input = Record<string, any>;

export const LOG_SCOPES = MESSAGE_SCOPES.write;

/** Finding and starting the contact's conversation: for scopes and the contract test. */
export const CONVERSATION_CALLS = [
  { endpoint: 'GET /conversations/search' as const, scopes: CONVERSATION_SCOPES.read },
  { endpoint: 'POST /conversations/' as const, scopes: CONVERSATION_SCOPES.write },
];

/**
 * The conversation to log into: the one chosen, else the contact's latest, else a new one (HighLevel
 * keeps one conversation per contact and channel group, and logging must not fail for a new lead).
 */
export const conversationFor = async (z: ZObject, bundle: Bundle, input: Input): Promise<string> => {
  if (input.conversationId) return input.conversationId;
  const what = `Contact ${input.contactId}`;
  const found = listIn(
    await ghl(z, bundle, 'GET /conversations/search', {
      query: { contactId: input.contactId, limit: 1, sort: 'desc', sortBy: 'last_message_date' },
      location: 'query',
      what,
    }),
    'conversations',
  );
  if (found[0]?.id) return found[0].id;
  const started = recordIn(
    await ghl(z, bundle, 'POST /conversations/', { body: { contactId: input.contactId }, location: 'body', what }),
    'conversation',
  );
  if (!started?.id)
    throw new z.errors.Error(
      `HighLevel started no conversation for contact ${input.contactId}; try again, or choose a Conversation.`,
      'ConversationMissing',
    );
  return started.id;
};

// ---- Fields both log steps share ----

/** Found or started from the contact when left empty. */
export const logConversationField: FieldSpec = {
  ...conversationIdField,
  required: false,
  in: 'none',
  helpText: "The contact's conversation to log into. Leave empty: the contact's latest conversation is used, or a new one is started.",
};

// HighLevel's API lists no conversation providers, so no dropdown can offer them: a typed or mapped ID.
export const providerField: FieldSpec = {
  key: 'conversationProviderId',
  label: 'Conversation Provider ID',
  required: true,
  example: '61d6d1f9cdac7612faf80753',
  helpText:
    "HighLevel records every logged message under a conversation provider: the ID of one added to your HighLevel Marketplace app (Marketplace → My Apps → your app → Conversation Providers). HighLevel's API has no list of providers, so there is no dropdown: copy the ID from there. For the Custom channel it must be a Custom provider; for a call, a Call provider.",
};

export const dateField = (what: string): FieldSpec => ({
  key: 'date',
  label: 'Date',
  type: 'datetime',
  example: '2026-11-21T14:02:11Z',
  helpText: `When the ${what} happened, like 2026-11-21 14:02 (your Zapier time zone unless it names one). Leave empty for now.`,
});

// Another app's own ID for the message (HighLevel's "external provider's message id"): nothing in
// HighLevel lists it, so it has no dropdown, and no contact field could stand in for it.
export const altIdField: FieldSpec = {
  key: 'altId',
  label: 'External Message ID',
  example: 'rankr-msg-48213',
  helpText:
    "Optional. The message's (or call's) own ID in the app it came from (Rankr, your form tool, your phone system), kept with it in HighLevel so you can match them later. It is that app's ID, not a HighLevel record, so there is no dropdown: map it from the step that received the message. Leave empty when there is none.",
};

const attachmentsField: FieldSpec = {
  key: 'attachments',
  label: 'Attachment URLs',
  type: 'list',
  example: ['https://storage.example.com/media/brief.pdf'],
  helpText: 'Public links (https://...) to files that came with it, one per line. HighLevel shows them with the message.',
};

const CALL_STATUS: Record<string, string> = {
  completed: 'Completed',
  answered: 'Answered',
  voicemail: 'Voicemail',
  'no-answer': 'No Answer',
  busy: 'Busy',
  failed: 'Failed',
  canceled: 'Canceled',
  pending: 'Pending',
};

/** The call's numbers and outcome, as HighLevel's `call` object. */
export const callFields = (from: string, to: string): FieldSpec[] => [
  {
    key: 'callFrom',
    label: 'From Number',
    as: 'call.from',
    type: 'phone',
    example: '+14155550123',
    helpText: `The number that called: ${from}, like +14155550123.`,
  },
  {
    key: 'callTo',
    label: 'To Number',
    as: 'call.to',
    type: 'phone',
    example: '+14155550100',
    helpText: `The number that was called: ${to}, like +14155550100.`,
  },
  {
    key: 'callStatus',
    label: 'Call Status',
    as: 'call.status',
    choices: CALL_STATUS,
    example: 'completed',
    helpText: 'How the call ended: answered and completed, went to voicemail, not answered, busy, failed or canceled.',
  },
];

/** What both log steps return: HighLevel's answer with the message's ID as `id`. */
export const logOutput = {
  result: sendResult,
  sample: {
    id: sendResultSample.id,
    messageId: sendResultSample.messageId,
    conversationId: sendResultSample.conversationId,
    contactId: 'seD4PfOuKoVMLkEZqohJ',
    success: true,
    message: 'Message logged',
    dateAdded: '2026-11-21T14:02:11.000Z',
  },
  outputLabels: {
    id: 'Message ID',
    messageId: 'Logged Message ID',
    conversationId: 'Conversation ID',
    contactId: 'Contact ID',
    success: 'Logged',
    message: 'HighLevel Answer',
    dateAdded: 'Date Logged',
  },
};

// ---- Log Inbound Message: the channel decides the extra inputs ----

/** The channels HighLevel can log an inbound message under (its document's list, minus campaign and internal types). */
export const LOGGED_CHANNELS: Record<string, string> = {
  SMS: 'SMS',
  Email: 'Email',
  WhatsApp: 'WhatsApp',
  Custom: 'Custom Channel (Custom Provider)',
  Call: 'Phone Call',
  Live_Chat: 'Live Chat',
  WebChat: 'Web Chat',
  FB: 'Facebook Messenger',
  IG: 'Instagram Direct',
  GMB: 'Google Business Profile',
  RCS: 'RCS',
  TIKTOK: 'TikTok',
  FORM_SUBMISSION: 'Form Submission',
};

const EMAIL_LOG_FIELDS: FieldSpec[] = [
  { key: 'subject', label: 'Subject', example: 'Question about my SEO audit', helpText: 'Subject line of the email received.' },
  {
    key: 'html',
    label: 'HTML Body',
    type: 'text',
    example: '<p>Can we talk on Tuesday?</p>',
    helpText: 'The email as HTML, when you have it; Message holds the plain text.',
  },
  {
    key: 'emailMessageId',
    label: 'Thread With Email',
    example: 'rnGyqh2F6uBrIkfhFo9A',
    helpText: 'ID of a HighLevel email this one answers, to show them in one thread.',
  },
];

/** The inputs a channel adds to the form. */
export const inboundChannelFields = (type: unknown): FieldSpec[] =>
  type === 'Email' ? EMAIL_LOG_FIELDS : type === 'Call' ? callFields("the contact's phone", 'your business line') : [];

/** Loads the chosen channel's inputs while the Zap is edited. */
export const inboundChannelInputs = async (_z: ZObject, bundle: Bundle) => inboundChannelFields(bundle.inputData?.type).map(zapierField);

export const inboundFields: FieldSpec[] = [
  {
    key: 'type',
    label: 'Channel',
    required: true,
    choices: LOGGED_CHANNELS,
    altersDynamicFields: true,
    example: 'Email',
    helpText:
      'How the contact reached you. It sets the icon and thread in HighLevel; Email adds Subject, Phone Call adds the numbers and outcome.',
  },
  {
    ...contactIdField,
    helpText: 'The contact who sent the message. Pick one, or map a Contact ID (for example from Find Contact or Upsert Contact).',
  },
  logConversationField,
  providerField,
  {
    key: 'message',
    label: 'Message',
    type: 'text',
    example: 'Hi, can we talk about the audit on Tuesday?',
    helpText: 'What the contact wrote, as plain text.',
  },
  attachmentsField,
  dateField('message was received'),
  altIdField,
];

/**
 * The inbound message's body, checked before any request: the static inputs plus the chosen
 * channel's own (read from bundle.inputData, as dynamic fields are not the step's FieldSpecs).
 */
export const inboundBody = (input: Input, bundle: Bundle) => {
  const channelFields = inboundChannelFields(input.type);
  const extra = parseInput(channelFields, bundle.inputData ?? {}, bundle.meta?.timezone);
  if (input.type !== 'Call' && !input.message && !extra.html && !input.attachments?.length) {
    throw invalidInput(
      `A logged ${LOGGED_CHANNELS[input.type]} message needs text in Message (\`message\`)${input.type === 'Email' ? ' or HTML Body (`html`)' : ''}, or an attachment (\`attachments\`).`,
    );
  }
  return {
    ...requestParts(inboundFields, input, 'POST', '/conversations/messages/inbound').body,
    ...requestParts(channelFields, extra, 'POST', '/conversations/messages/inbound').body,
  };
};
