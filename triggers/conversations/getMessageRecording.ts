import {
  callStatusOf,
  isFinishedCall,
  MESSAGE_SCOPES,
  messageConversationField,
  messageIdField,
  RECORDING_ENDPOINT,
  recordingFile,
} from '../../families/conversations';
import { recordIn } from '../../highlevel/answers';
import { ghl } from '../../highlevel/request';
import { connectedLocation } from '../../highlevel/connection';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'get_message_recording',
  noun: 'Recording',
  label: 'Call Recording Ready (Chosen Message)',
  catalog: 'Get Message Recording',
  description:
    'Triggers when the chosen call or voicemail has ended (once per call), with its recording as a file that later steps can use.',
  endpoint: RECORDING_ENDPOINT,
  scopes: MESSAGE_SCOPES.read,
  // Polls the message (small JSON) rather than downloading audio on every poll; the recording
  // itself is fetched from the endpoint above only when a later step uses the file.
  alsoCalls: [{ endpoint: 'GET /conversations/messages/{id}', scopes: MESSAGE_SCOPES.read }],
  fields: [messageConversationField, messageIdField],
  what: (i) => `Message ${i.messageId}`,
  perform: async (z, bundle, input) => {
    const data = await ghl(z, bundle, 'GET /conversations/messages/{id}', {
      path: { id: input.messageId },
      what: `Message ${input.messageId}`,
    });
    const message = recordIn(data, 'message');
    if (!message || !isFinishedCall(message)) return { recording: undefined };
    const locationId = String(message.locationId || connectedLocation(bundle));
    return {
      recording: {
        id: String(message.id ?? input.messageId),
        messageId: String(message.id ?? input.messageId),
        recording: recordingFile(z, String(message.id ?? input.messageId), locationId),
        callStatus: callStatusOf(message),
        callDuration: message.meta?.callDuration ?? message.meta?.call?.duration,
        messageType: message.messageType,
        direction: message.direction,
        contactId: message.contactId,
        conversationId: message.conversationId,
        locationId,
        dateAdded: message.dateAdded,
      },
    };
  },
  record: 'recording',
  sample: {
    id: 'p1mRSHeLDhAms5q0LMr4',
    messageId: 'p1mRSHeLDhAms5q0LMr4',
    recording: 'https://zapier.com/engine/hydrate/1/call-recording-p1mRSHeLDhAms5q0LMr4.wav',
    callStatus: 'completed',
    callDuration: '120',
    messageType: 'TYPE_CALL',
    direction: 'outbound',
    contactId: 'seD4PfOuKoVMLkEZqohJ',
    conversationId: 'tDtDnQdgm2LXpyiqYvZ6',
    locationId: 've9EPM428h8vShlRW1KT',
    dateAdded: '2026-11-21T14:02:11.000Z',
  },
  outputLabels: { id: 'Message ID', recording: 'Recording File', callDuration: 'Call Duration (Seconds)' },
});
