// Hourly counts for the status page's charts, kept in the store so they survive restarts and add up
// over every relay process: each process adds its Prometheus counters' growth to the current hour every
// minute, and once more as it stops. Nothing on the ingest or delivery path writes them.
import type { Counter } from 'prom-client';
import type { Metrics } from '../metrics';
import type { History } from '../store/history';

export const FLUSH_EVERY_MS = 60_000;

export class HourlyCounts {
  private readonly last = new Map<string, number>();
  private readonly counters: Array<[string, Counter]>;

  constructor(
    metrics: Metrics,
    private readonly history: History,
  ) {
    this.counters = [
      ['received', metrics.received],
      ['refused', metrics.refused],
      ['delivered', metrics.delivered],
      ['retried', metrics.retried],
      ['dead', metrics.dead],
    ];
  }

  /** Adds what the counters gained since the last flush; on failure that growth is added next time. */
  async flush(): Promise<void> {
    const grown: Array<{ name: string; reason: string; count: number }> = [];
    const seen = new Map<string, number>();
    for (const [name, counter] of this.counters) {
      for (const { value, labels } of (await counter.get()).values) {
        const reason = String(labels.reason ?? '');
        const key = `${name}\u0000${reason}`;
        seen.set(key, value);
        const count = value - (this.last.get(key) ?? 0);
        if (count > 0) grown.push({ name, reason, count });
      }
    }
    await this.history.addCounts(grown);
    for (const [key, value] of seen) this.last.set(key, value);
  }
}
