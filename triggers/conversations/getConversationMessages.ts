import type { Bundle, ZObject } from 'zapier-platform-core';
import {
  conversationIdField, MESSAGE_SCOPES, messageOutputLabels, messageSample, pageOf, withMessageName,
} from '../../families/conversations';
import { ghl } from '../../highlevel/request';
import { trigger } from '../../steps/define';
import type { FieldSpec } from '../../steps/fields';

const TYPES: Record<string, string> = {
  TYPE_SMS: 'SMS', TYPE_EMAIL: 'Email', TYPE_CALL: 'Call', TYPE_WHATSAPP: 'WhatsApp', TYPE_FACEBOOK: 'Facebook',
  TYPE_INSTAGRAM: 'Instagram', TYPE_GMB: 'Google Business Profile', TYPE_LIVE_CHAT: 'Live Chat', TYPE_RCS: 'RCS',
  TYPE_TIKTOK: 'TikTok', TYPE_INTERNAL_COMMENTS: 'Internal Comments', TYPE_FORM_SUBMISSION: 'Form Submission',
};

const fields: FieldSpec[] = [
  conversationIdField,
  {
    key: 'type', label: 'Message Type', in: 'none', choices: TYPES, example: 'TYPE_SMS',
    help: 'Only messages of this channel, for example SMS or Email. Leave empty for every message.',
  },
];
const PAGE_SIZE = 100;

/**
 * One page of the conversation's messages, newest first. HighLevel pages with a cursor (the
 * last message ID of the previous page), which Zapier keeps between the pages of a dropdown.
 */
const perform = async (z: ZObject, bundle: Bundle, input: Record<string, any>) => {
  const { page, limit } = pageOf(bundle, PAGE_SIZE);
  const paging = page > 0 || Boolean(bundle.meta?.isFillingDynamicDropdown);
  const lastMessageId = page > 0 ? await z.cursor.get() : undefined;
  if (page > 0 && !lastMessageId) return { messages: [] };
  const data = await ghl(z, bundle, 'GET /conversations/{conversationId}/messages', {
    path: { conversationId: input.conversationId },
    query: { limit, type: input.type, lastMessageId },
    what: `Conversation ${input.conversationId}`,
  });
  // The document shows the page at the top level; HighLevel also wraps it under `messages`.
  const result = data?.messages && !Array.isArray(data.messages) ? data.messages : data;
  if (paging && result?.nextPage && typeof result.lastMessageId === 'string') await z.cursor.set(result.lastMessageId);
  return { messages: Array.isArray(result?.messages) ? result.messages : [] };
};

export default trigger({
  key: 'get_conversation_messages',
  noun: 'Message',
  label: 'Get Messages by Conversation',
  description: 'Triggers when a new message (inbound or outbound) is added to the chosen conversation.',
  endpoint: 'GET /conversations/{conversationId}/messages',
  scopes: MESSAGE_SCOPES.read,
  fields,
  what: (i) => `Conversation ${i.conversationId}`,
  perform,
  pageSize: PAGE_SIZE,
  canPaginate: true,
  list: 'messages',
  newest: 'dateAdded',
  item: withMessageName,
  sample: messageSample,
  outputLabels: messageOutputLabels,
});
