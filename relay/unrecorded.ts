// Deliveries their target accepted (2xx) that the store could not record (connection lost, database
// down): kept in memory and recorded as soon as the store answers again. Sending one again would be a
// duplicate, so the worker skips them if a lease query hands them back (relay/README.md, Delivery).
import type { Logger } from 'pino';
import type { Metrics } from './metrics';
import type { Store } from './store';

/** How soon recording is tried again, at first and at most. */
const RETRY_MS = [100, 1_000];

export class UnrecordedDeliveries {
  private readonly ids = new Set<string>();
  private retry?: NodeJS.Timeout;
  private retryMs = RETRY_MS[0];
  private stopped = false;

  constructor(
    private readonly store: Pick<Store, 'delivered'>,
    private readonly metrics: Metrics,
    private readonly log: Logger,
  ) {}

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** Keeps an accepted delivery to record once the store answers. */
  add(id: string): void {
    this.ids.add(id);
    this.metrics.unrecorded.set(this.ids.size);
    this.schedule(this.retryMs);
  }

  /** One of them came back from a lease query (its lease expired): try recording now. */
  recordSoon(): void {
    this.schedule(0);
  }

  /** Stops retrying after one last try; those still unrecorded will be sent again once their lease ends. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.record();
    if (this.ids.size) {
      this.log.warn(
        { deliveries: this.ids.size },
        'stopping with accepted deliveries the store could not record: they will be sent again once their lease ends',
      );
    }
  }

  /** Tries again, soon and then each second, to record them. */
  private schedule(delayMs: number): void {
    if (this.retry || !this.ids.size || this.stopped) return;
    this.retry = setTimeout(async () => {
      const recorded = await this.record();
      this.retry = undefined;
      this.retryMs = recorded ? RETRY_MS[0] : Math.min(2 * this.retryMs, RETRY_MS[1]);
      this.schedule(this.retryMs);
    }, delayMs);
  }

  /** Records them all; false when the store still fails. */
  private async record(): Promise<boolean> {
    const ids = [...this.ids];
    if (!ids.length) return true;
    try {
      await this.store.delivered(ids);
    } catch {
      return false;
    }
    for (const id of ids) this.ids.delete(id);
    this.metrics.unrecorded.set(this.ids.size);
    this.log.info({ deliveries: ids.length }, 'accepted deliveries recorded now that the store answers');
    return true;
  }
}
