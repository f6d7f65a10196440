// The relay is configured by environment only (relay/README.md lists every variable).
import type { KeyObject } from 'node:crypto';
import { ed25519PublicKey, HIGHLEVEL_RSA_PUBLIC_KEY, rsaPublicKey, type HighLevelKeys } from './verify';

export interface DeliveryConfig {
  /** First retry delay; each further one doubles, with jitter, up to retryMaxMs. */
  retryMinMs: number;
  retryMaxMs: number;
  /** A delivery still failing this long after its event arrived is marked dead. */
  deadAfterMs: number;
  timeoutMs: number;
  /** How often to look for due retries (new events wake the worker at once). */
  pollMs: number;
  /** Requests in flight at once, per relay process. */
  concurrency: number;
  /** Requests per second to one target URL, per relay process. */
  targetRate: number;
  /** Slots one target URL may hold at once, per relay process (the others are left to other targets). */
  targetConcurrency: number;
  /** RELAY_TARGET_HOSTS: hosts allowed besides hooks.zapier.com, over http too, private addresses included. */
  targetHosts: string[];
}

export interface RelayConfig {
  port: number;
  host: string;
  /** '' or a path like '/hl-relay' all routes are served under. */
  pathPrefix: string;
  secret: string;
  keys: HighLevelKeys;
  appId: string;
  /** PostgreSQL when set; otherwise the embedded store (PGlite) in dataDir. */
  databaseUrl?: string;
  dataDir: string;
  retentionDays: number;
  /** A contact's last seen tags are forgotten after this long without an event about it. */
  contactTagsDays: number;
  /** Ingest transactions in progress at once before HighLevel is told 429 (it retries only on 429). */
  maxPendingWrites: number;
  /** How old a HighLevel `timestamp` may be: HighLevel's retries of a 429 span about an hour. */
  timestampWindowMs: number;
  /** Largest request body accepted (413 beyond). */
  maxBodyBytes: number;
  /** Bytes of request bodies being received or handled at once, all requests together (429 beyond). */
  bodyBufferBytes: number;
  /** Open connections; requests on connections beyond it are answered 429 at once and closed. */
  maxConnections: number;
  /** The clock for timestamps (tests inject one); Date.now by default. */
  now?: () => number;
  retryAfterSeconds: number;
  delivery: DeliveryConfig;
  logLevel: string;
  /** Full event bodies in logs (debug level); off by default. */
  logPayloads: boolean;
  /** Operator credentials (relay/admin/): without adminToken the operator routes and page are off. */
  operator?: OperatorConfig;
}

export interface OperatorConfig {
  adminToken?: string;
  /** When set, GET /metrics wants it as a bearer token. */
  metricsToken?: string;
  /** At most this many dead deliveries are queued by one POST /deliveries/replay. */
  replayCap: number;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): RelayConfig {
  const secret = env.RELAY_SECRET?.trim() ?? '';
  if (secret.length < 16)
    throw new ConfigError('RELAY_SECRET must be set to a random value of at least 16 characters (the same as in the Zapier app)');
  const appId = env.HIGHLEVEL_APP_ID?.trim() || (env.CLIENT_ID ?? '').split('-')[0].trim();
  if (!appId)
    throw new ConfigError('Set HIGHLEVEL_APP_ID (or CLIENT_ID of the form <appId>-<suffix>): deliveries for other apps are refused');
  const retentionDays = number(env, 'RELAY_RETENTION_DAYS', 7, 1);
  // HighLevel retries a 429 about every 10 minutes plus jitter, 6 times: its retries span just over an hour.
  const timestampWindowMinutes = number(env, 'RELAY_TIMESTAMP_WINDOW_MINUTES', 90, 70);
  // A replay inside the window must still find its webhookId (dedupe lasts as long as the events).
  if (timestampWindowMinutes >= retentionDays * 24 * 60)
    throw new ConfigError('RELAY_TIMESTAMP_WINDOW_MINUTES must be shorter than RELAY_RETENTION_DAYS (webhookId dedupe lasts that long)');
  return {
    port: integer(env, 'PORT', 8787, 0),
    host: env.HOST?.trim() || '0.0.0.0',
    pathPrefix: pathPrefix(env.RELAY_PATH_PREFIX),
    secret,
    keys: {
      ed25519: env.HIGHLEVEL_WEBHOOK_PUBLIC_KEY?.trim()
        ? key('HIGHLEVEL_WEBHOOK_PUBLIC_KEY', env.HIGHLEVEL_WEBHOOK_PUBLIC_KEY, ed25519PublicKey)
        : undefined,
      rsa: key('HIGHLEVEL_WEBHOOK_RSA_PUBLIC_KEY', env.HIGHLEVEL_WEBHOOK_RSA_PUBLIC_KEY?.trim() || HIGHLEVEL_RSA_PUBLIC_KEY, rsaPublicKey),
    },
    appId,
    databaseUrl: databaseUrl(env.DATABASE_URL),
    dataDir: env.RELAY_DATA_DIR?.trim() || './data/relay',
    // webhookId dedupe lives as long as the events: at least a day.
    retentionDays,
    contactTagsDays: number(env, 'RELAY_CONTACT_TAGS_DAYS', 365, 1),
    maxPendingWrites: integer(env, 'RELAY_MAX_PENDING', 256, 1),
    timestampWindowMs: timestampWindowMinutes * 60_000,
    // relay/README.md, "Limits", says how these were chosen.
    maxBodyBytes: integer(env, 'RELAY_MAX_BODY_KB', 256, 16) * 1024,
    bodyBufferBytes: integer(env, 'RELAY_BODY_BUFFER_MB', 8, 1) * 1024 * 1024,
    maxConnections: integer(env, 'RELAY_MAX_CONNECTIONS', 4096, 1),
    retryAfterSeconds: integer(env, 'RELAY_RETRY_AFTER_SECONDS', 60, 1),
    delivery: {
      retryMinMs: number(env, 'RELAY_RETRY_MIN_SECONDS', 10, 0.01) * 1000,
      retryMaxMs: number(env, 'RELAY_RETRY_MAX_SECONDS', 3600, 0.01) * 1000,
      deadAfterMs: number(env, 'RELAY_DEAD_AFTER_HOURS', 24, 0) * 3_600_000,
      timeoutMs: number(env, 'RELAY_DELIVERY_TIMEOUT_SECONDS', 30, 0.1) * 1000,
      pollMs: number(env, 'RELAY_POLL_SECONDS', 1, 0.01) * 1000,
      concurrency: integer(env, 'RELAY_CONCURRENCY', 32, 1),
      // Zapier answers 429 past about 30 webhooks/s per hook URL (and 10,000 per 5 minutes per user).
      targetRate: number(env, 'RELAY_TARGET_RATE', 20, 0.01),
      targetConcurrency: targetConcurrency(env),
      targetHosts: targetHosts(env.RELAY_TARGET_HOSTS),
    },
    logLevel: env.RELAY_LOG_LEVEL?.trim() || 'info',
    logPayloads: /^(1|true|yes)$/i.test(env.RELAY_LOG_PAYLOADS ?? ''),
    operator: {
      adminToken: token(env, 'RELAY_ADMIN_TOKEN'),
      metricsToken: token(env, 'RELAY_METRICS_TOKEN'),
      replayCap: integer(env, 'RELAY_REPLAY_CAP', 1000, 1),
    },
  };
}

/** An optional bearer token: long enough not to be guessed. */
function token(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  if (!value) return undefined;
  if (value.length < 16) throw new ConfigError(`${name} must be a random value of at least 16 characters (e.g. openssl rand -hex 32)`);
  return value;
}

/** A postgres:// URL (its SSL settings, e.g. ?sslmode=verify-full, go to pg as they are); never echoed, it holds a password. */
function databaseUrl(text = ''): string | undefined {
  const value = text.trim();
  if (!value) return undefined;
  let protocol = '';
  try {
    protocol = new URL(value).protocol;
  } catch {
    // reported below
  }
  if (protocol !== 'postgres:' && protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL must be a URL like postgres://user:password@host:5432/relay (add ?sslmode=verify-full for TLS)');
  }
  return value;
}

/** An eighth of RELAY_CONCURRENCY by default (4 of 32): one slow Zap leaves the other slots to the others. */
function targetConcurrency(env: NodeJS.ProcessEnv): number {
  const concurrency = integer(env, 'RELAY_CONCURRENCY', 32, 1);
  return Math.min(concurrency, integer(env, 'RELAY_TARGET_CONCURRENCY', Math.max(1, Math.floor(concurrency / 8)), 1));
}

/** RELAY_TARGET_HOSTS: comma-separated host names or addresses (any port), compared in lower case. */
function targetHosts(text = ''): string[] {
  const hosts = text
    .split(',')
    .map((host) =>
      host
        .trim()
        .toLowerCase()
        .replace(/^\[(.*)\]$/, '$1'),
    )
    .filter(Boolean);
  const bad = hosts.find((host) => !/^[a-z0-9.:_-]+$/.test(host));
  if (bad) throw new ConfigError(`RELAY_TARGET_HOSTS must list host names separated by commas, without scheme or port (got "${bad}")`);
  return hosts;
}

function pathPrefix(text = ''): string {
  const trimmed = text.trim().replace(/\/+$/, '');
  if (!trimmed) return '';
  if (!/^\/[A-Za-z0-9._~/-]+$/.test(trimmed)) throw new ConfigError(`RELAY_PATH_PREFIX must be a path like /hl-relay (got "${text}")`);
  return trimmed;
}

function number(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < min) throw new ConfigError(`${name} must be a number of at least ${min} (got "${text}")`);
  return value;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const value = number(env, name, fallback, min);
  if (!Number.isInteger(value)) throw new ConfigError(`${name} must be a whole number`);
  return value;
}

function key(name: string, text: string, parse: (text: string) => KeyObject): KeyObject {
  try {
    return parse(text);
  } catch (error) {
    throw new ConfigError(`${name} is not a usable key: ${(error as Error).message}`);
  }
}
