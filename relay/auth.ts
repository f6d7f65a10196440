// The Zapier app's side: subscription calls prove they know RELAY_SECRET without sending it
// (relay/README.md, Routes). HMAC-SHA256 over `${timestamp}.${METHOD}.${pathWithQuery}.${rawBody}`.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const MAX_REQUEST_SKEW_S = 300;

export function relaySignature(secret: string, timestamp: string | number, method: string, pathWithQuery: string, body: string | Buffer = ''): string {
  const hmac = createHmac('sha256', secret);
  hmac.update(`${timestamp}.${method.toUpperCase()}.${pathWithQuery}.`);
  hmac.update(body);
  return `v1=${hmac.digest('hex')}`;
}

/** The headers a signed subscription call carries. */
export function signRelayRequest(secret: string, method: string, pathWithQuery: string, body: string | Buffer = '', now = Date.now()) {
  const timestamp = Math.floor(now / 1000);
  return {
    'X-Relay-Timestamp': String(timestamp),
    'X-Relay-Signature': relaySignature(secret, timestamp, method, pathWithQuery, body),
  };
}

/** undefined when the call is signed with `secret` and timestamped within 300 s; otherwise why not. */
export function checkRelayRequest(
  secret: string,
  request: { method: string; url: string; headers: Record<string, string | string[] | undefined>; body: Buffer },
  now = Date.now(),
): string | undefined {
  const timestamp = first(request.headers['x-relay-timestamp']);
  const signature = first(request.headers['x-relay-signature']);
  if (!timestamp || !signature) return 'Missing X-Relay-Timestamp or X-Relay-Signature header';
  if (!/^\d+$/.test(timestamp) || Math.abs(now / 1000 - Number(timestamp)) > MAX_REQUEST_SKEW_S) {
    return 'X-Relay-Timestamp is more than 300 s off the relay clock';
  }
  const expected = Buffer.from(relaySignature(secret, timestamp, request.method, request.url, request.body));
  const given = Buffer.from(signature.trim());
  return given.length === expected.length && timingSafeEqual(given, expected) ? undefined : 'Invalid X-Relay-Signature';
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
