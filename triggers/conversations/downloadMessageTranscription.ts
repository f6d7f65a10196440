import {
  MESSAGE_SCOPES,
  messageConversationField,
  messageIdField,
  TRANSCRIPTION_DOWNLOAD_ENDPOINT,
  TRANSCRIPTION_ENDPOINT,
  transcriptionFile,
  transcriptionOf,
} from '../../families/conversations';
import { connectedLocation } from '../../highlevel/connection';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'download_message_transcription',
  noun: 'Transcription',
  label: 'Call Transcription File Ready (Chosen Message)',
  catalog: 'Download Transcription',
  description:
    "Triggers when the chosen call's transcription is ready (once per call), with it as a text file that later steps can attach or upload.",
  endpoint: TRANSCRIPTION_DOWNLOAD_ENDPOINT,
  scopes: MESSAGE_SCOPES.read,
  // Polls the transcription as JSON to learn when it exists; the file is downloaded from the
  // endpoint above only when a later step uses it.
  alsoCalls: [{ endpoint: TRANSCRIPTION_ENDPOINT, scopes: MESSAGE_SCOPES.read }],
  fields: [messageConversationField, messageIdField],
  what: (i) => `Transcription of message ${i.messageId}`,
  perform: async (z, bundle, input) => {
    const found = await transcriptionOf(z, bundle, input.messageId);
    if (!found) return { transcription: undefined };
    const { sentences: _sentences, ...summary } = found;
    return { transcription: { ...summary, file: transcriptionFile(z, input.messageId, connectedLocation(bundle)) } };
  },
  record: 'transcription',
  sample: {
    id: 'p1mRSHeLDhAms5q0LMr4',
    messageId: 'p1mRSHeLDhAms5q0LMr4',
    file: 'https://zapier.com/engine/hydrate/1/call-transcription-p1mRSHeLDhAms5q0LMr4.txt',
    transcript: 'This call may be recorded for quality assurance purposes. Hi Jane, this is Sam from Acme about your SEO audit.',
    durationSeconds: 9,
    sentenceCount: 2,
  },
  outputLabels: { id: 'Message ID', file: 'Transcription File', durationSeconds: 'Duration (Seconds)' },
});
