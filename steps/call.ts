// The one request of a declarative step, built from its spec and a bundle without sending it: the
// step's perform sends it, and the contract test checks it against the documents.
import type { Bundle } from 'zapier-platform-core';
import { outgoing, splitEndpoint, type Call, type Endpoint, type Outgoing } from '../highlevel/request';
import { parseInput, requestParts, requireOneOf, type FieldSpec } from './fields';

export type Input = Record<string, any>;
type Params = Record<string, unknown>;
export interface Page {
  page: number;
  limit: number;
}
/** Extra request parts a step adds beyond its fields: paging, computed bodies, custom fields. */
export type RequestHook = (input: Input, bundle: Bundle, page: Page) => { path?: Params; query?: Params; body?: Params };

/** What of a step's spec its request follows from. */
export interface RequestSpec {
  label: string;
  endpoint: Endpoint;
  fields?: FieldSpec[];
  /** Groups of optional fields of which the step needs at least one each, e.g. `[['q', 'contactId']]`. */
  needsOneOf?: string[][];
  location?: Call['location'];
  company?: Call['company'];
  access?: Call['access'];
  request?: RequestHook;
  /** Names the record in "not found" errors. */
  what?: (input: Input) => string;
}

/** The page Zapier asks for and its size, capped at what HighLevel serves. */
export const pageOf = (bundle: Bundle, pageSize = 100): Page => {
  const wanted = bundle.meta?.limit;
  return {
    page: Math.max(0, Number(bundle.meta?.page) || 0),
    limit: typeof wanted === 'number' && wanted > 0 ? Math.min(wanted, pageSize) : pageSize,
  };
};

/** The user's input, checked and coerced: a bad or missing value stops the step before any request. */
export const checkedInput = (spec: RequestSpec, bundle: Bundle): Input => {
  const input = parseInput(spec.fields ?? [], bundle.inputData, bundle.meta?.timezone);
  requireOneOf(spec.fields ?? [], spec.needsOneOf ?? [], input, spec.label);
  return input;
};

/** The single request of a step, built from its fields and request hook. */
export const callFor = (spec: RequestSpec, input: Input, bundle: Bundle, page: Page = { page: 0, limit: 100 }): Call => {
  const [method, template] = splitEndpoint(spec.endpoint);
  const parts = requestParts(spec.fields ?? [], input, method, template);
  const extra = spec.request?.(input, bundle, page) ?? {};
  const body = { ...parts.body, ...extra.body };
  // A body goes with POST/PUT/PATCH, and with a DELETE that has body fields or whose hook gives one.
  const sendsBody = method === 'POST' || method === 'PUT' || method === 'PATCH' || Object.keys(body).length > 0 || extra.body !== undefined;
  return {
    path: { ...parts.path, ...extra.path },
    query: { ...parts.query, ...extra.query },
    body: sendsBody ? body : undefined,
    location: spec.location,
    company: spec.company,
    access: spec.access,
    what: spec.what?.(input),
  };
};

/** The request a step's input makes for a bundle, as it goes out (before the token). */
export const requestFor = (spec: RequestSpec, input: Input, bundle: Bundle, page?: Page): Outgoing =>
  outgoing(bundle, spec.endpoint, callFor(spec, input, bundle, page));
