// Upload File to Media Library: the file Zapier hands over is downloaded and sent as a real
// multipart/form-data body, checked part by part against HighLevel's document.
import nock from 'nock';
import { steps } from '../operations';
import { MAX_UPLOAD_BYTES } from '../families/medias';
import { bundleFor, EXAMPLE_PDF, interceptHighLevel, perform, ZAPIER_FILES } from './support/harness';
import { formParts } from './support/contract';

const upload = steps.find((s) => s.key === 'upload_file_to_media_library')!;

const uploaded = () =>
  interceptHighLevel((req) =>
    req.template === '/medias/upload-file'
      ? { status: 200, body: { fileId: 'f1', url: 'https://storage.googleapis.com/msgsndr/loc/media/f1.pdf' } }
      : undefined,
  );

const run = (inputData: Record<string, unknown>) => perform(upload, bundleFor(upload, { inputData }));

it('sends the file bytes, its name and folder as the documented multipart form, and outputs the hosted URL', async () => {
  const seen = uploaded();
  const result: any = await run({ file: `${ZAPIER_FILES}/cli-platform/abc/Signed%20Proposal.pdf`, folderId: 'folder1' });
  expect(seen).toHaveLength(1);
  const [req] = seen;
  expect(req).toMatchObject({ method: 'POST', path: '/medias/upload-file', problems: [] });
  expect(req.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
  const parts = formParts(req.body, req.headers['content-type'])!;
  expect(parts.map((p) => [p.name, p.filename, p.contentType])).toEqual([
    ['file', 'Signed Proposal.pdf', 'application/pdf'],
    ['name', undefined, undefined],
    ['parentId', undefined, undefined],
  ]);
  expect(parts[0].data.equals(EXAMPLE_PDF)).toBe(true);
  expect(parts[1].data.toString()).toBe('Signed Proposal.pdf');
  expect(parts[2].data.toString()).toBe('folder1');
  expect(result).toEqual({
    id: 'f1',
    fileId: 'f1',
    url: 'https://storage.googleapis.com/msgsndr/loc/media/f1.pdf',
    name: 'Signed Proposal.pdf',
    folderId: 'folder1',
    contentType: 'application/pdf',
    size: EXAMPLE_PDF.length,
  });
});

it('names the file as asked, and leaves the folder out when none is chosen', async () => {
  const seen = uploaded();
  await run({ file: `${ZAPIER_FILES}/x/upload`, name: 'contract.pdf' });
  const parts = formParts(seen[0].body, seen[0].headers['content-type'])!;
  expect(parts.map((p) => p.name)).toEqual(['file', 'name']);
  expect(parts[0].filename).toBe('contract.pdf');
  expect(seen[0].problems).toEqual([]);
});

it('the contract check rejects an undocumented part', async () => {
  const { violations } = await import('./support/contract');
  const boundary = 'b1';
  const body = `--${boundary}\r\nContent-Disposition: form-data; name="folder"\r\n\r\nx\r\n--${boundary}--\r\n`;
  const { problems } = violations({
    method: 'POST',
    path: '/medias/upload-file',
    query: {},
    body,
    headers: { authorization: 'Bearer t', version: '2021-07-28', 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
  expect(problems).toEqual(['form part folder is not documented']);
});

it('refuses a file over 25 MB without uploading it', async () => {
  const seen = interceptHighLevel();
  nock.cleanAll();
  nock(ZAPIER_FILES)
    .get('/big.zip')
    .reply(200, Buffer.alloc(MAX_UPLOAD_BYTES + 1), { 'Content-Type': 'application/zip' });
  await expect(run({ file: `${ZAPIER_FILES}/big.zip` })).rejects.toThrow("HighLevel's media library takes files up to 25 MB");
  expect(seen).toHaveLength(0);
});

it('says when the file cannot be downloaded', async () => {
  interceptHighLevel();
  nock.cleanAll();
  nock(ZAPIER_FILES).get('/gone.pdf').reply(403, 'expired');
  await expect(run({ file: `${ZAPIER_FILES}/gone.pdf` })).rejects.toThrow(
    'The file could not be downloaded from the earlier step (HTTP 403)',
  );
});

it('refuses a File that is not a file or link, before any request', async () => {
  const seen = interceptHighLevel();
  await expect(run({ file: 'my proposal' })).rejects.toThrow('File (`file`) must be a file from an earlier step, or a web address of one.');
  expect(seen).toHaveLength(0);
});
