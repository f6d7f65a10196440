import {
  CONVERSATION_CALLS,
  conversationFor,
  inboundBody,
  inboundChannelInputs,
  inboundFields,
  LOG_SCOPES,
  logOutput,
} from '../../families/messageLog';
import { ghl } from '../../highlevel/request';
import { create } from '../../steps/define';

export default create({
  ...logOutput,
  key: 'log_inbound_message',
  noun: 'Message',
  label: 'Log Inbound Message',
  description:
    'Adds a message a contact sent elsewhere (Rankr, a web form, another inbox) to their HighLevel conversation, with its channel and date. Nothing is sent to the contact.',
  endpoint: 'POST /conversations/messages/inbound',
  scopes: LOG_SCOPES,
  exampleAlso: ['message'],
  fields: inboundFields,
  dynamicFields: [inboundChannelInputs],
  alsoCalls: CONVERSATION_CALLS,
  // The body is checked first, so bad input stops the step before the conversation is looked up.
  perform: async (z, bundle, input) => {
    const body = inboundBody(input, bundle);
    const conversationId = await conversationFor(z, bundle, input);
    return ghl(z, bundle, 'POST /conversations/messages/inbound', {
      body: { ...body, conversationId },
      what: `Conversation ${conversationId}`,
    });
  },
});
