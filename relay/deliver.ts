// The delivery worker: POSTs each event to its subscriptions' target URLs and records the answers.
// Deliveries this process stores come to it already leased (up to its free slots) and go out as soon as
// they are committed; the rest, and retries, it leases from the store (FOR UPDATE SKIP LOCKED, then
// leased_until). Either way a lease gives each row to one process at a time, however many share a store.
import { setMaxListeners } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import { Agent, request } from 'undici';
import { Batcher } from './batch';
import type { DeliveryConfig } from './config';
import type { Metrics } from './metrics';
import type { Claimed, DirectDelivery, Store } from './store';

type Outcome = { ok: true } | { gone: true } | { retry: string; afterMs?: number } | { fatal: string };

export class Deliverer implements DirectDelivery {
  private running = false;
  private pumping = false;
  private pumpAgain = false;
  private wakeScheduled = false;
  /** Due deliveries may be waiting in the store unleased: only then is a lease query worth making. */
  private backlog = true;
  /** Slots promised to deliveries this process is storing (see reserve()). */
  private reserved = 0;
  private readonly stopping = new AbortController();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Paces each target URL; shared out when several relay processes deliver (relay.ts counts them). */
  readonly limiter: TargetLimiter;
  // Under load one statement records many deliveries.
  private readonly delivered = new Batcher<string, void>(async (ids) => {
    await this.store.delivered(ids);
    return ids.map(() => undefined);
  }, { parallel: 1, max: 500 });
  /** Keeps connections to each target origin open between deliveries (undici: lighter per request than node:http). */
  private readonly agent: Agent;
  /** How long a delivery is leased to this process while it sends it. */
  readonly leaseMs: number;

  constructor(
    private readonly store: Store,
    private readonly config: DeliveryConfig,
    private readonly metrics: Metrics,
    private readonly log: Logger,
  ) {
    // A lease outlives its request: connecting, then waiting for the answer, each within timeoutMs.
    this.leaseMs = 2 * config.timeoutMs + 1_000;
    this.agent = new Agent({ connect: { timeout: config.timeoutMs }, headersTimeout: config.timeoutMs, bodyTimeout: config.timeoutMs });
    // Each delivery waiting for its target's rate listens for the stop: up to `concurrency` at once.
    setMaxListeners(config.concurrency + 1, this.stopping.signal);
    this.limiter = new TargetLimiter(config.targetRate);
  }

  start(): void {
    this.running = true;
    const poll = setInterval(() => this.wake(), this.config.pollMs);
    this.timers.add(poll);
    this.wake();
  }

  /**
   * Look for due deliveries soon (some were stored unleased, or a retry came due). Wake-ups in one turn
   * of the event loop make one lease query.
   */
  wake(): void {
    this.backlog = true;
    this.schedulePump();
  }

  /**
   * Request slots for `wanted` deliveries this process is about to store: the store inserts that many
   * already leased to it, and hands them to adopt() once committed. They skip the lease query, and
   * the event goes out as soon as it is stored. The rest are stored unleased, for the lease query.
   */
  reserve(wanted: number): number {
    const granted = this.running ? Math.max(0, Math.min(wanted, this.config.concurrency - this.inFlight.size - this.reserved)) : 0;
    this.reserved += granted;
    return granted;
  }

  /** Sends the deliveries stored leased to this process; gives back the `reserved` slots they were promised. */
  adopt(leased: Claimed[], reserved: number): void {
    this.reserved -= reserved;
    for (const delivery of leased) this.launch(delivery);
    if (this.backlog) this.schedulePump(); // slots left unused may take waiting deliveries
  }

  private schedulePump(): void {
    if (!this.running || this.wakeScheduled) return;
    this.wakeScheduled = true;
    setImmediate(() => {
      this.wakeScheduled = false;
      if (this.pumping) this.pumpAgain = true;
      else void this.pump();
    });
  }

  /** Stops leasing, and waits for the requests in flight (each ends within its timeout); none starts after. */
  async stop(): Promise<void> {
    this.running = false;
    this.stopping.abort();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.inFlight]);
    await this.agent.destroy();
  }

  private async pump(): Promise<void> {
    this.pumping = true;
    try {
      while (this.running && this.backlog) {
        const room = this.config.concurrency - this.inFlight.size - this.reserved;
        if (room <= 0) break;
        this.backlog = false; // a wake() while the query runs sets it again
        const claimed = await this.store.claim(room, this.leaseMs);
        for (const delivery of claimed) this.launch(delivery);
        // A full lease may have left more behind.
        if (claimed.length === room) this.backlog = true;
      }
    } catch (error) {
      this.backlog = true;
      this.log.warn({ err: error }, 'cannot lease deliveries (store unavailable?); will retry');
    } finally {
      this.pumping = false;
      if (this.pumpAgain) {
        this.pumpAgain = false;
        this.schedulePump();
      }
    }
  }

  private launch(delivery: Claimed): void {
    const job: Promise<void> = this.deliver(delivery).finally(() => {
      this.inFlight.delete(job);
      // With a backlog, refill once half the slots are free: one lease query for many rows, not one per row.
      if (this.backlog && this.inFlight.size <= this.config.concurrency / 2) this.schedulePump();
    });
    this.inFlight.add(job);
  }

  private async deliver(delivery: Claimed): Promise<void> {
    // What each log line about this delivery says first (no child logger: most deliveries log nothing).
    const about = { deliveryId: delivery.id, webhookId: delivery.webhookId, subscriptionId: delivery.subscriptionId };
    try {
      const waitMs = this.limiter.reserve(delivery.targetUrl);
      if (waitMs > this.leaseMs - this.config.timeoutMs) return await this.store.release([delivery.id], waitMs);
      if (waitMs > 0) await sleep(waitMs, undefined, { signal: this.stopping.signal }).catch(() => undefined);
      // Stopping: a delivery still waiting for its slot is given back unsent (another process or the restart sends it).
      if (!this.running) return await this.store.release([delivery.id]);
      const outcome = await this.post(delivery);
      await this.record(delivery, outcome, about);
    } catch (error) {
      // The store could not record the answer: the lease runs out and the delivery is sent again.
      this.log.warn({ ...about, err: error }, 'cannot record delivery result; it will be retried when its lease ends');
    }
  }

  private async record(delivery: Claimed, outcome: Outcome, about: Record<string, string>): Promise<void> {
    if ('ok' in outcome) {
      await this.delivered.add(delivery.id);
      this.metrics.delivered.inc();
      this.metrics.latency.observe((Date.now() - delivery.receivedAt.getTime()) / 1000);
      this.log.debug({ ...about, attempts: delivery.attempts + 1 }, 'delivered');
    } else if ('gone' in outcome) {
      // Zapier's REST-hook convention: 410 means the Zap was turned off or deleted.
      await this.store.unsubscribe(delivery.subscriptionId);
      this.metrics.gone.inc();
      this.log.info(about, 'target answered 410 Gone: subscription removed');
    } else if ('fatal' in outcome) {
      await this.store.dead(delivery.id, outcome.fatal);
      this.metrics.dead.inc();
      this.log.warn({ ...about, error: outcome.fatal }, 'delivery refused by its target: marked dead');
    } else {
      const delayMs = outcome.afterMs ?? backoffMs(delivery.attempts + 1, this.config);
      const status = await this.store.failed(delivery.id, outcome.retry, delayMs, this.config.deadAfterMs);
      if (status === 'dead') {
        this.metrics.dead.inc();
        this.log.warn({ ...about, error: outcome.retry, attempts: delivery.attempts + 1 }, 'delivery failing too long: marked dead');
      } else {
        this.metrics.retried.inc();
        this.log.info({ ...about, error: outcome.retry, attempts: delivery.attempts + 1, retryInMs: Math.round(delayMs) }, 'delivery failed; retry scheduled');
        this.after(delayMs, () => this.wake());
      }
    }
  }

  private async post(delivery: Claimed): Promise<Outcome> {
    try {
      const response = await request(delivery.targetUrl, {
        method: 'POST',
        dispatcher: this.agent,
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
      return { retry: code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' ? `no answer within ${this.config.timeoutMs} ms` : message };
    }
  }

  private after(ms: number, run: () => void) {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, ms);
    this.timers.add(timer);
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

/**
 * Requests per second per target URL (GCRA: an even pace after a burst of a quarter second's worth, so
 * no one-second window goes far past the rate).
 * reserve() books the next slot and says how long to wait for it.
 */
export class TargetLimiter {
  private readonly next = new Map<string, number>();
  private intervalMs = 0;
  private burstMs = 0;

  constructor(private readonly ratePerSecond: number) {
    this.share(1);
  }

  /** `processes` relay processes deliver from one store: each takes its share of every target's rate. */
  share(processes: number): void {
    this.intervalMs = (1000 * Math.max(1, processes)) / this.ratePerSecond;
    this.burstMs = Math.max(0, 250 - this.intervalMs);
  }

  reserve(target: string, now = Date.now()): number {
    if (this.next.size > 10_000) for (const [key, at] of this.next) if (at < now) this.next.delete(key);
    const theoretical = Math.max(this.next.get(target) ?? now, now);
    this.next.set(target, theoretical + this.intervalMs);
    return Math.max(0, theoretical - this.burstMs - now);
  }
}

