// How a request to HighLevel looks as it goes out: the documented endpoint, the request before the
// token (Outgoing) and z.request's options for it (URL, Version header, Accept, the token). It needs
// no connection, so the token exchange (subAccountToken.ts), which the connection's requests wait
// for, builds its own requests here as well. Steps import all this through request.ts.
import { apiVersion, baseUrl } from './api';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/** An endpoint exactly as the official documents write it, e.g. `GET /contacts/{contactId}`. */
export type Endpoint = `${Method} /${string}`;
export type Params = Record<string, unknown>;

export const splitEndpoint = (endpoint: Endpoint): [Method, string] => {
  const space = endpoint.indexOf(' ');
  return [endpoint.slice(0, space) as Method, endpoint.slice(space + 1)];
};

/** An endpoint's path template: `/contacts/{contactId}` of `GET /contacts/{contactId}`. */
export const pathOf = (endpoint: Endpoint): string => splitEndpoint(endpoint)[1];

/** Fills `{name}` placeholders, URL-encoding each value so an ID can never reach another endpoint. */
export const fillPath = (template: string, params: Params): string =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    const text = value === undefined || value === null ? '' : String(value).trim();
    // URL parsers treat "." and ".." (even encoded) as path navigation.
    if (text === '' || text === '.' || text === '..') {
      throw new Error(`A valid ${name} is required.`);
    }
    return encodeURIComponent(text);
  });

/** Drops empty values so optional inputs left blank are not sent. */
export const compact = (params: Params = {}): Params =>
  Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''));

/** A request as it goes out, before the token: what the contract test checks against the documents. */
export interface Outgoing {
  method: Method;
  /** The documented path template, or a concrete path (API Request). */
  template: string;
  path?: Params;
  query?: Params;
  body?: unknown;
  /** Streams the answer (file downloads). */
  raw?: boolean;
  contentType?: string;
}

/**
 * The options z.request gets for `out`; `token` is a sub-account's (on agency connections), else
 * beforeRequest adds the connection's own.
 */
export const requestOptions = (out: Outgoing, token?: string) => ({
  // Our own 429 handling reads HighLevel's rate headers (see errors.ts).
  ...({ throwForThrottlingEarly: false } as object),
  url: baseUrl() + fillPath(out.template, out.path ?? {}),
  method: out.method,
  params: out.query,
  headers: {
    // Downloads take whatever type the file has.
    ...(out.raw ? {} : { Accept: 'application/json' }),
    Version: apiVersion(out.template),
    ...(out.contentType ? { 'Content-Type': out.contentType } : {}),
    ...(token ? { Authorization: `Bearer ${token}` } : {}),
  },
  ...(out.body === undefined ? {} : { body: out.body as any }),
  ...(out.raw ? { raw: true } : {}),
  skipThrowForStatus: true,
});
