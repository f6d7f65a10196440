// multipart/form-data bodies for HighLevel's uploads, built as bytes: the request layer sends a
// Buffer untouched, and the contract test reads the same bytes back.
import { randomBytes } from 'node:crypto';

export interface FilePart {
  data: Buffer;
  filename: string;
  contentType: string;
}
export type Part = [name: string, value: string | FilePart];

/** Quotes a header parameter; a name with quotes or line breaks cannot break out of it. */
const quoted = (text: string) => `"${text.replace(/["\r\n\\]/g, '_')}"`;

export const multipartBody = (parts: Part[]): { body: Buffer; contentType: string } => {
  const boundary = `----HighLevelZapier${randomBytes(12).toString('hex')}`;
  const chunks = parts.flatMap(([name, value]) => {
    const head =
      typeof value === 'string'
        ? `Content-Disposition: form-data; name=${quoted(name)}\r\n\r\n`
        : `Content-Disposition: form-data; name=${quoted(name)}; filename=${quoted(value.filename)}\r\nContent-Type: ${value.contentType}\r\n\r\n`;
    return [Buffer.from(`--${boundary}\r\n${head}`), typeof value === 'string' ? Buffer.from(value) : value.data, Buffer.from('\r\n')];
  });
  return { body: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
};
