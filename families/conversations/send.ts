// Conversations: the Send Message inputs each channel uses, and its body.
import type { Bundle, ZObject } from 'zapier-platform-core';
import { invalidInput, parseInput, requestParts, zapierField, type FieldSpec } from '../../steps/fields';
import type { Input } from './conversationFields';

export const MESSAGE_TYPES: Record<string, string> = {
  SMS: 'SMS',
  Email: 'Email',
  WhatsApp: 'WhatsApp',
  RCS: 'RCS',
  FB: 'Facebook Messenger',
  IG: 'Instagram Direct',
  TIKTOK: 'TikTok',
  Live_Chat: 'Live Chat',
  Custom: 'Custom Provider',
};

const attachmentsField: FieldSpec = {
  key: 'attachments',
  label: 'Attachment URLs',
  type: 'list',
  helpText: 'Public links to files to send along (https://...), one per line. HighLevel fetches each file from its link.',
  example: ['https://storage.example.com/media/seo-audit.pdf'],
};

const EMAIL_FIELDS: FieldSpec[] = [
  { key: 'subject', label: 'Subject', required: true, helpText: 'Subject line of the email.', example: 'Your SEO audit is ready' },
  {
    key: 'html',
    label: 'HTML Body',
    type: 'text',
    helpText: 'The email as HTML. Use this or Message (plain text); HTML wins when both are given.',
    example: '<p>Hi Jane, your audit is attached.</p>',
  },
  {
    key: 'emailFrom',
    label: 'From Email',
    type: 'email',
    helpText: "Sender address; leave empty for the sub-account's default sender.",
    example: 'sam@example.com',
  },
  {
    key: 'emailTo',
    label: 'To Email',
    type: 'email',
    helpText: "Send to this address of the contact instead of the contact's primary email.",
    example: 'jane.doe@example.com',
  },
  { key: 'emailCc', label: 'CC', type: 'list', helpText: 'Email addresses to copy, one per line.', example: ['office@example.com'] },
  {
    key: 'emailBcc',
    label: 'BCC',
    type: 'list',
    helpText: 'Email addresses to blind-copy, one per line.',
    example: ['records@example.com'],
  },
  attachmentsField,
  {
    key: 'threadId',
    label: 'Reply in Thread',
    helpText: 'Email thread (message) ID to send this email in, to keep it in an existing thread.',
    example: 'rnGyqh2F6uBrIkfhFo9A',
  },
  {
    key: 'replyMessageId',
    label: 'Reply to Message',
    helpText: 'ID of the email message this one replies to.',
    example: 'rnGyqh2F6uBrIkfhFo9A',
  },
  {
    key: 'emailReplyMode',
    label: 'Reply Mode',
    choices: { reply: 'Reply to sender', reply_all: 'Reply to all' },
    helpText: 'When replying: answer only the sender or everyone on the email.',
    example: 'reply',
  },
  {
    key: 'templateId',
    label: 'Template',
    helpText: 'ID of a HighLevel email template to send instead of writing the body here.',
    example: 'template123',
  },
];

const PHONE_FIELDS: FieldSpec[] = [
  attachmentsField,
  {
    key: 'fromNumber',
    label: 'From Number',
    type: 'phone',
    helpText: 'Sub-account number to send from, like +14155550100; leave empty for the default number.',
    example: '+14155550100',
  },
  {
    key: 'toNumber',
    label: 'To Number',
    type: 'phone',
    helpText: "Send to this number instead of the contact's phone, like +14155550123.",
    example: '+14155550123',
  },
];

/** The inputs each channel shows, besides Type, Contact, Message and Send At. */
export const messageTypeFields = (type: unknown): FieldSpec[] => {
  switch (type) {
    case 'Email':
      return EMAIL_FIELDS;
    case 'SMS':
    case 'RCS':
      return PHONE_FIELDS;
    case 'WhatsApp':
      return [
        ...PHONE_FIELDS,
        {
          key: 'templateId',
          label: 'Template',
          helpText: 'ID of an approved WhatsApp template, needed to start a conversation after 24 hours of silence.',
          example: 'template123',
        },
      ];
    case 'Custom':
      return [
        {
          key: 'conversationProviderId',
          label: 'Conversation Provider',
          required: true,
          helpText: 'ID of your custom conversation provider (from the HighLevel marketplace app settings).',
          example: 'cI08i1Bls3iTB9bKgF01',
        },
        attachmentsField,
      ];
    case 'FB':
    case 'IG':
    case 'TIKTOK':
    case 'Live_Chat':
      return [attachmentsField];
    default:
      return [];
  }
};

/** Loads the chosen channel's inputs while the Zap is edited. */
export const sendMessageDynamicFields = async (_z: ZObject, bundle: Bundle) => messageTypeFields(bundle.inputData?.type).map(zapierField);

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
    if (bad)
      throw invalidInput(
        `${key === 'emailCc' ? 'CC (`emailCc`)' : 'BCC (`emailBcc`)'}: ${bad} is not an email address like jane@example.com.`,
      );
  }
  const badUrl = (extra.attachments ?? []).find((u: string) => !isUrl(u));
  if (badUrl) throw invalidInput(`Attachment URLs (\`attachments\`): ${badUrl} is not a web address starting with https://.`);
  if (type === 'Email' && !input.message && !extra.html && !extra.templateId) {
    throw invalidInput('An email needs a body: fill in HTML Body (`html`) or Message (`message`), or choose a Template (`templateId`).');
  }
  if (type !== 'Email' && !input.message && !extra.attachments?.length && !extra.templateId) {
    throw invalidInput(
      `A ${MESSAGE_TYPES[type] ?? type} message needs text in Message (\`message\`) or at least one attachment (\`attachments\`).`,
    );
  }
  let scheduledTimestamp: number | undefined;
  if (input.scheduledAt) {
    scheduledTimestamp = Math.floor(Date.parse(input.scheduledAt) / 1000);
    if (scheduledTimestamp * 1000 < Date.now() - 60_000)
      throw invalidInput('Send At (`scheduledAt`) is in the past. Leave it empty to send now.');
  }
  return {
    ...requestParts(fields, extra, 'POST', '/conversations/messages').body,
    // The document requires both: the channel again as subType, and the status of the new message.
    subType: type,
    status: 'pending',
    ...(scheduledTimestamp ? { scheduledTimestamp } : {}),
  };
};
