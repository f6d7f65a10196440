import {
  MESSAGE_SCOPES,
  messageConversationField,
  messageIdField,
  TRANSCRIPTION_ENDPOINT,
  transcriptionOf,
  transcriptionSample,
} from '../../families/conversations';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'get_message_transcription',
  noun: 'Transcription',
  label: 'Call Transcription Ready (Chosen Message)',
  catalog: 'Get Message Transcription',
  description:
    "Triggers when the chosen call's transcription is ready (once per call), with the full text and each sentence with its timing.",
  endpoint: TRANSCRIPTION_ENDPOINT,
  scopes: MESSAGE_SCOPES.read,
  fields: [messageConversationField, messageIdField],
  what: (i) => `Transcription of message ${i.messageId}`,
  perform: async (z, bundle, input) => ({ transcription: await transcriptionOf(z, bundle, input.messageId) }),
  record: 'transcription',
  sample: transcriptionSample,
  outputLabels: { id: 'Message ID', durationSeconds: 'Duration (Seconds)' },
});
