// What the operator's requests carry: the page's forms, JSON bodies, the dead-delivery filter, and how
// the browser came (relay/admin/routes.ts answers them).
import type { FastifyRequest } from 'fastify';
import type { DeadFilter } from '../store/history';

const FORMS = new WeakMap<FastifyRequest, Record<string, string> | undefined>();

/** The fields of a form the page posted (application/x-www-form-urlencoded); undefined for other bodies. */
export function formOf(request: FastifyRequest): Record<string, string> | undefined {
  if (FORMS.has(request)) return FORMS.get(request);
  const form =
    String(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded') && Buffer.isBuffer(request.body)
      ? Object.fromEntries(new URLSearchParams(request.body.toString('utf8')))
      : undefined;
  FORMS.set(request, form);
  return form;
}

/** A JSON object body (or none), or the page's form; a message when it is neither. */
export function bodyOf(request: FastifyRequest): Record<string, unknown> | string {
  const form = formOf(request);
  if (form) return form;
  const raw = Buffer.isBuffer(request.body) ? request.body.toString('utf8').trim() : '';
  if (!raw) return {};
  try {
    const body = JSON.parse(raw);
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? body : 'Body must be a JSON object';
  } catch {
    return 'Body must be JSON';
  }
}

/** since/until (ISO-8601), subscriptionId, locationId, trigger; a message when a time does not parse. */
export function deadFilter(input: Record<string, unknown>): DeadFilter | string {
  const text = (name: string) =>
    typeof input[name] === 'string' && (input[name] as string).trim() ? (input[name] as string).trim().slice(0, 200) : undefined;
  const filter: DeadFilter = { subscriptionId: text('subscriptionId'), locationId: text('locationId'), trigger: text('trigger') };
  for (const name of ['since', 'until'] as const) {
    const value = text(name);
    if (!value) continue;
    const at = Date.parse(value);
    if (Number.isNaN(at)) return `${name} must be an ISO-8601 time, e.g. 2026-01-31T00:00:00Z`;
    filter[name] = new Date(at);
  }
  return filter;
}

/** This page's path and query for its forms to come back to, without the last action's notice. */
export function withoutNotice(url: string): string {
  const here = new URL(url, 'http://relay.invalid');
  here.searchParams.delete('notice');
  here.searchParams.delete('n');
  return `${here.pathname}${here.search}`.slice(0, 2000);
}

/** Behind a TLS-terminating proxy the relay sees http: the proxy's header says how the browser came. */
export const isHttps = (request: FastifyRequest) =>
  request.protocol === 'https' ||
  String(request.headers['x-forwarded-proto'] ?? '')
    .split(',')[0]
    .trim() === 'https';
