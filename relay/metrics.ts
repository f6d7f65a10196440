// Prometheus metrics for GET /metrics: one registry per relay (tests run several in one process).
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export type Metrics = ReturnType<typeof createMetrics>;

export function createMetrics(queueDepth: () => Promise<number>) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'relay_' });
  const registers = [registry];
  return {
    registry,
    received: new Counter({ name: 'relay_events_received_total', help: 'Verified HighLevel events stored', registers }),
    refused: new Counter({
      name: 'relay_events_refused_total',
      help: 'HighLevel deliveries refused, by reason',
      labelNames: ['reason'],
      registers,
    }),
    duplicates: new Counter({ name: 'relay_events_duplicate_total', help: 'Deliveries of a webhookId already stored', registers }),
    throttled: new Counter({
      name: 'relay_events_throttled_total',
      help: 'Deliveries answered 429 (overload or store unavailable)',
      registers,
    }),
    delivered: new Counter({ name: 'relay_deliveries_delivered_total', help: 'Deliveries a target accepted (2xx)', registers }),
    retried: new Counter({ name: 'relay_deliveries_retried_total', help: 'Failed attempts scheduled for a retry', registers }),
    dead: new Counter({ name: 'relay_deliveries_dead_total', help: 'Deliveries given up', registers }),
    deferred: new Counter({
      name: 'relay_deliveries_deferred_total',
      help: 'Deliveries given back to the store unsent because their target had its share of the slots or its breaker open',
      registers,
    }),
    breakerOpened: new Counter({
      name: 'relay_target_breaker_opened_total',
      help: 'Times a target that kept failing to answer was given nothing for a while',
      registers,
    }),
    unrecorded: new Gauge({
      name: 'relay_deliveries_unrecorded',
      help: 'Deliveries accepted by their target that the store could not record yet (kept in memory, not sent again)',
      registers,
    }),
    callsRefused: new Counter({
      name: 'relay_calls_refused_total',
      help: "The Zapier app's signed calls refused, by reason",
      labelNames: ['reason'],
      registers,
    }),
    gone: new Counter({
      name: 'relay_subscriptions_gone_total',
      help: 'Subscriptions removed because their target answered 410',
      registers,
    }),
    queueDepth: new Gauge({
      name: 'relay_queue_depth',
      help: 'Deliveries pending (due or waiting for a retry)',
      registers,
      async collect() {
        try {
          this.set(await queueDepth());
        } catch {
          // store unreachable: keep the last value (GET /health says so)
        }
      },
    }),
    processes: new Gauge({
      name: 'relay_processes',
      help: 'Relay processes delivering from this store (each paces a target to its share of RELAY_TARGET_RATE)',
      registers,
    }),
    latency: new Histogram({
      name: 'relay_delivery_latency_seconds',
      help: 'From the event being stored to its target answering 2xx',
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 3600, 86400],
      registers,
    }),
  };
}
