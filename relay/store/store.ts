// The relay's store: one object the server, the worker and the operator routes hold, each method one
// operation of its own file (SQL that runs unchanged on PostgreSQL and PGlite).
import { Batcher } from '../batch';
import type { HighLevelEvent } from '../verify';
import { withDirectLease, type DirectDelivery, type IngestResult } from './directDelivery';
import type { Driver } from './driver';
import { ingestBatch, STATEFUL_TYPES } from './ingest';
import { ingestWithState } from './ingestWithState';
import { claim, release, releaseAllLeases, type Claimed } from './lease';
import { dead, delivered, failed, queueDepth } from './outcomes';
import { heartbeat, leave } from './processes';
import { purge } from './retention';
import { useSignature } from './signatures';
import { subscribe, subscriptions, unsubscribe, type NewSubscription, type Subscription } from './subscriptions';

export class Store {
  private readonly batch: Batcher<HighLevelEvent, IngestResult>;
  private direct?: DirectDelivery;

  constructor(readonly driver: Driver) {
    this.batch = new Batcher((events) => withDirectLease(this.direct, (lease) => ingestBatch(this.driver, events, lease)), {
      // One batch at a time: while it commits, the next one grows (PGlite is one connection anyway;
      // on PostgreSQL two at a time meant smaller batches and more of the database's work per event).
      parallel: 1,
      max: 200,
    });
  }

  /** From now on, new deliveries go to `worker`, leased to it, while it has room. */
  deliverDirectly(worker: DirectDelivery): void {
    this.direct = worker;
  }

  /**
   * Keeps a verified event and, atomically with it, one pending delivery per matching subscription;
   * resolves once that is committed. A webhookId already kept changes nothing.
   */
  ingest(event: HighLevelEvent): Promise<IngestResult> {
    if (STATEFUL_TYPES.has(event.type)) return withDirectLease(this.direct, (lease) => ingestWithState(this.driver, event, lease));
    return this.batch.add(event);
  }

  subscribe(input: NewSubscription): Promise<Subscription> {
    return subscribe(this.driver, input);
  }

  unsubscribe(id: string): Promise<boolean> {
    return unsubscribe(this.driver, id);
  }

  subscriptions(): Promise<Subscription[]> {
    return subscriptions(this.driver);
  }

  useSignature(signature: string, expiresAtSeconds: number): Promise<boolean> {
    return useSignature(this.driver, signature, expiresAtSeconds);
  }

  claim(limit: number, leaseMs: number, skipped: string[] = []): Promise<Claimed[]> {
    return claim(this.driver, limit, leaseMs, skipped);
  }

  release(ids: string[], delayMs = 0): Promise<void> {
    return release(this.driver, ids, delayMs);
  }

  releaseAllLeases(): Promise<void> {
    return releaseAllLeases(this.driver);
  }

  delivered(ids: string[]): Promise<void> {
    return delivered(this.driver, ids);
  }

  failed(id: string, error: string, delayMs: number, deadAfterMs: number): Promise<'pending' | 'dead'> {
    return failed(this.driver, id, error, delayMs, deadAfterMs);
  }

  dead(id: string, error: string): Promise<void> {
    return dead(this.driver, id, error);
  }

  queueDepth(): Promise<number> {
    return queueDepth(this.driver);
  }

  purge(eventDays: number, contactDays: number): Promise<{ events: number; contacts: number }> {
    return purge(this.driver, eventDays, contactDays);
  }

  heartbeat(id: string, withinMs: number): Promise<number> {
    return heartbeat(this.driver, id, withinMs);
  }

  leave(id: string): Promise<void> {
    return leave(this.driver, id);
  }

  async ping(): Promise<void> {
    await this.driver.query('SELECT 1');
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
