// The delivery worker: POSTs each event to its subscriptions' target URLs and records the answers.
// Deliveries this process stores come to it already leased (up to its free slots) and go out as soon as
// they are committed; the rest, and retries, it leases from the store (FOR UPDATE SKIP LOCKED, then
// leased_until). Either way a lease gives each row to one process at a time, however many share a store.
// RELAY_CONCURRENCY slots are a hard cap on this process's requests in flight; each target URL takes at
// most RELAY_TARGET_CONCURRENCY of them (limiter.ts), and what finds its target full waits in the store.
import type { Logger } from 'pino';
import type { Agent } from 'undici';
import type { DeliveryConfig } from './config';
import { TargetLimiter, TargetSlots } from './limiter';
import type { Metrics } from './metrics';
import { post, targetAgent } from './post';
import { OutcomeRecorder } from './recorder';
import type { Claimed, DirectDelivery, Store } from './store';

/**
 * How long a delivery leased to this process may wait in its memory for a slot. Its lease covers the
 * wait and then the request; one still waiting then goes back to the store unsent.
 */
const QUEUE_WAIT_MS = 2_000;

export class Deliverer implements DirectDelivery {
  private running = false;
  private pumping = false;
  private pumpAgain = false;
  private wakeScheduled = false;
  /** Due deliveries may be waiting in the store unleased: only then is a lease query worth making. */
  private backlog = true;
  /** Slots held by deliveries waiting for their target's rate or in flight. */
  private active = 0;
  /** Places (a slot, or a place in `queued`) promised to deliveries this process is storing or leasing. */
  private reserved = 0;
  /**
   * Deliveries leased to this process, waiting for a slot (at most RELAY_CONCURRENCY of them): storing
   * an event while every slot is busy costs no lease query later, only a short wait here.
   */
  private readonly queued: { delivery: Claimed; startBy: number; leaseEndsAt: number }[] = [];
  private queueTimer?: NodeJS.Timeout;
  /** When reserve() was last asked: events are being stored, and their deliveries want free slots. */
  private lastReserveAt = 0;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Deliveries waiting for their target's rate: stop() ends the wait at once. */
  private readonly pacing = new Set<() => void>();
  /** Paces each target URL; shared out when several relay processes deliver (relay.ts counts them). */
  readonly limiter: TargetLimiter;
  /** Each target's share of the slots, and its circuit breaker. */
  readonly slots: TargetSlots;
  /** Writes each request's outcome to the store. */
  private readonly recorder: OutcomeRecorder;
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
    this.leaseMs = QUEUE_WAIT_MS + 2 * config.timeoutMs + 1_000;
    this.agent = targetAgent(config);
    this.recorder = new OutcomeRecorder(store, config, metrics, log);
    this.limiter = new TargetLimiter(config.targetRate);
    this.slots = new TargetSlots(config.targetConcurrency, config.timeoutMs, (_target, forMs) => {
      this.metrics.breakerOpened.inc();
      this.log.warn({ openForMs: Math.round(forMs) }, 'a target keeps failing to answer: nothing more is sent to it for a while');
    });
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

  /** Slots neither held, nor promised, nor wanted by queued deliveries. */
  private free(): number {
    return this.config.concurrency - this.active - this.reserved - this.queued.length;
  }

  /**
   * Request places for `wanted` deliveries this process is about to store: the store inserts that many
   * already leased to it, and hands them to adopt() once committed. They skip the lease query, and
   * go out as soon as they are stored, or once a slot frees (`queued`). The rest are stored unleased,
   * for the lease query.
   */
  reserve(wanted: number): number {
    this.lastReserveAt = Date.now();
    const places = this.free() + this.config.concurrency;
    const granted = this.running ? Math.max(0, Math.min(wanted, places)) : 0;
    this.reserved += granted;
    return granted;
  }

  /** Sends the deliveries stored leased to this process; gives back the `reserved` slots they were promised. */
  adopt(leased: Claimed[], reserved: number): void {
    this.reserved -= reserved;
    this.launchAll(leased);
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

  /**
   * Stops leasing, gives queued deliveries back unsent, and waits for the requests in flight (each ends
   * within its timeout); none starts after.
   */
  async stop(): Promise<void> {
    this.running = false;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const resume of this.pacing) resume();
    this.startQueued();
    await Promise.allSettled([...this.inFlight]);
    await this.recorder.stop();
    await this.agent.destroy();
  }

  private async pump(): Promise<void> {
    this.pumping = true;
    try {
      while (this.running && this.backlog) {
        // While events are being stored, half the free slots stay for their deliveries (the direct path,
        // which needs no lease query); otherwise the lease query may fill them all.
        const free = this.free();
        const room = Date.now() - this.lastReserveAt < this.config.pollMs ? Math.ceil(free / 2) : free;
        if (room <= 0) break;
        this.backlog = false; // a wake() while the query runs sets it again
        // The slots are promised while the query runs, so deliveries stored meanwhile cannot take them too.
        this.reserved += room;
        let claimed: Claimed[];
        try {
          claimed = await this.store.claim(room, this.leaseMs, this.slots.full());
        } finally {
          this.reserved -= room;
        }
        this.launchAll(claimed);
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

  /** Queues deliveries leased to this process, and starts those that have a slot. */
  private launchAll(deliveries: Claimed[]): void {
    // Their leases began at most now: they run out no sooner than this.
    const now = Date.now();
    const leaseEndsAt = now + this.leaseMs;
    const startBy = now + QUEUE_WAIT_MS;
    for (const delivery of deliveries) {
      // Accepted already: it only needs recording (the lease it came back with expired meanwhile).
      if (this.recorder.awaitsRecording(delivery.id)) continue;
      this.queued.push({ delivery, startBy, leaseEndsAt });
    }
    this.startQueued();
  }

  /**
   * Starts queued deliveries while slots are free and their target has room; gives back to the store,
   * unsent and holding no slot, those whose target is at its share (until it may have one) and those
   * that waited QUEUE_WAIT_MS (at once; also when stopping).
   */
  private startQueued(): void {
    const now = Date.now();
    const deferred = new Map<number, string[]>();
    const giveBack = (delayMs: number, id: string) => (deferred.get(delayMs) ?? deferred.set(delayMs, []).get(delayMs)!).push(id);
    while (this.queued.length && (this.active < this.config.concurrency || !this.running || this.queued[0].startBy <= now)) {
      const { delivery, startBy, leaseEndsAt } = this.queued.shift()!;
      if (!this.running || startBy <= now) {
        giveBack(0, delivery.id);
        continue;
      }
      const waitMs = this.slots.take(delivery.targetUrl, this.config.pollMs);
      if (waitMs > 0) {
        this.metrics.deferred.inc();
        giveBack(waitMs, delivery.id);
        continue;
      }
      this.launch(delivery, leaseEndsAt);
    }
    for (const [delayMs, ids] of deferred) {
      // Not released: the lease ends and the delivery comes back then. Nothing is lost either way.
      const release = this.store
        .release(ids, delayMs)
        .catch((error) =>
          this.log.warn({ err: error, deliveries: ids.length }, 'cannot give deliveries back; they return when their lease ends'),
        );
      if (!this.running) this.inFlight.add(release);
    }
    // Deliveries left waiting go back at their deadline, should no slot free before it.
    clearTimeout(this.queueTimer);
    this.queueTimer =
      this.queued.length && this.running ? setTimeout(() => this.startQueued(), Math.max(0, this.queued[0].startBy - now)) : undefined;
    if (deferred.size && this.backlog) this.schedulePump();
  }

  private launch(delivery: Claimed, leaseEndsAt: number): void {
    this.active++;
    let held = true;
    // The slot is freed as soon as the request is over (answered or not), before its outcome is recorded:
    // the cap is on requests in flight, and a slot waiting for the store would leave fewer for the
    // deliveries being stored, which then take the slower way through a lease query.
    const free = (answered?: boolean) => {
      if (!held) return;
      held = false;
      this.active--;
      if (answered === undefined) this.slots.giveBack(delivery.targetUrl);
      else this.slots.done(delivery.targetUrl, answered);
      if (this.queued.length) this.startQueued();
      // With a backlog, refill once half the slots are free: one lease query for many rows, not one per row.
      if (this.backlog && this.free() >= this.config.concurrency / 2) this.schedulePump();
    };
    const job: Promise<void> = this.deliver(delivery, leaseEndsAt, free).finally(() => {
      free();
      this.inFlight.delete(job);
    });
    this.inFlight.add(job);
  }

  /**
   * Sends one delivery, if its lease still covers the wait for its target's rate and then the request,
   * and records its outcome; `free` gives its slot back once the request is over.
   */
  private async deliver(delivery: Claimed, leaseEndsAt: number, free: (answered?: boolean) => void): Promise<void> {
    try {
      const waitMs = this.limiter.reserve(delivery.targetUrl);
      // Connecting, then waiting for the answer, each within timeoutMs.
      if (Date.now() + waitMs + 2 * this.config.timeoutMs > leaseEndsAt) return await this.store.release([delivery.id], waitMs);
      if (waitMs > 0) await this.pace(waitMs);
      // Stopping: a delivery still waiting for its slot is given back unsent (another process or the restart sends it).
      if (!this.running) return await this.store.release([delivery.id]);
      const outcome = await post(this.agent, delivery, this.config);
      free(!('unanswered' in outcome && outcome.unanswered));
      const { retryInMs } = await this.recorder.record(delivery, outcome);
      if (retryInMs !== undefined) this.after(retryInMs, () => this.wake());
    } catch (error) {
      this.recorder.notRecorded(delivery, error);
    }
  }

  /** Waits `ms` for the target's rate, or less when the worker stops. */
  private pace(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const resume = () => {
        clearTimeout(timer);
        this.pacing.delete(resume);
        resolve();
      };
      const timer = setTimeout(resume, ms);
      this.pacing.add(resume);
    });
  }

  private after(ms: number, run: () => void) {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, ms);
    this.timers.add(timer);
  }
}
