import { appEventHook } from '../../steps/define';
import newInboundMessage from './newInboundMessage';
import { MESSAGE_EVENT_CHANNELS, messageEvents } from './messageEvents.appEvent';

export default appEventHook({
  key: 'inbound_message_hook',
  noun: 'Message',
  label: 'Inbound Message (Instant)',
  description: 'Triggers when a contact sends a message (SMS, email, call, chat, Facebook, Instagram, Google Business), every one of them.',
  events: ['InboundMessage'],
  adapter: messageEvents,
  fields: [
    {
      key: 'messageChannel',
      label: 'Channel',
      choices: { ...MESSAGE_EVENT_CHANNELS, CALL: 'Call (and Voicemail)' },
      example: 'SMS',
      helpText: 'Only messages that come in on this channel. Leave empty for every channel.',
    },
  ],
  filterBy: { messageChannel: 'messageType' },
  list: { step: newInboundMessage },
});
