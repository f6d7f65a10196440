// Media library: files from earlier Zap steps uploaded as multipart (HighLevel's documented body),
// their hosted URL returned for later steps (emails, custom fields, social posts).
import type { Bundle, ZObject } from 'zapier-platform-core';
import { ghl } from '../highlevel/request';
import { multipartBody, type Part } from '../highlevel/multipart';
import { invalidInput } from '../steps/fields';

export const MEDIA_SCOPES = { read: ['medias.readonly'], write: ['medias.write'] };

/** HighLevel's documented limit for an uploaded file. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

const fileNameOf = (url: string, disposition: string | null) => {
  const given = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition ?? '')?.[1];
  if (given) return decodeURIComponent(given.trim());
  const last = new URL(url).pathname.split('/').filter(Boolean).pop();
  return last ? decodeURIComponent(last) : 'file';
};

/** Downloads the file Zapier hands over (a URL), refusing what HighLevel would refuse, before the upload. */
export const downloadFile = async (z: ZObject, url: string) => {
  const response = await z.request({ url, method: 'GET', raw: true, skipThrowForStatus: true } as any);
  if (response.status >= 400) {
    throw new z.errors.Error(
      `The file could not be downloaded from the earlier step (HTTP ${response.status}). Check that the File field holds a file or a public link to one.`,
      'FileUnavailable',
      response.status,
    );
  }
  const data: Buffer = await (response as any).buffer();
  if (!data.length) throw invalidInput('The file is empty; HighLevel stores only files with content.');
  if (data.length > MAX_UPLOAD_BYTES) {
    throw invalidInput(`The file is ${(data.length / 1024 / 1024).toFixed(1)} MB; HighLevel's media library takes files up to 25 MB.`);
  }
  return {
    data,
    filename: fileNameOf(url, response.headers.get('content-disposition')),
    contentType: response.headers.get('content-type')?.split(';')[0].trim() || 'application/octet-stream',
  };
};

/** POST /medias/upload-file: the file, its name and folder, as HighLevel's multipart form. */
export const uploadFile = async (z: ZObject, bundle: Bundle, input: Record<string, any>) => {
  const file = await downloadFile(z, input.file);
  const name = input.name ?? file.filename;
  const parts: Part[] = [
    ['file', { ...file, filename: name }],
    ['name', name],
    ...(input.folderId ? [['parentId', input.folderId] as Part] : []),
  ];
  const { body, contentType } = multipartBody(parts);
  const data = await ghl(z, bundle, 'POST /medias/upload-file', {
    body,
    contentType,
    what: input.folderId ? `Folder ${input.folderId}` : undefined,
  });
  // No folder is the top level: the key stays, empty, for the steps that map it.
  return {
    id: data?.fileId,
    fileId: data?.fileId,
    url: data?.url,
    name,
    folderId: input.folderId ?? '',
    contentType: file.contentType,
    size: file.data.length,
  };
};

export const uploadSample = {
  id: '6578278e879ad2646715ba9c',
  fileId: '6578278e879ad2646715ba9c',
  url: 'https://storage.googleapis.com/msgsndr/ve9EPM428h8vShlRW1KT/media/6578278e879ad2646715ba9c.pdf',
  name: 'signed-proposal.pdf',
  folderId: '64af50c42d567a3b4f5989e0',
  contentType: 'application/pdf',
  size: 48213,
};

export const folderSample = {
  id: '64af50c42d567a3b4f5989e0',
  _id: '64af50c42d567a3b4f5989e0',
  name: 'Client Uploads',
  type: 'folder',
  altId: 've9EPM428h8vShlRW1KT',
  altType: 'location',
  createdAt: '2026-11-20T09:31:30.255Z',
};
