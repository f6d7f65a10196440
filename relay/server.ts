// The relay's HTTP routes (relay/README.md documents them).
import { STATUS_CODES } from 'node:http';
import Fastify, { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { metricsGuard } from './admin/credentials';
import { operatorRoutes } from './admin/routes';
import { checkRelayRequest } from './auth';
import type { RelayConfig } from './config';
import type { Deliverer } from './deliver';
import { BodyBudget, BodyRefused, readBody, type Held } from './intake';
import type { Metrics } from './metrics';
import { OtherAgencyError, type Store } from './store';
import { targetProblem } from './targets';
import { parseSubscription } from './subscriptionRequest';
import { checkSignature, type HighLevelEvent, isRefusal, readEvent } from './verify';

/**
 * Slow clients are cut off (answered 429 and closed): headers within 10 s of connecting, the whole
 * request within 15 s. A HighLevel delivery (a few KB) takes milliseconds; these only bound what a slow
 * or hostile client can hold.
 */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 15_000;

interface Deps {
  config: RelayConfig;
  store: Store;
  deliverer: Deliverer;
  metrics: Metrics;
  log: Logger;
}

export function buildServer({ config, store, deliverer, metrics, log }: Deps) {
  // Requests are logged by the routes themselves, with what matters and nothing secret.
  // No child logger per request either: routes log with the fields they choose.
  const app = Fastify({
    loggerInstance: log,
    logController: new LogController({ disableRequestLogging: true }),
    childLoggerFactory: (logger) => logger,
    requestTimeout: REQUEST_TIMEOUT_MS,
    // Node checks those timeouts this often (by default every 30 s).
    http: { headersTimeout: HEADERS_TIMEOUT_MS, connectionsCheckingInterval: 1_000 },
    clientErrorHandler: (error: NodeJS.ErrnoException, socket) => {
      if (error.code === 'ECONNRESET' || socket.destroyed) return;
      // A request too slow to arrive may be HighLevel's behind a slow network or a busy relay: 429,
      // which it retries (it does not retry a 408). Anything else the parser refused is the client's.
      const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 429 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
      if (status === 429) metrics.throttled.inc();
      const body = JSON.stringify({ error: status === 429 ? 'Request too slow; retry later' : 'Bad request' });
      const retry = status === 429 ? `Retry-After: ${config.retryAfterSeconds}\r\n` : '';
      if (socket.writable)
        socket.write(
          `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${retry}Connection: close\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
        );
      socket.destroy(error);
    },
  });
  // Past the cap, requests are answered 429 at once (below); at twice the cap, Node drops new
  // connections unanswered, so that file descriptors cannot run out.
  app.server.maxConnections = 2 * config.maxConnections;
  let connections = 0;
  app.server.on('connection', (socket) => {
    connections++;
    socket.once('close', () => connections--);
  });

  // Signatures cover the raw bytes: every body stays a Buffer, and routes parse it themselves. Bodies are
  // read within the size limit and the shared budget (intake.ts).
  const budget = new BodyBudget(config.bodyBufferBytes);
  const held = new WeakMap<FastifyRequest['raw'], Held>();
  // A callback hook: it runs for every request, and an async one costs a promise each time.
  app.addHook('onRequest', (request, reply, done) => {
    if (connections > config.maxConnections) {
      tryLater(reply.header('Connection', 'close'), 'Too many connections; retry later');
      return;
    }
    const holding: Held = { bytes: 0, chunked: false };
    held.set(request.raw, holding);
    reply.raw.once('close', () => budget.release(holding));
    done();
  });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (request, payload, done) => readBody(payload, config.maxBodyBytes, budget, held.get(request.raw)!, done));
  const rawBody = (request: FastifyRequest) => (Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0));
  const now = config.now ?? Date.now;
  // Per-event debug lines cost their objects even when not written: built only when the level shows them.
  const debug = log.isLevelEnabled('debug');

  let pendingWrites = 0;
  /** HighLevel retries a delivery only when answered 429: the answer for anything that is not its fault. */
  const tryLater = (reply: FastifyReply, error: string) => {
    metrics.throttled.inc();
    return reply.code(429).header('Retry-After', String(config.retryAfterSeconds)).send({ error });
  };

  // Every route under RELAY_PATH_PREFIX, for a relay served below a path of its host (the Zapier app
  // signs the path it sends, prefix included).
  app.register(
    async (routes) => {
      routes.post('/highlevel/events', async (request, reply) => {
        const raw = rawBody(request);
        const refusal = checkSignature(raw, request.headers, config.keys);
        const event = refusal ?? readEvent(raw, config.appId, now(), config.timestampWindowMs);
        if (isRefusal(event)) {
          metrics.refused.inc({ reason: event.refused });
          log.warn({ reason: event.refused, ip: request.ip }, `HighLevel delivery refused: ${event.message}`);
          return reply.code(event.status).send({ error: event.message });
        }
        if (pendingWrites >= config.maxPendingWrites) return tryLater(reply, 'Relay overloaded; retry later');
        pendingWrites++;
        try {
          const result = await store.ingest(event);
          if (result.duplicate) {
            metrics.duplicates.inc();
            log.info(eventFields(event), 'duplicate webhookId: already stored');
            return { status: 'duplicate' };
          }
          metrics.received.inc();
          // Deliveries the worker had no room for wait in the store for its lease query.
          if (result.queued) deliverer.wake();
          if (debug) {
            log.debug({ ...eventFields(event), deliveries: result.deliveries }, 'event stored');
            if (config.logPayloads) log.debug({ ...eventFields(event), payload: event.body }, 'event payload');
          }
          return { status: 'stored', deliveries: result.deliveries };
        } catch (error) {
          if (isUnstorable(error)) {
            // The store refused this body's data itself: it would refuse every retry too.
            metrics.refused.inc({ reason: 'unstorable' });
            log.warn(
              { reason: 'unstorable', code: (error as { code: string }).code, webhookId: event.webhookId },
              'HighLevel delivery refused: the store cannot hold this body',
            );
            return reply.code(400).send({ error: 'The store cannot hold this body' });
          }
          log.error({ err: error, webhookId: event.webhookId }, 'cannot store event; HighLevel told to retry');
          return tryLater(reply, 'Store unavailable; retry later');
        } finally {
          pendingWrites--;
        }
      });

      routes.register(async (signed) => {
        signed.addHook('preHandler', async (request, reply) => {
          const call = checkRelayRequest(config.secret, {
            method: request.method,
            url: request.url,
            headers: request.headers,
            body: rawBody(request),
          });
          if (typeof call === 'string') {
            metrics.callsRefused.inc({ reason: 'bad_signature' });
            return reply.code(401).send({ error: call });
          }
          // Each signed call is answered once: a captured call sent again within its window is refused.
          if (!(await store.useSignature(call.signature, call.expiresAt))) {
            metrics.callsRefused.inc({ reason: 'replay' });
            log.warn({ method: request.method, ip: request.ip }, 'signed call refused: its signature was already used (a replay)');
            return reply.code(401).send({ error: 'This signed call was already used; sign each call anew' });
          }
        });

        signed.post('/subscriptions', async (request, reply) => {
          const input = parseSubscription(rawBody(request));
          if (typeof input === 'string') return reply.code(400).send({ error: input });
          const badTarget = targetProblem(input.targetUrl, config.delivery.targetHosts);
          if (badTarget) return reply.code(400).send({ error: badTarget });
          let subscription: Awaited<ReturnType<Store['subscribe']>>;
          try {
            subscription = await store.subscribe(input);
          } catch (error) {
            if (!(error instanceof OtherAgencyError)) throw error;
            metrics.callsRefused.inc({ reason: 'other_agency' });
            log.warn(
              { companyId: input.companyId, locationIds: error.locationIds, ip: request.ip },
              'subscription refused: it names sub-accounts of another agency',
            );
            return reply.code(403).send({ error: error.message });
          }
          log.info({ subscriptionId: subscription.id, events: subscription.events, trigger: subscription.trigger }, 'subscribed');
          return reply.code(201).send(subscription);
        });

        signed.delete<{ Params: { id: string } }>('/subscriptions/:id', async (request, reply) => {
          if (!(await store.unsubscribe(request.params.id))) return reply.code(404).send({ error: `No subscription ${request.params.id}` });
          log.info({ subscriptionId: request.params.id }, 'unsubscribed');
          return reply.code(204).send();
        });
      });

      // The operator's page and API, with their own credential (relay/admin/routes.ts).
      routes.register(operatorRoutes({ config, store, deliverer, metrics, log }));

      routes.get('/health', async (_request, reply) => {
        try {
          await store.ping();
          return { status: 'ok', store: store.driver.kind };
        } catch {
          return reply.code(503).send({ status: 'store unreachable', store: store.driver.kind });
        }
      });

      routes.get('/metrics', { onRequest: metricsGuard({ config, metrics, log }) }, async (_request, reply) =>
        reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()),
      );
    },
    { prefix: config.pathPrefix },
  );

  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'Not found' }));
  app.setErrorHandler((error: { statusCode?: number; message: string }, request, reply) => {
    const status = error.statusCode ?? 500;
    const fromHighLevel = request.url.startsWith(`${config.pathPrefix}/highlevel/`);
    if (error instanceof BodyRefused) {
      // The rest of the body is not read: the connection closes once this is sent.
      reply.header('Connection', 'close');
      if (status === 429) return tryLater(reply, error.message);
      if (fromHighLevel) metrics.refused.inc({ reason: 'too_large' });
      return reply.code(status).send({ error: error.message });
    }
    if (status < 500) return reply.code(status).send({ error: error.message });
    log.error({ err: error, url: request.url }, 'request failed');
    if (fromHighLevel) return tryLater(reply, 'Relay error; retry later');
    return reply.code(503).send({ error: 'Relay unavailable; try again' });
  });

  return app;
}

/** What log lines about a stored event say of it (never its body). */
const eventFields = (event: HighLevelEvent) => ({ webhookId: event.webhookId, type: event.type, locationId: event.locationId });

/**
 * PostgreSQL refused the data itself (SQLSTATE class 22, data exception, e.g. a number jsonb cannot
 * hold; or 54, program limit, e.g. nesting too deep): the same body would fail every time. Outages,
 * timeouts and overload have other codes and get 429.
 */
function isUnstorable(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && /^(22|54)/.test(code);
}
