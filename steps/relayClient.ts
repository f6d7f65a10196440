// The event relay's subscription API (relay/README.md, Routes): every call is signed with
// RELAY_SECRET by the relay's own signer, so both sides share one definition of the signature, and
// the secret itself is never sent, logged or shown.
import type { ZObject } from 'zapier-platform-core';
import { signRelayRequest } from '../relay/auth';
import type { Filters, SubscriptionAnswer, SubscriptionRequest } from '../relay/contract';

export type { Filters, SubscriptionRequest };

const SETUP =
  'Deploy the event relay (the `relay/` folder of this connector; see docs/instant-triggers.md), then set RELAY_URL ' +
  "(the relay's address, like https://relay.example.com) and RELAY_SECRET (the same secret the relay has) in the Zapier " +
  "app's environment: `zapier-platform env:set <version> RELAY_URL=... RELAY_SECRET=...`. Polling triggers and the " +
  'workflow-webhook triggers work without it.';

/** Where the relay is, and its secret; a clear message (never the secret) when either is missing. */
export const relayConfig = (z: ZObject): { url: string; secret: string } => {
  const url = (process.env.RELAY_URL ?? '').trim().replace(/\/+$/, '');
  const secret = process.env.RELAY_SECRET ?? '';
  if (!url)
    throw new z.errors.Error(
      `Instant triggers from HighLevel's events need the event relay, and RELAY_URL is not set. ${SETUP}`,
      'RelayNotConfigured',
    );
  if (!secret) throw new z.errors.Error(`RELAY_URL is set but RELAY_SECRET is not. ${SETUP}`, 'RelayNotConfigured');
  return { url, secret };
};

interface RelayAnswer {
  status: number;
  data: any;
}

/**
 * One signed call. Not z.request: core reads any 401 as the HighLevel connection's expired token
 * (and refreshes it), where the relay's 401 means a bad signature or clock.
 */
const call = async (z: ZObject, method: 'POST' | 'DELETE', path: string, body?: object): Promise<RelayAnswer> => {
  const { url, secret } = relayConfig(z);
  const raw = body === undefined ? '' : JSON.stringify(body);
  // The relay signs what it received: the base URL's own path (a relay behind a prefix) is part of it.
  const target = new URL(url + path);
  const response = await fetch(target, {
    method,
    headers: {
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...signRelayRequest(secret, method, target.pathname + target.search, raw),
    },
    ...(body === undefined ? {} : { body: raw }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  }).catch((error: Error) => {
    throw new z.errors.Error(
      `The event relay at ${target.origin} did not answer (${error.message}). Check RELAY_URL and that the relay is running.`,
      'RelayUnreachable',
    );
  });
  const text = await response.text();
  let data: any;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  return { status: response.status, data };
};

const REQUEST_TIMEOUT_MS = 20_000;

/** The relay's own words for a refusal (`{ "error": "..." }`), for messages users can act on. */
const relayError = (z: ZObject, what: string, response: RelayAnswer) => {
  const said = response.data?.error;
  const why = typeof said === 'string' && said.trim() ? said.trim() : `HTTP ${response.status}`;
  const hint = response.status === 401 ? ' Check that RELAY_SECRET is the same here and on the relay, and that both clocks are right.' : '';
  return new z.errors.Error(`The event relay refused to ${what}: ${why}.${hint}`, 'RelayRefused', response.status);
};

/** POST /subscriptions: the relay's answer (with its `id`), which Zapier keeps as subscribeData. */
export const subscribe = async (z: ZObject, subscription: SubscriptionRequest): Promise<SubscriptionAnswer & Record<string, unknown>> => {
  const response = await call(z, 'POST', '/subscriptions', subscription);
  if (response.status >= 300) throw relayError(z, 'start this trigger', response);
  const data = response.data;
  if (!data?.id)
    throw new z.errors.Error(
      'The event relay answered without a subscription id. Check that RELAY_URL points at the relay.',
      'RelayRefused',
    );
  return data;
};

/** DELETE /subscriptions/:id; a 404 means it is already gone, which is what was asked. */
export const unsubscribe = async (z: ZObject, id: string): Promise<Record<string, unknown>> => {
  const response = await call(z, 'DELETE', `/subscriptions/${encodeURIComponent(id)}`);
  if (response.status >= 300 && response.status !== 404) throw relayError(z, 'stop this trigger', response);
  return { id, removed: true };
};
