// Call recordings and transcriptions reach later Zap steps as Zapier files: the triggers output a
// hydration pointer (no bytes), and the hydrators download the documented endpoint through the
// request layer and stash the file.
import nock from 'nock';
import zapier from 'zapier-platform-core';
import App from '../index';
import { hydrators } from '../families/conversations';
import { steps } from '../operations';
import { AUTH, BASE, bundleFor, interceptHighLevel } from './support/harness';
import { violations } from './support/contract';

// The app as index.ts registers it (`hydrators`); added here too so this test does not depend on that wiring.
const tester = zapier.createAppTester({ ...App, hydrators: { ...(App as any).hydrators, ...hydrators } } as any);
const step = (key: string) => steps.find((s) => s.key === key)!;
const recordingTrigger = step('get_message_recording');
const downloadTrigger = step('download_message_transcription');

const MESSAGE_ID = 'p1mRSHeLDhAms5q0LMr4';
const RPC = 'https://rpc.zapier.com';
const S3 = 'https://zapier-dev-files.s3.amazonaws.com';
const WAV = Buffer.from([0x52, 0x49, 0x46, 0x46, 0x24, 0x00, 0x00, 0x00, 0x57, 0x41, 0x56, 0x45, 0xff, 0x00, 0x80]);

beforeAll(() => {
  process.env.ZAPIER_DEPLOY_KEY = 'test-deploy-key';
});
afterAll(() => {
  delete process.env.ZAPIER_DEPLOY_KEY;
});

const pointer = (value: unknown) => {
  expect(value).toEqual(expect.stringMatching(/^hydrate\|\|\|.*\|\|\|hydrate$/));
  return JSON.parse(String(value).slice('hydrate|||'.length, -'|||hydrate'.length));
};

/** HighLevel answering a download with bytes; every request checked against the document. */
const serveDownload = (status: number, body: Buffer | string, headers: Record<string, string>) => {
  const seen: { path: string; problems: string[]; template?: string; headers: Record<string, any> }[] = [];
  nock(BASE)
    .get(/.*/)
    .reply(function (uri) {
      const url = new URL(uri, BASE);
      const req = {
        method: 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: this.req.headers,
        body: undefined,
      };
      seen.push({ path: url.pathname, headers: this.req.headers, ...violations(req) });
      return [status, body, headers];
    });
  return seen;
};

/** Zapier's file storage: the RPC hands out an upload form, S3 takes the file. */
const fileStorage = () => {
  const uploads: string[] = [];
  nock(RPC)
    .post('/cli')
    .reply(200, (_uri, body: any) => ({
      id: (typeof body === 'string' ? JSON.parse(body) : body).id,
      result: { url: `${S3}/`, fields: { key: 'stash/f1Xy9/upload', AWSAccessKeyId: 'AKIAEXAMPLE', policy: 'e30=', signature: 'c2ln' } },
    }));
  nock(S3)
    .post('/')
    .reply(204, (_uri, body) => {
      // nock hands over binary bodies hex-encoded, text bodies as they are.
      const raw = String(body);
      uploads.push(/^[0-9a-f]+$/i.test(raw) ? Buffer.from(raw, 'hex').toString('latin1') : raw);
      return '';
    });
  return uploads;
};

describe('Get Message Recording', () => {
  const message = (overrides: Record<string, unknown>) => ({
    message: {
      id: MESSAGE_ID,
      type: 1,
      messageType: 'TYPE_CALL',
      direction: 'outbound',
      contactId: 'seD4PfOuKoVMLkEZqohJ',
      conversationId: 'tDtDnQdgm2LXpyiqYvZ6',
      locationId: AUTH.locationId,
      dateAdded: '2026-11-21T14:02:11.000Z',
      meta: { callStatus: 'completed', callDuration: '120' },
      ...overrides,
    },
  });

  it('outputs the finished call with a file pointer to its recording, not the audio', async () => {
    const seen = interceptHighLevel(() => ({ status: 200, body: message({}) }));
    const [item, ...rest] = (await tester(recordingTrigger.definition.operation.perform, bundleFor(recordingTrigger) as any)) as any[];
    expect(rest).toEqual([]);
    expect(seen.map((r) => `${r.method} ${r.template}`)).toEqual(['GET /conversations/messages/{id}']);
    expect(seen[0].problems).toEqual([]);
    expect(item).toMatchObject({
      id: MESSAGE_ID,
      messageId: MESSAGE_ID,
      callStatus: 'completed',
      callDuration: '120',
      contactId: 'seD4PfOuKoVMLkEZqohJ',
    });
    expect(pointer(item.recording)).toEqual({
      type: 'file',
      method: 'hydrators.downloadRecording',
      bundle: { messageId: MESSAGE_ID, locationId: AUTH.locationId },
    });
  });

  it('waits while the call is still going, and ignores messages that are not calls', async () => {
    interceptHighLevel(() => ({ status: 200, body: message({ meta: { callStatus: 'pending' } }) }));
    expect(await tester(recordingTrigger.definition.operation.perform, bundleFor(recordingTrigger) as any)).toEqual([]);
    interceptHighLevel(() => ({ status: 200, body: message({ messageType: 'TYPE_SMS', type: 2, meta: {} }) }));
    expect(await tester(recordingTrigger.definition.operation.perform, bundleFor(recordingTrigger) as any)).toEqual([]);
  });

  it('the hydrator downloads the documented recording endpoint and stashes the audio', async () => {
    const seen = serveDownload(200, WAV, { 'Content-Type': 'audio/x-wav', 'Content-Disposition': 'attachment; filename=audio.wav' });
    const uploads = fileStorage();
    const url = await tester(hydrators.downloadRecording, {
      authData: AUTH,
      inputData: { messageId: MESSAGE_ID, locationId: AUTH.locationId },
    } as any);
    expect(url).toBe(`${S3}/stash/f1Xy9/upload`);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      path: `/conversations/messages/${MESSAGE_ID}/locations/${AUTH.locationId}/recording`,
      template: '/conversations/messages/{messageId}/locations/{locationId}/recording',
      problems: [],
    });
    expect(seen[0].headers.authorization).toBe(`Bearer ${AUTH.access_token}`);
    expect(uploads).toHaveLength(1);
    expect(uploads[0]).toContain(`filename="call-recording-${MESSAGE_ID}.wav"`);
    expect(uploads[0]).toContain('audio/x-wav');
    expect(uploads[0]).toContain(WAV.toString('latin1'));
  });

  it('the hydrator names the missing recording on 404 and stashes nothing', async () => {
    serveDownload(404, JSON.stringify({ message: 'Recording not found' }), { 'Content-Type': 'application/json' });
    const uploads = fileStorage();
    await expect(
      tester(hydrators.downloadRecording, { authData: AUTH, inputData: { messageId: MESSAGE_ID, locationId: AUTH.locationId } } as any),
    ).rejects.toThrow(`Recording of message ${MESSAGE_ID} was not found in HighLevel`);
    expect(uploads).toEqual([]);
  });
});

describe('Download Transcription', () => {
  const sentences = [
    { mediaChannel: 2, sentenceIndex: 2, startTime: 4, endTime: 9, transcript: 'Hi Jane, this is Sam from Acme.', confidence: 0.91 },
    { mediaChannel: 1, sentenceIndex: 1, startTime: 0, endTime: 4, transcript: 'This call may be recorded.', confidence: 0.94 },
  ];

  it('outputs the ready transcription with a file pointer to the download', async () => {
    const seen = interceptHighLevel(() => ({ status: 200, body: sentences }));
    const [item] = (await tester(downloadTrigger.definition.operation.perform, bundleFor(downloadTrigger) as any)) as any[];
    expect(seen.map((r) => `${r.method} ${r.template}`)).toEqual([
      'GET /conversations/locations/{locationId}/messages/{messageId}/transcription',
    ]);
    expect(seen[0].problems).toEqual([]);
    expect(item).toMatchObject({
      id: MESSAGE_ID,
      transcript: 'This call may be recorded. Hi Jane, this is Sam from Acme.',
      durationSeconds: 9,
      sentenceCount: 2,
    });
    expect(pointer(item.file)).toEqual({
      type: 'file',
      method: 'hydrators.downloadTranscription',
      bundle: { messageId: MESSAGE_ID, locationId: AUTH.locationId },
    });
  });

  it('stays quiet until HighLevel has a transcription (404)', async () => {
    interceptHighLevel(() => ({ status: 404, body: { message: 'Transcription not found' } }));
    expect(await tester(downloadTrigger.definition.operation.perform, bundleFor(downloadTrigger) as any)).toEqual([]);
  });

  it('the hydrator downloads the documented transcription file and stashes it as text', async () => {
    const text = 'This call may be recorded.\nHi Jane, this is Sam from Acme.\n';
    const seen = serveDownload(200, text, {
      'Content-Type': 'text/plain',
      'Content-Disposition': 'attachment; filename="transcription.txt"',
    });
    const uploads = fileStorage();
    const url = await tester(hydrators.downloadTranscription, {
      authData: AUTH,
      inputData: { messageId: MESSAGE_ID, locationId: AUTH.locationId },
    } as any);
    expect(url).toBe(`${S3}/stash/f1Xy9/upload`);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      path: `/conversations/locations/${AUTH.locationId}/messages/${MESSAGE_ID}/transcription/download`,
      template: '/conversations/locations/{locationId}/messages/{messageId}/transcription/download',
      problems: [],
    });
    expect(uploads[0]).toContain(`filename="call-transcription-${MESSAGE_ID}.txt"`);
    expect(uploads[0]).toContain(text);
  });
});
