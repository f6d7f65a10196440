// One relay: store, delivery worker and HTTP server, started and stopped together.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { RelayConfig } from './config';
import { errorForLog } from './logSafety';
import { Deliverer } from './deliver';
import { createMetrics } from './metrics';
import { buildServer } from './server';
import { DELIVERIES_CHANNEL, openStore, type Store } from './store';

export interface Relay {
  /** http://host:port the server listens on. */
  url: string;
  store: Store;
  log: Logger;
  /** Stops taking requests, finishes the deliveries in flight, closes the store. */
  close(): Promise<void>;
}

const PURGE_EVERY_MS = 60 * 60_000;

/** The relay's logger: JSON lines on stdout, or on `destination` (the tests collect every line to check them). */
export function createLogger(config: Pick<RelayConfig, 'logLevel'>, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'highlevel-relay' },
      // Nothing logs these; if a future line does, they still never reach the log.
      redact: { paths: ['secret', '*.secret', 'targetUrl', '*.targetUrl', 'headers', '*.headers'], censor: '[redacted]' },
      // Errors without the values they carry: a database error can quote an event body (logSafety.ts).
      serializers: { err: errorForLog },
    },
    destination,
  );
}

export async function startRelay(config: RelayConfig, log: Logger = createLogger(config)): Promise<Relay> {
  const store = await openStore({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    onError: (error) => log.warn({ err: error }, 'database connection error'),
  });
  const metrics = createMetrics(() => store.queueDepth());
  const deliverer = new Deliverer(store, config.delivery, metrics, log.child({ component: 'deliver' }));
  store.deliverDirectly(deliverer);
  const app = buildServer({ config, store, deliverer, metrics, log });
  const timers: NodeJS.Timeout[] = [];
  // Every ten polls, this process says it is alive and learns how many share the store (PostgreSQL).
  const processId = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const heartbeatMs = 10 * config.delivery.pollMs;
  const heartbeat = () =>
    store.heartbeat(processId, 3 * heartbeatMs).then(
      (processes) => {
        deliverer.limiter.share(processes);
        metrics.processes.set(processes);
      },
      (error) => log.warn({ err: error }, 'heartbeat failed; will try again'),
    );
  try {
    // Other relay processes on the same PostgreSQL wake this one when they store deliveries.
    await store.driver.listen(DELIVERIES_CHANNEL, () => deliverer.wake());
    // Connections waiting to be accepted: past Node's default of 511, a burst of new connections (HighLevel's
    // among a flood) would be dropped by the kernel while the event loop is busy (Linux caps it at somaxconn).
    await app.listen({ port: config.port, host: config.host, backlog: config.maxConnections });
    deliverer.start();
    const purge = () =>
      store.purge(config.retentionDays, config.contactTagsDays).then(
        (purged) => (purged.events || purged.contacts) && log.info({ purged }, 'old events and contact tags purged'),
        (error) => log.warn({ err: error }, 'purge failed; will try again'),
      );
    void purge();
    timers.push(setInterval(purge, PURGE_EVERY_MS));
    if (store.driver.kind === 'postgres') {
      await heartbeat();
      timers.push(setInterval(heartbeat, heartbeatMs));
    } else {
      metrics.processes.set(1); // the embedded store serves one process
    }
  } catch (error) {
    timers.forEach(clearInterval);
    await app.close();
    await store.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  log.info(
    { port, store: store.driver.kind, appId: config.appId, ed25519: Boolean(config.keys.ed25519) },
    config.keys.ed25519
      ? 'relay listening'
      : 'relay listening; HIGHLEVEL_WEBHOOK_PUBLIC_KEY is not set, so only RSA-signed (X-WH-Signature) deliveries verify',
  );
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    store,
    log,
    close: () =>
      (closing ??= (async () => {
        timers.forEach(clearInterval);
        await app.close();
        await deliverer.stop();
        if (store.driver.kind === 'postgres') await store.leave(processId).catch(() => undefined);
        await store.close();
      })()),
  };
}
