// When to try a failed delivery again.
import type { DeliveryConfig } from './config';

/** Retry-After as delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Exponential backoff with jitter: attempt n waits between half and all of min * 2^(n-1), capped. */
export function backoffMs(attempt: number, config: Pick<DeliveryConfig, 'retryMinMs' | 'retryMaxMs'>, random = Math.random): number {
  const ceiling = Math.min(config.retryMaxMs, config.retryMinMs * 2 ** Math.min(attempt - 1, 30));
  return ceiling / 2 + (random() * ceiling) / 2;
}
