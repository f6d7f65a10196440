// Conversations: calls, their recordings and transcriptions, handed to later steps as Zapier files (hydrators).
import type { Bundle, ZObject } from 'zapier-platform-core';
import { isObject } from '../../highlevel/answers';
import { throwForResponse } from '../../highlevel/errors';
import { ghl, send, splitEndpoint, type Endpoint } from '../../highlevel/request';

const CALL_TYPES = new Set([
  'TYPE_CALL',
  'TYPE_IVR_CALL',
  'TYPE_CUSTOM_CALL',
  'TYPE_CAMPAIGN_CALL',
  'TYPE_CAMPAIGN_MANUAL_CALL',
  'TYPE_CAMPAIGN_VOICEMAIL',
]);
const FINISHED = new Set(['completed', 'answered', 'voicemail']);

/** A call or voicemail that is over, so HighLevel holds its recording. */
export const callStatusOf = (m: Record<string, any>): string | undefined => m.meta?.callStatus ?? m.meta?.call?.status;
export const isFinishedCall = (m: Record<string, any>) => {
  const status = callStatusOf(m);
  return status ? FINISHED.has(status) : CALL_TYPES.has(m.messageType) || m.type === 1 || m.type === 10;
};

const EXTENSION: Record<string, string> = {
  'audio/mpeg': 'mp3',
  'audio/mp3': 'mp3',
  'audio/ogg': 'ogg',
  'audio/webm': 'webm',
  'audio/mp4': 'm4a',
};

/** Streams a HighLevel download through the request layer (which picks its token) into Zapier's file storage. */
const stashDownload = async (
  z: ZObject,
  bundle: Bundle,
  endpoint: Endpoint,
  path: Record<string, unknown>,
  what: string,
  filename: (contentType: string) => string,
) => {
  const [method, template] = splitEndpoint(endpoint);
  const { response, secrets } = await send(z, bundle, { method, template, path, raw: true });
  if (response.status >= 400) {
    const content = await (response as any).text();
    const shaped = { status: response.status, headers: response.headers, content, request: { method } };
    throwForResponse(z, shaped as any, what, secrets);
  }
  const contentType = String(response.headers.get('content-type') ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
  return z.stashFile(response as any, undefined, filename(contentType));
};

const locationOf = (bundle: Bundle) => String(bundle.inputData?.locationId ?? bundle.authData?.locationId ?? '');

export const RECORDING_ENDPOINT: Endpoint = 'GET /conversations/messages/{messageId}/locations/{locationId}/recording';
export const TRANSCRIPTION_ENDPOINT: Endpoint = 'GET /conversations/locations/{locationId}/messages/{messageId}/transcription';
export const TRANSCRIPTION_DOWNLOAD_ENDPOINT: Endpoint =
  'GET /conversations/locations/{locationId}/messages/{messageId}/transcription/download';

const downloadRecording = async (z: ZObject, bundle: Bundle) => {
  const messageId = String(bundle.inputData?.messageId ?? '');
  return stashDownload(
    z,
    bundle,
    RECORDING_ENDPOINT,
    { messageId, locationId: locationOf(bundle) },
    `Recording of message ${messageId}`,
    (type) => `call-recording-${messageId}.${EXTENSION[type] ?? 'wav'}`,
  );
};

const downloadTranscription = async (z: ZObject, bundle: Bundle) => {
  const messageId = String(bundle.inputData?.messageId ?? '');
  return stashDownload(
    z,
    bundle,
    TRANSCRIPTION_DOWNLOAD_ENDPOINT,
    { messageId, locationId: locationOf(bundle) },
    `Transcription of message ${messageId}`,
    () => `call-transcription-${messageId}.txt`,
  );
};

/** To be registered as the app's `hydrators` (index.ts). */
export const hydrators = { downloadRecording, downloadTranscription };

/** A file pointer Zapier resolves (by calling the hydrator) only when a later step uses the file. */
export const recordingFile = (z: ZObject, messageId: string, locationId: string) =>
  z.dehydrateFile(hydrators.downloadRecording, { messageId, locationId });
export const transcriptionFile = (z: ZObject, messageId: string, locationId: string) =>
  z.dehydrateFile(hydrators.downloadTranscription, { messageId, locationId });

// ---- Transcriptions ----

export interface Sentence {
  sentenceIndex?: number;
  transcript?: string;
  startTime?: number;
  endTime?: number;
  confidence?: number;
  mediaChannel?: number;
}

/** HighLevel's sentences as one record: the whole text, its length and the sentences themselves. */
export const transcriptionRecord = (data: unknown, messageId: string): Record<string, any> | undefined => {
  // The document shows one sentence; HighLevel answers a list (bare or under `transcription`).
  const raw: unknown[] = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.transcription) ? data.transcription : [data];
  const sentences: Sentence[] = raw
    .filter((s): s is Sentence => isObject(s) && typeof s.transcript === 'string')
    .sort((a: Sentence, b: Sentence) => (a.sentenceIndex ?? 0) - (b.sentenceIndex ?? 0));
  if (!sentences.length) return undefined;
  return {
    id: messageId,
    messageId,
    transcript: sentences.map((s) => s.transcript!.trim()).join(' '),
    durationSeconds: Math.max(...sentences.map((s) => Number(s.endTime) || 0)),
    sentenceCount: sentences.length,
    sentences: sentences.map((s) => ({
      sentenceIndex: s.sentenceIndex,
      startTime: s.startTime,
      endTime: s.endTime,
      transcript: s.transcript,
      confidence: s.confidence,
      mediaChannel: s.mediaChannel,
    })),
  };
};

/** The call's transcription, or undefined while there is none: HighLevel answers 404 until it has processed the call. */
export const transcriptionOf = async (z: ZObject, bundle: Bundle, messageId: string) =>
  transcriptionRecord(
    await ghl(z, bundle, TRANSCRIPTION_ENDPOINT, {
      path: { messageId },
      what: `Transcription of message ${messageId}`,
      notFoundIsEmpty: true,
    }),
    messageId,
  );

export const transcriptionSample = {
  id: 'p1mRSHeLDhAms5q0LMr4',
  messageId: 'p1mRSHeLDhAms5q0LMr4',
  transcript: 'This call may be recorded for quality assurance purposes. Hi Jane, this is Sam from Acme about your SEO audit.',
  durationSeconds: 9,
  sentenceCount: 2,
  sentences: [
    {
      sentenceIndex: 1,
      startTime: 0,
      endTime: 4,
      transcript: 'This call may be recorded for quality assurance purposes.',
      confidence: 0.94,
      mediaChannel: 1,
    },
    {
      sentenceIndex: 2,
      startTime: 4,
      endTime: 9,
      transcript: 'Hi Jane, this is Sam from Acme about your SEO audit.',
      confidence: 0.91,
      mediaChannel: 2,
    },
  ],
};
