import { contactIdField } from '../../families/contacts';
import {
  MESSAGE_SCOPES,
  MESSAGE_TYPES,
  sendMessageBody,
  sendMessageDynamicFields,
  sendResult,
  sendResultSample,
} from '../../families/conversations';
import { create } from '../../steps/define';

export default create({
  key: 'send_message',
  noun: 'Message',
  label: 'Send Message',
  description:
    'Sends an SMS, email, WhatsApp, Facebook, Instagram, TikTok, live chat or custom-provider message to a contact, now or at a set time.',
  endpoint: 'POST /conversations/messages',
  scopes: MESSAGE_SCOPES.write,
  exampleAlso: ['message'],
  fields: [
    {
      key: 'type',
      label: 'Channel',
      required: true,
      choices: MESSAGE_TYPES,
      altersDynamicFields: true,
      example: 'SMS',
      helpText: 'How to send it. The fields below change with the channel (an email gets Subject, HTML Body, CC/BCC).',
    },
    { ...contactIdField, helpText: 'The contact to message. HighLevel uses their phone, email or social profile for the channel chosen.' },
    {
      key: 'message',
      label: 'Message',
      type: 'text',
      example: 'Hi Jane, your SEO audit is ready. Reply YES to book a call.',
      helpText: 'The text to send. For an email this is the plain-text body (use HTML Body for formatting).',
    },
    {
      key: 'scheduledAt',
      label: 'Send At',
      type: 'datetime',
      in: 'none',
      example: '2030-11-25T15:00:00Z',
      helpText: 'Schedule the message for this date and time instead of sending it now.',
    },
  ],
  dynamicFields: [sendMessageDynamicFields],
  request: (input, bundle) => ({ body: sendMessageBody(input, bundle) }),
  what: (i) => `Contact ${i.contactId}`,
  result: sendResult,
  sample: sendResultSample,
  outputLabels: { id: 'Message ID', emailMessageId: 'Email Message ID', msg: 'HighLevel Message' },
});
