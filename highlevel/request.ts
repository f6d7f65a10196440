// The one way the connector talks to HighLevel: base URL, Version header, encoded path parameters,
// JSON parsing and errors; the sub-account and the token come from connection.ts.
import type { Bundle, HttpResponse, ZObject } from 'zapier-platform-core';
import { apiVersion, baseUrl } from './api';
import { agencyRefusal, serverError, throwForResponse, type Access } from './errors';
import { connectedCompany, connectedLocation, withTokenFor } from './connection';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/** An endpoint exactly as the official documents write it, e.g. `GET /contacts/{contactId}`. */
export type Endpoint = `${Method} /${string}`;
type Params = Record<string, unknown>;

export interface Call {
  path?: Params;
  query?: Params;
  body?: unknown;
  /** Where HighLevel wants the connected location's ID, so users never type it. */
  location?: 'query' | 'body' | 'location_id';
  /** Where HighLevel wants the connection's agency (Company) ID. */
  company?: 'query' | 'body';
  /** Steps HighLevel allows only (or mostly) with agency access: refusals say so in plain words. */
  access?: Access;
  /** Names the record in "not found" messages, e.g. `Contact abc123`. */
  what?: string;
  /** For searches: a 404 means "no match" and resolves to undefined instead of failing. */
  notFoundIsEmpty?: boolean;
  /** A body that is not JSON (a multipart upload, built by highlevel/multipart.ts) and its type. */
  contentType?: string;
}

export const splitEndpoint = (endpoint: Endpoint): [Method, string] => {
  const space = endpoint.indexOf(' ');
  return [endpoint.slice(0, space) as Method, endpoint.slice(space + 1)];
};

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

/**
 * Sends one request with the token connection.ts says it must carry. Returns the answer and the
 * secrets it must not show.
 */
export const send = async (z: ZObject, bundle: Bundle, out: Outgoing): Promise<{ response: HttpResponse; secrets: string[] }> => {
  const secrets = [bundle.authData?.access_token, bundle.authData?.refresh_token].filter(Boolean) as string[];
  // Built before any token exchange: a bad ID stops the step first.
  const options = requestOptions(out);
  const request = (token?: string) => z.request(token ? requestOptions(out, token) : options);
  const { result, token } = await withTokenFor(z, bundle, out.template, request);
  return { response: result, secrets: token ? [...secrets, token] : secrets };
};

/** The request `call` makes of `endpoint` for a bundle: the connection's sub-account and agency put where HighLevel wants them. */
export const outgoing = (bundle: Bundle, endpoint: Endpoint, call: Call = {}): Outgoing => {
  const [method, template] = splitEndpoint(endpoint);
  const pathParams: Params = { ...call.path };
  if (template.includes('{locationId}') && pathParams.locationId === undefined) {
    pathParams.locationId = connectedLocation(bundle);
  }
  if (template.includes('{companyId}') && pathParams.companyId === undefined) {
    pathParams.companyId = connectedCompany(bundle);
  }
  let query = compact(call.query);
  let body = call.body;
  if (call.location === 'query') query = { locationId: connectedLocation(bundle), ...query };
  if (call.location === 'location_id') query = { location_id: connectedLocation(bundle), ...query };
  if (call.location === 'body') body = { locationId: connectedLocation(bundle), ...(body as object) };
  if (call.company === 'query') query = { companyId: connectedCompany(bundle), ...query };
  if (call.company === 'body') body = { companyId: connectedCompany(bundle), ...(body as object) };
  return { method, template, path: pathParams, query, body, contentType: call.contentType };
};

export async function ghl<T = any>(z: ZObject, bundle: Bundle, endpoint: Endpoint, call: Call = {}): Promise<T> {
  const out = outgoing(bundle, endpoint, call);
  const { method } = out;
  const { response, secrets } = await send(z, bundle, out).catch((error: Error) => {
    throw agencyRefusal(z, bundle, error, call.access) ?? error;
  });
  if (response.status === 404 && call.notFoundIsEmpty) return undefined as T;
  throwForResponse(z, response, call.what ?? 'The record', secrets, call.access);
  if (!response.content?.trim()) return {} as T;
  try {
    return JSON.parse(response.content) as T;
  } catch {
    throw serverError(z, method, 'HighLevel sent an unreadable answer.');
  }
}
