// The Zapier app's side: subscription calls prove they know RELAY_SECRET without sending it
// (relay/README.md, Routes). HMAC-SHA256 over `${timestamp}.${nonce}.${METHOD}.${pathWithQuery}.${rawBody}`
// (without `${nonce}.` when the call carries no X-Relay-Nonce). The relay accepts each signature once.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const MAX_REQUEST_SKEW_S = 300;

/** A nonce: lower-case hex, so the signed text cannot be read as a call without one (whose 2nd part is the METHOD). */
const NONCE = /^[0-9a-f]{16,64}$/;

export function relaySignature(
  secret: string,
  timestamp: string | number,
  method: string,
  pathWithQuery: string,
  body: string | Buffer = '',
  nonce?: string,
): string {
  const hmac = createHmac('sha256', secret);
  hmac.update(`${timestamp}.${nonce === undefined ? '' : `${nonce}.`}${method.toUpperCase()}.${pathWithQuery}.`);
  hmac.update(body);
  return `v1=${hmac.digest('hex')}`;
}

/**
 * The headers a signed subscription call carries. The nonce makes each call's signature its own, so
 * two identical calls within a second are not taken for a replay of one.
 */
export function signRelayRequest(secret: string, method: string, pathWithQuery: string, body: string | Buffer = '', now = Date.now()) {
  const timestamp = Math.floor(now / 1000);
  const nonce = randomBytes(16).toString('hex');
  return {
    'X-Relay-Timestamp': String(timestamp),
    'X-Relay-Nonce': nonce,
    'X-Relay-Signature': relaySignature(secret, timestamp, method, pathWithQuery, body, nonce),
  };
}

/** A call whose signature verified: the relay remembers `signature` until `expiresAt` (unix seconds) to refuse it again. */
export interface SignedCall {
  signature: string;
  expiresAt: number;
}

/** The signed call when it is signed with `secret` and timestamped within 300 s; otherwise why not. */
export function checkRelayRequest(
  secret: string,
  request: { method: string; url: string; headers: Record<string, string | string[] | undefined>; body: Buffer },
  now = Date.now(),
): SignedCall | string {
  const timestamp = first(request.headers['x-relay-timestamp']);
  const signature = first(request.headers['x-relay-signature']);
  const nonce = first(request.headers['x-relay-nonce']);
  if (!timestamp || !signature) return 'Missing X-Relay-Timestamp or X-Relay-Signature header';
  if (!/^\d+$/.test(timestamp) || Math.abs(now / 1000 - Number(timestamp)) > MAX_REQUEST_SKEW_S) {
    return 'X-Relay-Timestamp is more than 300 s off the relay clock';
  }
  if (nonce !== undefined && !NONCE.test(nonce)) return 'X-Relay-Nonce must be 16 to 64 lower-case hex digits';
  const expected = Buffer.from(relaySignature(secret, timestamp, request.method, request.url, request.body, nonce));
  const given = Buffer.from(signature.trim());
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'Invalid X-Relay-Signature';
  return { signature: expected.toString(), expiresAt: Number(timestamp) + MAX_REQUEST_SKEW_S };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
