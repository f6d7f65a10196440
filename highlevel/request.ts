// The one way the connector talks to HighLevel: base URL, Version header, encoded path
// parameters, the sub-account a request acts in, which token it carries, JSON parsing and errors.
import { errors, type Bundle, type HttpResponse, type ZObject } from 'zapier-platform-core';
import { apiVersion, baseUrl } from './api';
import { agencyRefusal, serverError, throwForResponse, type Access } from './errors';
import { subAccountToken } from './subAccountToken';

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

/** An agency (Company) connection: each sub-account-level step names the sub-account it works in. */
export const isAgencyConnection = (bundle: Bundle): boolean => bundle.authData?.userType === 'Company';

// Endpoints HighLevel serves to the agency token itself (Scopes.md: agency access), including a
// sub-account's own record (/locations/{id}: any of the agency's sub-accounts, app installed or
// not); every other endpoint acts inside one sub-account and gets that sub-account's token.
const AGENCY_ENDPOINT = /^\/(oauth\/|companies\/|snapshots(\/|$)|locations\/?$|locations\/search$|locations\/[^/]+$|users\/search\/filter-by-email$)/;
export const isAgencyEndpoint = (path: string): boolean => AGENCY_ENDPOINT.test(path);

/** The input key of the Sub-Account field steps show on agency connections (HighLevel's own name). */
export const SUB_ACCOUNT_KEY = 'locationId';

/** The sub-account chosen in the step (agency connections). */
export const chosenSubAccount = (bundle: Bundle): string | undefined => {
  const value = bundle.inputData?.[SUB_ACCOUNT_KEY];
  const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
  return text || undefined;
};

/** The sub-account a request acts in: the connection's own, or on an agency connection the step's choice. */
export const connectedLocation = (bundle: Bundle): string => {
  if (isAgencyConnection(bundle)) {
    const chosen = chosenSubAccount(bundle);
    if (!chosen) {
      throw new errors.Error(
        'Choose a Sub-Account (`locationId`) in this step: this HighLevel connection is for an agency, so each step names the sub-account it works in (pick one, or map a Sub-Account ID).',
        'InvalidInput',
      );
    }
    return chosen;
  }
  const locationId = bundle.authData?.locationId;
  if (!locationId) {
    throw new Error(
      'This step works with a sub-account (location) connection. Reconnect HighLevel and choose a sub-account.',
    );
  }
  return locationId;
};

export const connectedCompany = (bundle: Bundle): string => {
  const companyId = bundle.authData?.companyId;
  if (!companyId) {
    throw new Error('This step needs the agency (Company) ID of your HighLevel connection, and the connection has none. Reconnect HighLevel.');
  }
  return companyId;
};

interface Outgoing {
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
 * Sends one request with the token it must carry: the connection's own, except on an agency
 * connection calling a sub-account endpoint, where it is the chosen sub-account's (exchanged once,
 * then cached). HighLevel rejecting a sub-account token gets one fresh exchange and one retry; core
 * still refreshes the agency token on its own 401s. Returns the answer and the secrets it must not show.
 */
export const send = async (z: ZObject, bundle: Bundle, out: Outgoing): Promise<{ response: HttpResponse; secrets: string[] }> => {
  const secrets = [bundle.authData?.access_token, bundle.authData?.refresh_token].filter(Boolean) as string[];
  // Checked before any token exchange: a bad ID stops the step first.
  const url = baseUrl() + fillPath(out.template, out.path ?? {});
  const request = (token?: string) =>
    z.request({
      // Our own 429 handling reads HighLevel's rate headers (see errors.ts).
      ...({ throwForThrottlingEarly: false } as object),
      url,
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
  if (!isAgencyConnection(bundle) || isAgencyEndpoint(out.template)) return { response: await request(), secrets };

  const locationId = connectedLocation(bundle);
  const rejected = (error: Error) => error.name === 'RefreshAuthError';
  const token = await subAccountToken(z, bundle, locationId);
  try {
    return { response: await request(token), secrets: [...secrets, token] };
  } catch (error) {
    if (!rejected(error as Error)) throw error;
  }
  const fresh = await subAccountToken(z, bundle, locationId, true);
  try {
    return { response: await request(fresh), secrets: [...secrets, fresh] };
  } catch (error) {
    if (!rejected(error as Error)) throw error;
    throw new z.errors.Error(
      `HighLevel rejected the token of sub-account ${locationId} even after issuing a new one. Check that the app is still installed there with the scopes it needs, then try again.`,
      'SubAccountTokenRejected',
      401,
    );
  }
};

export async function ghl<T = any>(z: ZObject, bundle: Bundle, endpoint: Endpoint, call: Call = {}): Promise<T> {
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

  const { response, secrets } = await send(z, bundle, { method, template, path: pathParams, query, body, contentType: call.contentType }).catch((error: Error) => {
    throw agencyRefusal(z, bundle, error, call.access) ?? error;
  });
  if (response.status === 404 && call.notFoundIsEmpty) return undefined as T;
  throwForResponse(z, response, call.what ?? 'The record', secrets, call.access);
  if (!response.content || !response.content.trim()) return {} as T;
  try {
    return JSON.parse(response.content) as T;
  } catch {
    throw serverError(z, method, 'HighLevel sent an unreadable answer.');
  }
}
