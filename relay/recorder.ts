// What the worker writes to the store once a delivery's request is over: accepted deliveries leave the
// queue in batches (one statement for many under load), the others are retried later, marked dead, or
// go with their subscription (410). relay/README.md, "Delivery", says what each answer means.
import type { Logger } from 'pino';
import { backoffMs } from './backoff';
import { Batcher } from './batch';
import type { DeliveryConfig } from './config';
import type { Metrics } from './metrics';
import type { Outcome } from './post';
import type { Claimed, Store } from './store';
import { UnrecordedDeliveries } from './unrecorded';

/** What each log line about a delivery says first (no child logger: most deliveries log nothing). */
const about = (delivery: Claimed) => ({ deliveryId: delivery.id, webhookId: delivery.webhookId, subscriptionId: delivery.subscriptionId });

export class OutcomeRecorder {
  // Under load one statement records many deliveries.
  private readonly delivered = new Batcher<string, void>(
    async (ids) => {
      await this.store.delivered(ids);
      return ids.map(() => undefined);
    },
    { parallel: 1, max: 500 },
  );
  /** Accepted deliveries the store could not record yet: never sent again by this process meanwhile. */
  private readonly unrecorded: UnrecordedDeliveries;
  private readonly debug: boolean;

  constructor(
    private readonly store: Store,
    private readonly config: DeliveryConfig,
    private readonly metrics: Metrics,
    private readonly log: Logger,
  ) {
    this.unrecorded = new UnrecordedDeliveries(store, metrics, log);
    this.debug = log.isLevelEnabled('debug');
  }

  /**
   * True when the delivery was accepted already but not yet recorded (a lease query handed it back once
   * its lease ran out): it must not be sent again, and recording it is tried at once.
   */
  awaitsRecording(id: string): boolean {
    if (!this.unrecorded.has(id)) return false;
    this.unrecorded.recordSoon();
    return true;
  }

  /** Records `outcome`; answers how soon the delivery is due again when it is to be retried. */
  async record(delivery: Claimed, outcome: Outcome): Promise<{ retryInMs?: number }> {
    if ('ok' in outcome) {
      this.metrics.delivered.inc();
      this.metrics.latency.observe((Date.now() - delivery.receivedAt.getTime()) / 1000);
      if (this.debug) this.log.debug({ ...about(delivery), attempts: delivery.attempts + 1 }, 'delivered');
      await this.delivered.add(delivery.id).catch((error) => {
        // Sending it again would be a duplicate: keep the outcome, and record it once the store answers.
        this.log.warn(
          { ...about(delivery), err: error },
          'cannot record an accepted delivery; kept to record once the store answers (not sent again)',
        );
        this.unrecorded.add(delivery.id);
      });
      return {};
    }
    if ('gone' in outcome) {
      // Zapier's REST-hook convention: 410 means the Zap was turned off or deleted.
      await this.store.unsubscribe(delivery.subscriptionId);
      this.metrics.gone.inc();
      this.log.info(about(delivery), 'target answered 410 Gone: subscription removed');
      return {};
    }
    if ('fatal' in outcome) {
      await this.store.dead(delivery.id, outcome.fatal);
      this.metrics.dead.inc();
      this.log.warn({ ...about(delivery), error: outcome.fatal }, 'delivery refused by its target: marked dead');
      return {};
    }
    const delayMs = outcome.afterMs ?? backoffMs(delivery.attempts + 1, this.config);
    const status = await this.store.failed(delivery.id, outcome.retry, delayMs, this.config.deadAfterMs);
    const attempts = delivery.attempts + 1;
    if (status === 'dead') {
      this.metrics.dead.inc();
      this.log.warn({ ...about(delivery), error: outcome.retry, attempts }, 'delivery failing too long: marked dead');
      return {};
    }
    this.metrics.retried.inc();
    this.log.info(
      { ...about(delivery), error: outcome.retry, attempts, retryInMs: Math.round(delayMs) },
      'delivery failed; retry scheduled',
    );
    return { retryInMs: delayMs };
  }

  /** A failure the store could not record: the lease runs out and the delivery is tried again. */
  notRecorded(delivery: Claimed, error: unknown): void {
    this.log.warn({ ...about(delivery), err: error }, 'cannot record delivery result; it will be retried when its lease ends');
  }

  /** Records what can still be recorded; see UnrecordedDeliveries.stop(). */
  stop(): Promise<void> {
    return this.unrecorded.stop();
  }
}
