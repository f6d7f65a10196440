// The operator's credential (RELAY_ADMIN_TOKEN): a bearer token for the API, or a session cookie the
// login form sets for the page. Sessions are signed, not stored: a key derived from the token signs them,
// so changing the token ends every session. Tokens are compared in constant time. GET /metrics has a
// credential of its own (RELAY_METRICS_TOKEN).
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { Counter } from 'prom-client';
import type { RelayConfig } from '../config';
import type { Metrics } from '../metrics';

/** How a request proved it is the operator's: the names logged with what it did (never the value). */
export type Credential = 'admin-token' | 'admin-session';

export const SESSION_COOKIE = 'relay_operator';
export const SESSION_HOURS = 12;

/** Equal strings, in a time that says nothing about where they differ (hashes have one length). */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** The token of an `Authorization: Bearer ...` header. */
export function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  return match?.[1];
}

export function cookie(headers: IncomingHttpHeaders, name: string): string | undefined {
  for (const part of (headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

export interface Session {
  /** Sent with each form the page posts, and checked against the session (CSRF). */
  formToken: string;
}

export class Sessions {
  private readonly key: Buffer;

  constructor(adminToken: string) {
    this.key = createHmac('sha256', adminToken).update('relay operator session v1').digest();
  }

  /** A new session's cookie value: `<expiry seconds>.<nonce>.<signature>`. */
  issue(now = Date.now()): string {
    const body = `${Math.floor(now / 1000) + SESSION_HOURS * 3600}.${randomBytes(16).toString('base64url')}`;
    return `${body}.${this.sign(`session.${body}`)}`;
  }

  /** The session a cookie value proves, while it lasts. */
  check(value: string | undefined, now = Date.now()): Session | undefined {
    const match = /^(\d{1,12})\.([A-Za-z0-9_-]{16,64})\.([A-Za-z0-9_-]{43})$/.exec(value ?? '');
    if (!match) return undefined;
    const [, expiry, nonce, signature] = match;
    if (!sameSecret(signature, this.sign(`session.${expiry}.${nonce}`)) || Number(expiry) * 1000 <= now) return undefined;
    return { formToken: this.sign(`form.${nonce}`) };
  }

  /** Signs a notice the page shows after an action, so a crafted link cannot make the page say something. */
  noticeMac(text: string): string {
    return this.sign(`notice.${text}`).slice(0, 22);
  }

  private sign(text: string): string {
    return createHmac('sha256', this.key).update(text).digest('base64url');
  }
}

/** Set-Cookie for a session (or, with no value, one that ends it). `secure` when the page was reached over HTTPS. */
export function sessionCookie(value: string | undefined, path: string, secure: boolean): string {
  const parts = [
    `${SESSION_COOKIE}=${value ?? ''}`,
    `Path=${path}`,
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${value ? SESSION_HOURS * 3600 : 0}`,
  ];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}

/**
 * A form post comes from the page itself: its Origin (browsers send it with every POST) names this host.
 * Without an Origin (older browsers), the SameSite=Strict cookie and the form token still hold.
 */
export function sameOrigin(headers: IncomingHttpHeaders): boolean {
  const origin = headers.origin;
  if (origin === undefined) return true;
  const host = headers['x-forwarded-host'] ?? headers.host;
  try {
    return new URL(origin).host === String(host).split(',')[0].trim();
  } catch {
    return false;
  }
}

/** relay_operator_refused_total, one per metrics registry. */
const refusals = new WeakMap<Metrics, Counter>();
export function refusedCounter(metrics: Metrics): Counter {
  let counter = refusals.get(metrics);
  if (!counter) {
    counter = new Counter({
      name: 'relay_operator_refused_total',
      help: 'Operator and metrics requests refused, by reason',
      labelNames: ['reason'],
      registers: [metrics.registry],
    });
    refusals.set(metrics, counter);
  }
  return counter;
}

/** GET /metrics wants `Authorization: Bearer <RELAY_METRICS_TOKEN>` when that is set. */
export function metricsGuard({ config, metrics, log }: { config: RelayConfig; metrics: Metrics; log: Logger }) {
  const token = config.operator?.metricsToken;
  const refused = refusedCounter(metrics);
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!token) return;
    const given = bearerToken(request.headers);
    if (given && sameSecret(given, token)) return;
    const reason = given ? 'wrong_metrics_token' : 'missing_metrics_token';
    refused.inc({ reason });
    log.warn({ reason, ip: request.ip, url: request.url }, 'metrics request refused');
    return reply
      .code(401)
      .header('WWW-Authenticate', 'Bearer')
      .send({ error: 'GET /metrics needs Authorization: Bearer <RELAY_METRICS_TOKEN>' });
  };
}
