// Turns HighLevel's error responses into messages a Zap owner can act on.
// Never includes tokens, secrets or raw JSON bodies.
import type { Bundle, HttpResponse, ZObject } from 'zapier-platform-core';

/** Steps HighLevel allows only with agency access, or with agency or sub-account admin access. */
export type Access = 'agency' | 'agencyOrAdmin';

const AGENCY_NEEDED =
  'This step needs an agency (Company) connection: HighLevel allows it only with agency access, and this ' +
  'connection is for a sub-account. Connect HighLevel with an agency account and use that connection here.';
const AGENCY_OR_ADMIN =
  'HighLevel refused this. It may need an agency (Company) connection, or a sub-account connection made by ' +
  'a sub-account admin; reconnect HighLevel with such an account and try again.';

/**
 * Core turns a 401 into "refresh the token". For an agency-only step on a sub-account connection
 * no refresh can help, so that becomes the plain agency message instead.
 */
export const agencyRefusal = (z: ZObject, bundle: Bundle, error: Error, access?: Access): Error | undefined =>
  error.name === 'RefreshAuthError' && access === 'agency' && bundle.authData?.userType !== 'Company'
    ? new z.errors.Error(AGENCY_NEEDED, 'AgencyConnectionRequired', 403)
    : undefined;

const MAX_MESSAGE = 300;

/** HighLevel answers `{ message: string | string[], error?: string }`; anything else is not shown verbatim. */
export const highLevelMessage = (data: unknown): string | undefined => {
  if (!data || typeof data !== 'object') return undefined;
  const { message, error } = data as { message?: unknown; error?: unknown };
  const parts = (Array.isArray(message) ? message : [message]).filter((m): m is string => typeof m === 'string' && m.trim() !== '');
  const text = parts.length ? parts.join('; ') : typeof error === 'string' ? error : undefined;
  return text && text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}…` : text;
};

const header = (response: HttpResponse, name: string): number | undefined => {
  const value = Number.parseFloat(response.headers.get(name) ?? '');
  return Number.isFinite(value) ? value : undefined;
};

/** Seconds to wait before retrying a throttled request, from Retry-After or HighLevel's X-RateLimit-* headers. */
export const retryDelaySeconds = (response: HttpResponse): number => {
  const retryAfter = header(response, 'retry-after');
  if (retryAfter !== undefined) return Math.max(1, Math.ceil(retryAfter));
  if (header(response, 'x-ratelimit-daily-remaining') === 0) return 60 * 60;
  const interval = header(response, 'x-ratelimit-interval-milliseconds');
  return interval !== undefined ? Math.max(1, Math.ceil(interval / 1000)) : 10;
};

/** HighLevel sometimes echoes what it was sent; keep tokens out of what users and logs see. */
const redact = (text: string | undefined, secrets: string[]) =>
  secrets.filter((s) => s && s.length >= 8).reduce((t, s) => t?.split(s).join('[redacted]'), text);

/** The JSON of a response, or undefined when it is not JSON. */
export const parsed = (response: HttpResponse): any => {
  try {
    return JSON.parse(response.content);
  } catch {
    return undefined;
  }
};

/**
 * Throws the right Zapier error for a failed response; `what` names the record for 404s
 * (for example "Contact abc123").
 */
export const throwForResponse = (z: ZObject, response: HttpResponse, what: string, secrets: string[] = [], access?: Access): void => {
  const { status } = response;
  const method = (response.request?.method ?? 'GET').toUpperCase();
  if (status < 400) return;
  const message = redact(highLevelMessage(parsed(response)), secrets);

  if (status === 401) {
    // Core refreshes on 401 before we get here; reaching this means the refresh did not help.
    throw new z.errors.RefreshAuthError('HighLevel rejected the connection. Reconnect your HighLevel account.');
  }
  if (status === 429) {
    const daily = header(response, 'x-ratelimit-daily-remaining') === 0;
    throw new z.errors.ThrottledError(
      daily
        ? "HighLevel's daily API limit for this account is used up; Zapier will retry later."
        : 'HighLevel is rate limiting requests (100 per 10 seconds); Zapier will retry shortly.',
      retryDelaySeconds(response),
    );
  }
  if (status === 403 && access) {
    throw new z.errors.Error(access === 'agency' ? AGENCY_NEEDED : AGENCY_OR_ADMIN, 'AgencyConnectionRequired', status);
  }
  if (status === 403) {
    throw new z.errors.Error(
      message
        ? `HighLevel refused access: ${message}. Check that the connected account may do this and that the app has the scope.`
        : 'HighLevel refused access. Check that the connected account may do this and that the app has the scope.',
      'Forbidden',
      status,
    );
  }
  if (status === 404) {
    throw new z.errors.Error(`${what} was not found in HighLevel. Check the ID.`, 'NotFound', status);
  }
  if (status >= 500) throw serverError(z, method, `HighLevel had a problem (HTTP ${status}).`);
  throw new z.errors.Error(
    message ? `HighLevel said: ${message}` : `HighLevel rejected the request (HTTP ${status}).`,
    status === 422 ? 'InvalidData' : 'BadRequest',
    status,
  );
};

/**
 * A short error for HighLevel outages. Reads are retried by Zapier (ThrottledError); a POST is not,
 * because HighLevel sometimes creates the record and still fails, and a replay would duplicate it.
 */
export const serverError = (z: ZObject, method: string, problem: string): Error =>
  method === 'POST'
    ? new z.errors.Error(`${problem} Check HighLevel before replaying this step, the record may exist.`, 'ServerError')
    : new z.errors.ThrottledError(`${problem} Zapier will retry shortly.`, 30);
