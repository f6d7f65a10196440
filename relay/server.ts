// The relay's HTTP routes (relay/README.md documents them).
import Fastify, { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { metricsGuard, operatorRoutes } from './admin/routes';
import { checkRelayRequest } from './auth';
import type { RelayConfig } from './config';
import type { Deliverer } from './deliver';
import { parseFilters } from './filters';
import type { Metrics } from './metrics';
import type { NewSubscription, Store } from './store';
import { checkSignature, isRefusal, readEvent } from './verify';

export const BODY_LIMIT = 1024 * 1024;

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
    bodyLimit: BODY_LIMIT,
  });
  // Signatures cover the raw bytes: every body stays a Buffer, and routes parse it themselves.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  const rawBody = (request: FastifyRequest) => (Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0));

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
        const event = refusal ?? readEvent(raw, config.appId);
        if (isRefusal(event)) {
          metrics.refused.inc({ reason: event.refused });
          log.warn({ reason: event.refused, ip: request.ip }, `HighLevel delivery refused: ${event.message}`);
          return reply.code(event.status).send({ error: event.message });
        }
        if (pendingWrites >= config.maxPendingWrites) return tryLater(reply, 'Relay overloaded; retry later');
        pendingWrites++;
        try {
          const result = await store.ingest(event);
          const fields = { webhookId: event.webhookId, type: event.type, locationId: event.locationId };
          if (result.duplicate) {
            metrics.duplicates.inc();
            log.info(fields, 'duplicate webhookId: already stored');
            return { status: 'duplicate' };
          }
          metrics.received.inc();
          // Deliveries the worker had no room for wait in the store for its lease query.
          if (result.queued) deliverer.wake();
          log.debug({ ...fields, deliveries: result.deliveries }, 'event stored');
          if (config.logPayloads) log.debug({ ...fields, payload: event.body }, 'event payload');
          return { status: 'stored', deliveries: result.deliveries };
        } catch (error) {
          log.error({ err: error, webhookId: event.webhookId }, 'cannot store event; HighLevel told to retry');
          return tryLater(reply, 'Store unavailable; retry later');
        } finally {
          pendingWrites--;
        }
      });

      routes.register(async (signed) => {
        signed.addHook('preHandler', async (request, reply) => {
          const problem = checkRelayRequest(config.secret, { method: request.method, url: request.url, headers: request.headers, body: rawBody(request) });
          if (problem) return reply.code(401).send({ error: problem });
        });

        signed.post('/subscriptions', async (request, reply) => {
          const input = parseSubscription(rawBody(request));
          if (typeof input === 'string') return reply.code(400).send({ error: input });
          const subscription = await store.subscribe(input);
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

      routes.get('/metrics', { onRequest: metricsGuard({ config, metrics, log }) }, async (_request, reply) => reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()));
    },
    { prefix: config.pathPrefix },
  );

  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'Not found' }));
  app.setErrorHandler((error: { statusCode?: number; message: string }, request, reply) => {
    const status = error.statusCode ?? 500;
    const fromHighLevel = request.url.startsWith(`${config.pathPrefix}/highlevel/`);
    if (fromHighLevel && status === 413) metrics.refused.inc({ reason: 'too_large' });
    if (status < 500) return reply.code(status).send({ error: status === 413 ? `Body over ${BODY_LIMIT} bytes` : error.message });
    log.error({ err: error, url: request.url }, 'request failed');
    if (fromHighLevel) return tryLater(reply, 'Relay error; retry later');
    return reply.code(503).send({ error: 'Relay unavailable; try again' });
  });

  return app;
}

const EVENT_NAME = /^[A-Za-z][A-Za-z0-9_]{0,99}$/;
const ID = /^[A-Za-z0-9_-]{1,100}$/;

/** A subscription request's body, or a message saying what is wrong with it. */
export function parseSubscription(raw: Buffer): NewSubscription | string {
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    return 'Body must be JSON';
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'Body must be a JSON object';
  const { targetUrl, events, locationId, companyId, locationIds, trigger } = body;
  if (typeof targetUrl !== 'string' || !isHttpUrl(targetUrl)) return 'targetUrl must be an http(s) URL';
  if (!Array.isArray(events) || !events.length || !events.every((e) => typeof e === 'string' && EVENT_NAME.test(e))) {
    return 'events must be a non-empty list of HighLevel event type names (e.g. "ContactCreate")';
  }
  const location = optionalId(locationId);
  const company = optionalId(companyId);
  if (location === null || company === null) return 'locationId and companyId must be HighLevel ids';
  if (!location === !company) return 'Give exactly one of locationId (one sub-account) or companyId (all sub-accounts of an agency)';
  if (locationIds !== undefined && (!company || !Array.isArray(locationIds) || !locationIds.every((id) => typeof id === 'string' && ID.test(id)))) {
    return 'locationIds must be a list of sub-account ids, given with companyId';
  }
  const filters = parseFilters(body.filters);
  if (typeof filters === 'string') return filters;
  if (trigger !== undefined && trigger !== null && (typeof trigger !== 'string' || trigger.length > 200)) return 'trigger must be a short string';
  return {
    targetUrl,
    events: [...new Set(events as string[])],
    locationId: location,
    companyId: company,
    locationIds: locationIds as string[] | undefined,
    filters,
    trigger: typeof trigger === 'string' ? trigger : undefined,
  };
}

/** undefined when absent, null when present but not an id. */
function optionalId(value: unknown): string | undefined | null {
  if (value === undefined || value === null || value === '') return undefined;
  return typeof value === 'string' && ID.test(value.trim()) ? value.trim() : null;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
