import {
  conversationIdField,
  conversationMessagesPage,
  MESSAGE_SCOPES,
  messageOutputLabels,
  messageSample,
  withMessageName,
} from '../../families/conversations';
import { trigger } from '../../steps/define';
import type { FieldSpec } from '../../steps/fields';

const TYPES: Record<string, string> = {
  TYPE_SMS: 'SMS',
  TYPE_EMAIL: 'Email',
  TYPE_CALL: 'Call',
  TYPE_WHATSAPP: 'WhatsApp',
  TYPE_FACEBOOK: 'Facebook',
  TYPE_INSTAGRAM: 'Instagram',
  TYPE_GMB: 'Google Business Profile',
  TYPE_LIVE_CHAT: 'Live Chat',
  TYPE_RCS: 'RCS',
  TYPE_TIKTOK: 'TikTok',
  TYPE_INTERNAL_COMMENTS: 'Internal Comments',
  TYPE_FORM_SUBMISSION: 'Form Submission',
};

const fields: FieldSpec[] = [
  conversationIdField,
  {
    key: 'type',
    label: 'Message Type',
    in: 'none',
    choices: TYPES,
    example: 'TYPE_SMS',
    helpText: 'Only messages of this channel, for example SMS or Email. Leave empty for every message.',
  },
];
const PAGE_SIZE = 100;

export default trigger({
  key: 'get_conversation_messages',
  noun: 'Message',
  label: 'New Message (Chosen Conversation)',
  catalog: 'Get Messages by Conversation',
  description: 'Triggers when a new message (inbound or outbound) is added to the chosen conversation.',
  endpoint: 'GET /conversations/{conversationId}/messages',
  scopes: MESSAGE_SCOPES.read,
  fields,
  what: (i) => `Conversation ${i.conversationId}`,
  // One page, newest first; dropdowns load further pages from HighLevel's cursor.
  perform: async (z, bundle, input) => ({ messages: await conversationMessagesPage(z, bundle, input, PAGE_SIZE) }),
  pageSize: PAGE_SIZE,
  canPaginate: true,
  list: 'messages',
  newest: 'dateAdded',
  item: withMessageName,
  sample: messageSample,
  outputLabels: messageOutputLabels,
});
