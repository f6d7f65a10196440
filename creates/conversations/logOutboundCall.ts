import { contactIdField } from '../../families/contacts';
import {
  altIdField,
  callFields,
  CONVERSATION_CALLS,
  conversationFor,
  dateField,
  LOG_SCOPES,
  logConversationField,
  logOutput,
  providerField,
} from '../../families/messageLog';
import { ghl } from '../../highlevel/request';
import { create } from '../../steps/define';
import { requestParts, type FieldSpec } from '../../steps/fields';

const fields: FieldSpec[] = [
  {
    ...contactIdField,
    required: false,
    in: 'none',
    helpText:
      'The contact who was called; their latest conversation gets the call. Pick one or map a Contact ID. Used when Conversation is empty: a chosen Conversation already names its contact.',
  },
  logConversationField,
  providerField,
  ...callFields('your business line', "the contact's phone"),
  dateField('call was made'),
  altIdField,
];

export default create({
  ...logOutput,
  key: 'log_outbound_call',
  noun: 'Call',
  label: 'Log Outbound Call',
  description:
    "Adds a call your team made outside HighLevel (another phone system, a dialer) to the contact's conversation, with its numbers, outcome and date.",
  endpoint: 'POST /conversations/messages/outbound',
  scopes: LOG_SCOPES,
  fields,
  needsOneOf: [['contactId', 'conversationId']],
  alsoCalls: CONVERSATION_CALLS,
  perform: async (z, bundle, input) => {
    const conversationId = await conversationFor(z, bundle, input);
    return ghl(z, bundle, 'POST /conversations/messages/outbound', {
      // The document's only outbound type is a call.
      body: { type: 'Call', ...requestParts(fields, input, 'POST', '/conversations/messages/outbound').body, conversationId },
      what: `Conversation ${conversationId}`,
    });
  },
});
