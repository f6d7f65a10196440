// HighLevel's side: is this delivery really from HighLevel, for our app, and fresh?
// Signatures cover the raw bytes as received (re-serialised JSON would not verify). Unlike HighLevel's
// own SDK middleware, a missing header or key never skips verification: the delivery is refused.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** HighLevel's legacy RSA key (X-WH-Signature), as printed in its Webhook Authentication guide. */
export const HIGHLEVEL_RSA_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAokvo/r9tVgcfZ5DysOSC
Frm602qYV0MaAiNnX9O8KxMbiyRKWeL9JpCpVpt4XHIcBOK4u3cLSqJGOLaPuXw6
dO0t6Q/ZVdAV5Phz+ZtzPL16iCGeK9po6D6JHBpbi989mmzMryUnQJezlYJ3DVfB
csedpinheNnyYeFXolrJvcsjDtfAeRx5ByHQmTnSdFUzuAnC9/GepgLT9SM4nCpv
uxmZMxrJt5Rw+VUaQ9B8JSvbMPpez4peKaJPZHBbU3OdeCVx5klVXXZQGNHOs8gF
3kvoV5rTnXV0IknLBXlcKKAQLZcY/Q9rG6Ifi9c+5vqlvHPCUJFT5XUGG5RKgOKU
J062fRtN+rLYZUV+BjafxQauvC8wSWeYja63VSUruvmNj8xkx2zE/Juc+yjLjTXp
IocmaiFeAO6fUtNjDeFVkhf5LNb59vECyrHD2SQIrhgXpO4Q3dVNA5rw576PwTzN
h/AMfHKIjE4xQA1SZuYJmNnmVZLIZBlQAF9Ntd03rfadZ+yDiOXCCs9FkHibELhC
HULgCsnuDJHcrGNd5/Ddm5hxGQ0ASitgHeMZ0kcIOwKDOzOU53lDza6/Y09T7sYJ
PQe7z0cvj7aE4B+Ax1ZoZGPzpJlZtGXCsu9aTEGEnKzmsFqwcSsnw3JB31IGKAyk
T1hhTiaCeIY/OwwwNUY2yvcCAwEAAQ==
-----END PUBLIC KEY-----`;

/**
 * HighLevel's guide asks for 5 minutes, but HighLevel retries a 429 with the same body for about an hour
 * (WebhookSignatures.md): an older `timestamp` is allowed up to RELAY_TIMESTAMP_WINDOW_MINUTES (90 by
 * default); dedupe by webhookId, which lasts longer, stops replays inside it. Ahead of this clock, only
 * clock skew is allowed.
 */
export const DEFAULT_TIMESTAMP_WINDOW_MS = 90 * 60_000;
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/** Longest `webhookId` and ids kept (HighLevel's are UUIDs and 20-24 character ids); the store indexes them. */
export const MAX_ID_LENGTH = 200;
/** An event type as HighLevel names them, and as subscriptions name them (server.ts). */
export const EVENT_NAME = /^[A-Za-z][A-Za-z0-9_]{0,99}$/;

// An Ed25519 SubjectPublicKeyInfo is this fixed DER prefix followed by the raw 32-byte key.
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** HighLevel's Ed25519 key as PEM, or as the raw 32-byte key in base64 or hex (as its SDK accepts it). */
export function ed25519PublicKey(text: string): KeyObject {
  const value = text.trim().replace(/\\n/g, '\n');
  if (value.startsWith('-----BEGIN')) return checkType(createPublicKey(value), 'ed25519');
  const raw = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (raw.length !== 32) throw new Error('expected PEM, or the raw 32-byte key in base64 or hex');
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

export function rsaPublicKey(text: string): KeyObject {
  return checkType(createPublicKey(text.trim().replace(/\\n/g, '\n')), 'rsa');
}

function checkType(key: KeyObject, type: string): KeyObject {
  if (key.asymmetricKeyType !== type) throw new Error(`it is a ${key.asymmetricKeyType} key, not ${type}`);
  return key;
}

export interface HighLevelKeys {
  /** Absent when not configured: Ed25519-signed deliveries are then refused, never let through. */
  ed25519?: KeyObject;
  rsa: KeyObject;
}

export type RefusalReason =
  | 'missing_signature'
  | 'bad_signature'
  | 'not_json'
  | 'missing_fields'
  | 'other_app'
  | 'stale_timestamp'
  | 'invalid_field'
  | 'too_large'
  | 'unstorable';

export interface Refusal {
  refused: RefusalReason;
  status: number;
  message: string;
}

const refuse = (refused: RefusalReason, status: number, message: string): Refusal => ({ refused, status, message });

/** A delivery is accepted when any signature it carries verifies with its key over the raw body. */
export function checkSignature(
  raw: Buffer,
  headers: Record<string, string | string[] | undefined>,
  keys: HighLevelKeys,
): Refusal | undefined {
  const ed25519 = header(headers, 'x-ghl-signature');
  const rsa = header(headers, 'x-wh-signature');
  if (!ed25519 && !rsa) return refuse('missing_signature', 401, 'Missing X-GHL-Signature (or legacy X-WH-Signature) header');
  const valid =
    (ed25519 !== undefined && keys.ed25519 !== undefined && safeVerify(null, raw, keys.ed25519, ed25519)) ||
    (rsa !== undefined && safeVerify('sha256', raw, keys.rsa, rsa));
  if (valid) return undefined;
  if (ed25519 && !keys.ed25519 && !rsa) {
    return refuse('bad_signature', 401, 'Cannot verify X-GHL-Signature: HIGHLEVEL_WEBHOOK_PUBLIC_KEY is not set');
  }
  return refuse('bad_signature', 401, 'Invalid webhook signature');
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = headers[name];
  const text = Array.isArray(value) ? value[0] : value;
  return text?.trim() || undefined;
}

function safeVerify(algorithm: string | null, raw: Buffer, key: KeyObject, signatureBase64: string): boolean {
  try {
    return verify(algorithm, raw, key, Buffer.from(signatureBase64, 'base64'));
  } catch {
    return false;
  }
}

/** HighLevel names its install events INSTALL/UNINSTALL in bodies but AppInstall/AppUninstall in its event list. */
const TYPE_ALIASES: Record<string, string> = { INSTALL: 'AppInstall', UNINSTALL: 'AppUninstall' };

/** The fields of a verified delivery the relay acts on; `body` is everything HighLevel sent. */
export interface HighLevelEvent {
  type: string;
  webhookId: string;
  locationId?: string;
  companyId?: string;
  body: Record<string, unknown>;
  /** The body exactly as received: stored and delivered byte for byte. */
  raw: string;
  /**
   * The body as filters match it, when `raw` holds text PostgreSQL's jsonb cannot (U+0000, lone
   * surrogates): the same JSON with those characters replaced by U+FFFD. Absent otherwise: `raw` serves.
   */
  matchable?: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a signed body: JSON object with `type`, `webhookId` and `timestamp` (replay protection needs both),
 * not naming another app, its timestamp at most `windowMs` old (and not ahead beyond clock skew). A body
 * without `appId` is accepted: most event bodies do not carry one, and the signature proves HighLevel sent it.
 */
export function readEvent(raw: Buffer, appId: string, now = Date.now(), windowMs = DEFAULT_TIMESTAMP_WINDOW_MS): HighLevelEvent | Refusal {
  let decoded: string;
  let body: unknown;
  try {
    // Not UTF-8 (JSON's encoding) could not be kept byte for byte: decoding would replace bytes.
    decoded = utf8.decode(raw);
    body = JSON.parse(decoded);
  } catch {
    return refuse('not_json', 400, 'Body is not UTF-8 JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return refuse('not_json', 400, 'Body is not a JSON object');
  const record = body as Record<string, unknown>;
  const missing = ['type', 'webhookId', 'timestamp'].filter((field) => !text(record[field]) && typeof record[field] !== 'number');
  if (missing.length) return refuse('missing_fields', 400, `Body lacks ${missing.join(', ')}`);
  if (record.appId !== undefined && text(record.appId) !== appId) return refuse('other_app', 403, 'Delivery is for another app');
  const at = timestampMs(record.timestamp);
  if (at === undefined) return refuse('missing_fields', 400, 'timestamp is not a date');
  if (now - at > windowMs) return refuse('stale_timestamp', 401, `timestamp is more than ${windowMs / 60_000} minutes old`);
  if (at - now > MAX_CLOCK_SKEW_MS) return refuse('stale_timestamp', 401, 'timestamp is more than 5 minutes ahead');
  const type = text(record.type)!;
  const event = {
    type: TYPE_ALIASES[type] ?? type,
    webhookId: String(record.webhookId).trim(),
    // Invoice events name their sub-account only as `altId` with `altType: "location"`.
    locationId: text(record.locationId) ?? (text(record.altType) === 'location' ? text(record.altId) : undefined),
    companyId: text(record.companyId),
    body: record,
    raw: decoded,
    matchable: UNSTORABLE_ESCAPE.test(decoded) ? JSON.stringify(storable(record)) : undefined,
  };
  // The store keeps and indexes these as text: each must fit, or the body could never be stored.
  if (!EVENT_NAME.test(event.type))
    return refuse('invalid_field', 400, 'type must be an event name (a letter, then up to 99 letters, digits or _)');
  for (const field of ['webhookId', 'locationId', 'companyId'] as const) {
    const value = event[field];
    if (value !== undefined && (value.length > MAX_ID_LENGTH || !isStorableText(value))) {
      return refuse('invalid_field', 400, `${field} must be at most ${MAX_ID_LENGTH} characters of text`);
    }
  }
  return event;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** A JSON escape of U+0000 or of a surrogate: jsonb refuses U+0000, and a surrogate may be alone. */
const UNSTORABLE_ESCAPE = /\\u(0000|[dD][89a-fA-F])/;
/** U+0000 and lone surrogates: PostgreSQL text and jsonb cannot hold them. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding U+0000 is this pattern's purpose.
const UNSTORABLE_CHARS = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const isStorableText = (value: string): boolean => !value.match(UNSTORABLE_CHARS);

/** `value` with U+0000 and lone surrogates replaced by U+FFFD, in keys and strings at any depth. */
export function storable<T>(value: T): T {
  if (typeof value === 'string') return value.replace(UNSTORABLE_CHARS, '\ufffd') as T;
  if (Array.isArray(value)) return value.map(storable) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [storable(key), storable(item)])) as T;
  return value;
}

/** ISO-8601 text, or epoch seconds / milliseconds (one documented body has seconds). */
function timestampMs(value: unknown): number | undefined {
  const numeric =
    typeof value === 'number' ? value : typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : undefined;
  if (numeric !== undefined) return numeric < 1e12 ? numeric * 1000 : numeric;
  const parsed = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isNaN(parsed) ? undefined : parsed;
}

export const isRefusal = (value: HighLevelEvent | Refusal): value is Refusal => 'refused' in value;
