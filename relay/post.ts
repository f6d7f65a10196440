// One delivery's request to its target, and what the answer means for the delivery.
import { Agent, request } from 'undici';
import { retryAfterMs } from './backoff';
import type { DeliveryConfig } from './config';
import type { Claimed } from './store';
import { checkedLookup, rememberedTargetProblem } from './targets';

/** What became of a request: accepted, the Zap gone (410), to be tried again, or refused for good. */
export type Outcome = { ok: true } | { gone: true } | { retry: string; afterMs?: number; unanswered?: boolean } | { fatal: string };

/** Keeps connections to each target origin open between deliveries (undici: lighter per request than node:http). */
export function targetAgent(config: DeliveryConfig): Agent {
  return new Agent({
    // Names are resolved here, and a private address refused unless listed (targets.ts). No redirects are followed.
    connect: { timeout: config.timeoutMs, lookup: checkedLookup(config.targetHosts) },
    headersTimeout: config.timeoutMs,
    bodyTimeout: config.timeoutMs,
  });
}

/** POSTs the delivery's body to its target, as relay/README.md ("Delivery") says. */
export async function post(agent: Agent, delivery: Claimed, config: DeliveryConfig): Promise<Outcome> {
  // Subscribing checked the host; checked again here for subscriptions older than the list in force.
  const problem = rememberedTargetProblem(delivery.targetUrl, config.targetHosts);
  if (problem) return { fatal: problem };
  try {
    const response = await request(delivery.targetUrl, {
      method: 'POST',
      dispatcher: agent,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'highlevel-zapier-relay',
        'x-relay-event-id': delivery.webhookId,
        'x-relay-delivery-id': delivery.id,
      },
      body: delivery.body,
    });
    await response.body.dump(); // the answer's body is not needed; reading it frees the connection
    const retryAfter = response.headers['retry-after'];
    return outcome(response.statusCode, Array.isArray(retryAfter) ? retryAfter[0] : retryAfter);
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    if (code === 'ERR_INVALID_URL' || code === 'UND_ERR_INVALID_ARG') return { fatal: 'target URL is invalid' };
    if (code === 'ERR_RELAY_TARGET_ADDRESS') return { fatal: message };
    // No answer at all (timeout, connection refused or reset): what the target's circuit breaker counts.
    const timedOut = code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT';
    return { retry: timedOut ? `no answer within ${config.timeoutMs} ms` : message, unanswered: true };
  }
}

function outcome(status: number, retryAfter: string | undefined): Outcome {
  if (status >= 200 && status < 300) return { ok: true };
  if (status === 410) return { gone: true };
  if (status === 429) return { retry: 'answered 429', afterMs: retryAfterMs(retryAfter) };
  if (status >= 500 || status === 408) return { retry: `answered ${status}` };
  // Any other answer is about the request itself: sending it again would get the same.
  return { fatal: `answered ${status}` };
}
