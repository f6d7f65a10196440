// Request bodies read within bounded memory. The relay faces the internet, and a body arrives before
// anything proves who sent it: each body is capped, and all bodies together share one budget
// (relay/README.md, "Limits").
import type { IncomingMessage } from 'node:http';

/** A body not read: the server answers `statusCode` and closes the connection, leaving the rest unread. */
export class BodyRefused extends Error {
  constructor(
    readonly statusCode: 413 | 429,
    message: string,
  ) {
    super(message);
  }
}

/** What one request holds of the budget, until its response is done. */
export interface Held {
  bytes: number;
  chunked: boolean;
}

/**
 * Bytes of bodies being received or handled, all requests together. Bodies of unknown length (chunked)
 * may take half of it at most, so that deliveries that say their length (HighLevel's) still find room
 * while a chunked flood is cut off.
 */
export class BodyBudget {
  private used = 0;
  private usedChunked = 0;

  constructor(readonly total: number) {}

  /** Adds `bytes` to what `held` holds, if they fit. */
  take(held: Held, bytes: number): boolean {
    if (this.used + bytes > this.total || (held.chunked && this.usedChunked + bytes > this.total / 2)) return false;
    this.used += bytes;
    if (held.chunked) this.usedChunked += bytes;
    held.bytes += bytes;
    return true;
  }

  /** Gives back all `held` holds (its response is done). */
  release(held: Held): void {
    this.used -= held.bytes;
    if (held.chunked) this.usedChunked -= held.bytes;
    held.bytes = 0;
  }
}

/**
 * Reads `request`'s body into one Buffer, at most `maxBytes`: a declared Content-Length over it is
 * refused before a byte is read, a chunked body as soon as it goes past it. The bytes are copied out of
 * the socket's read buffers, so a small body never pins a large one.
 */
export function readBody(
  request: IncomingMessage,
  maxBytes: number,
  budget: BodyBudget,
  held: Held,
  done: (error: Error | null, body?: Buffer) => void,
): void {
  const declared = Number(request.headers['content-length']);
  const tooLarge = () => new BodyRefused(413, `Body over ${maxBytes} bytes`);
  const busy = () => new BodyRefused(429, 'Relay busy; retry later');
  if (declared > maxBytes) {
    done(tooLarge());
    return;
  }
  held.chunked = !Number.isInteger(declared);
  if (!held.chunked && !budget.take(held, declared)) {
    done(busy());
    return;
  }
  const chunks: Buffer[] = [];
  let received = 0;
  const finish = (error: Error | null, body?: Buffer) => {
    request.off('data', onData).off('end', onEnd).off('error', onError);
    // Stop reading: the connection is closed once the refusal is sent (server.ts).
    if (error) request.pause();
    done(error, body);
  };
  const onData = (chunk: Buffer) => {
    received += chunk.length;
    if (received > maxBytes) return finish(tooLarge());
    if (received > held.bytes && !budget.take(held, received - held.bytes)) return finish(busy());
    chunks.push(Buffer.from(chunk)); // a copy: the chunk is a slice of a larger read buffer
  };
  const onEnd = () => finish(null, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, received));
  const onError = (error: Error) => finish(Object.assign(error, { statusCode: 400 }));
  request.on('data', onData).on('end', onEnd).on('error', onError);
}
