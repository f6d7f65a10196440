// The one way the connector talks to HighLevel: base URL, Version header, encoded path parameters,
// JSON parsing and errors; the sub-account comes from connection.ts, the token it carries from
// subAccountToken.ts, and how a request looks on the wire from http.ts (re-exported here).
import type { Bundle, HttpResponse, ZObject } from 'zapier-platform-core';
import { agencyRefusal, serverError, throwForResponse, type Access } from './errors';
import { connectedCompany, connectedLocation } from './connection';
import { compact, requestOptions, splitEndpoint, type Endpoint, type Outgoing, type Params } from './http';
import { withTokenFor } from './subAccountToken';

export { compact, fillPath, pathOf, requestOptions, splitEndpoint, type Endpoint, type Method, type Outgoing } from './http';

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

/**
 * Sends one request with the token it must carry (subAccountToken.ts). Returns the answer and the
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
