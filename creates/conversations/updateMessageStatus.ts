import {
  emailMessageIdField,
  MESSAGE_SCOPES,
  messageConversationField,
  messageIdField,
  sendResult,
  sendResultSample,
} from '../../families/conversations';
import { create } from '../../steps/define';

export default create({
  key: 'update_message_status',
  noun: 'Message Status',
  label: 'Update Message Status',
  description: 'Reports the delivery status of a message your custom conversation provider sent (delivered, read, failed or pending).',
  endpoint: 'PUT /conversations/messages/{messageId}/status',
  scopes: MESSAGE_SCOPES.write,
  fields: [
    messageConversationField,
    {
      ...messageIdField,
      helpText: 'The message whose status changed: the Message ID HighLevel sent your provider with the outbound message.',
    },
    {
      key: 'status',
      label: 'Status',
      required: true,
      example: 'delivered',
      choices: { delivered: 'Delivered', read: 'Read', failed: 'Failed', pending: 'Pending' },
      helpText: 'The new status. Only messages sent through your own (custom) conversation provider can be updated.',
    },
    {
      ...emailMessageIdField,
      required: false,
      helpText: 'For emails only: the email the status is about. Pick one from the Conversation above, or map an Email Message ID.',
    },
    {
      key: 'recipients',
      label: 'Email Recipients',
      type: 'list',
      helpText: 'For emails: additional recipient addresses this delivery status applies to.',
      example: ['office@example.com'],
    },
    {
      key: 'errorMessage',
      label: 'Error Message',
      in: 'none',
      helpText: 'When the status is Failed: why, as your provider reported it. Shown in the HighLevel conversation.',
      example: 'Carrier rejected the message',
    },
    {
      key: 'errorCode',
      label: 'Error Code',
      in: 'none',
      helpText: "When the status is Failed: your provider's error code (defaults to 1).",
      example: '30007',
    },
  ],
  // HighLevel's error object needs code, type and message together; its only documented type is "saas".
  request: (input) => ({
    body: input.errorMessage ? { error: { code: String(input.errorCode ?? '1'), type: 'saas', message: input.errorMessage } } : {},
  }),
  what: (i) => `Message ${i.messageId}`,
  result: sendResult,
  sample: { ...sendResultSample, status: 'delivered' },
  outputLabels: { id: 'Message ID', msg: 'HighLevel Message' },
});
