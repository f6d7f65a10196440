// Deliveries inserted already leased to this process's worker, which sends them once their insert has
// committed: no lease query for them (relay/deliver.ts has the worker's side).
import type { HighLevelEvent } from '../verify';
import type { Claimed } from './lease';
import { ms } from './sql';

/** `deliveries` were stored for the event; `queued` of them unleased, waiting for a lease query. */
export type IngestResult = { duplicate: true } | { duplicate: false; eventId: string; deliveries: number; queued: number };

/**
 * The delivery worker of this process, when it has room: deliveries the store inserts already leased to
 * it go straight to adopt() once committed, without a lease query (relay/deliver.ts).
 */
export interface DirectDelivery {
  /** How long the deliveries it takes are leased to it. */
  readonly leaseMs: number;
  /** How many of `wanted` deliveries the worker takes now; it keeps those places until adopt(). */
  reserve(wanted: number): number;
  /** The deliveries inserted leased to it (none when the insert failed), and the places it had reserved. */
  adopt(leased: Claimed[], reserved: number): void;
}

/** What the inserts of deliveries return. */
export type DeliveryRow = { id: string | null; subscription_id: string; target_url: string; leased: boolean };
export const DELIVERY_COLUMNS = 'id, subscription_id, target_url, leased_until IS NOT NULL AS leased';

/** SQL: the value of `deliveries.leased_until` for the `n`th delivery inserted when the first `leased` are leased for `leaseMs`. */
export const leasedUntil = (n: string, leased: string, leaseMs: string) => `CASE WHEN ${n} <= ${leased} THEN now() + ${ms(leaseMs)} END`;

/** Places a worker granted for the deliveries of one insert, and those inserted leased to it. */
export class DirectLease {
  readonly leaseMs: number;
  private reserved = 0;
  private readonly leased: Claimed[] = [];

  constructor(private readonly worker?: DirectDelivery) {
    this.leaseMs = worker?.leaseMs ?? 0;
  }

  /** How many of `wanted` deliveries to insert leased. */
  reserve(wanted: number): number {
    const granted = this.worker?.reserve(wanted) ?? 0;
    this.reserved += granted;
    return granted;
  }

  /** The event's result; its deliveries inserted leased (`body` is what they carry) go to the worker once committed. */
  stored(event: HighLevelEvent, eventId: string, body: string, rows: DeliveryRow[]): IngestResult {
    const receivedAt = new Date();
    for (const row of rows.filter((r) => r.leased)) {
      this.leased.push({
        id: String(row.id),
        subscriptionId: row.subscription_id,
        targetUrl: row.target_url,
        attempts: 0,
        webhookId: event.webhookId,
        body,
        receivedAt,
      });
    }
    return { duplicate: false, eventId, deliveries: rows.length, queued: rows.filter((r) => !r.leased).length };
  }

  end(committed: boolean): void {
    this.worker?.adopt(committed ? this.leased : [], this.reserved);
  }
}

/**
 * Runs `work` (which commits new deliveries) with a DirectLease on `worker`: the deliveries it inserts
 * leased go to the worker once `work` has resolved (committed), and unused places come back.
 */
export async function withDirectLease<T>(worker: DirectDelivery | undefined, work: (lease: DirectLease) => Promise<T>): Promise<T> {
  const lease = new DirectLease(worker);
  let committed = false;
  try {
    const result = await work(lease);
    committed = true;
    return result;
  } finally {
    lease.end(committed);
  }
}
