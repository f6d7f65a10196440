// The operator's routes: the status page, the JSON API (subscriptions, dead deliveries, event search)
// and replay. All need RELAY_ADMIN_TOKEN: as a bearer token, or the page's session cookie (whose form
// posts also carry a form token and, from browsers, an Origin naming this host). relay/README.md documents them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { RelayConfig } from '../config';
import type { Deliverer } from '../deliver';
import type { Metrics } from '../metrics';
import type { Store } from '../store';
import { History } from '../store/history';
import { Replays } from '../store/replay';
import { withoutCredentials } from '../targets';
import {
  bearerToken,
  cookie,
  refusedCounter,
  sameOrigin,
  sameSecret,
  SESSION_COOKIE,
  sessionCookie,
  Sessions,
  type Credential,
} from './credentials';
import { FLUSH_EVERY_MS, HourlyCounts } from './counts';
import { maskUrl } from './html';
import { loginPage, offPage, statusPage } from './page';
import { bodyOf, deadFilter, formOf, isHttps, withoutNotice } from './requests';

export interface OperatorDeps {
  config: RelayConfig;
  store: Store;
  deliverer: Deliverer;
  metrics: Metrics;
  log: Logger;
}

export const OFF_MESSAGE =
  'The operator routes are off: set RELAY_ADMIN_TOKEN (at least 16 random characters) in the relay environment to turn them on';
const VERSION = relayVersion();

export function operatorRoutes(deps: OperatorDeps) {
  return async (routes: FastifyInstance) => {
    const { config, store, deliverer, metrics, log } = deps;
    const prefix = config.pathPrefix;
    const adminToken = config.operator?.adminToken;
    const replayCap = config.operator?.replayCap ?? 1000;
    const sessions = adminToken ? new Sessions(adminToken) : undefined;
    const history = new History(store.driver);
    const replays = new Replays(store.driver);
    const refused = refusedCounter(metrics);

    // The charts' hourly counts are kept whether or not the page is on, so they are there once it is.
    const counts = new HourlyCounts(metrics, history);
    const flush = () => counts.flush().catch((error) => log.warn({ err: error }, 'cannot save hourly counts; will try again'));
    const timer = setInterval(flush, FLUSH_EVERY_MS);
    routes.addHook('onClose', async () => {
      clearInterval(timer);
      await flush();
    });

    const refuse = (request: FastifyRequest, reply: FastifyReply, status: number, reason: string, error: string) => {
      refused.inc({ reason });
      log.warn({ reason, ip: request.ip, method: request.method, url: request.url.split('?')[0] }, 'operator request refused');
      if (status === 401) reply.header('WWW-Authenticate', 'Bearer');
      return reply.code(status).send({ error });
    };

    /** The credential a request carries, or undefined once it has been answered (refused). */
    const authenticate = async (request: FastifyRequest, reply: FastifyReply): Promise<Credential | undefined> => {
      if (!adminToken || !sessions) {
        refuse(request, reply, 404, 'off', OFF_MESSAGE);
        return undefined;
      }
      const given = bearerToken(request.headers);
      if (given) {
        if (sameSecret(given, adminToken)) return 'admin-token';
        refuse(request, reply, 401, 'wrong_token', 'Wrong operator token');
        return undefined;
      }
      const session = sessions.check(cookie(request.headers, SESSION_COOKIE));
      if (!session) {
        refuse(request, reply, 401, 'missing_credential', 'Send Authorization: Bearer <RELAY_ADMIN_TOKEN>, or log in on the status page');
        return undefined;
      }
      if (request.method === 'POST') {
        const form = formOf(request);
        if (!sameOrigin(request.headers) || typeof form?.csrf !== 'string' || !sameSecret(form.csrf, session.formToken)) {
          refuse(request, reply, 403, 'cross_site', 'This form did not come from the status page: reload it and try again');
          return undefined;
        }
      }
      return 'admin-session';
    };

    /** Answers an API call with JSON, and a form from the page by going back to it with a notice. */
    const answer = (request: FastifyRequest, reply: FastifyReply, status: number, body: object, notice: string) => {
      const form = formOf(request);
      if (!form) return reply.code(status).send(body);
      const back =
        typeof form.back === 'string' && form.back.startsWith(`${prefix}/`) && !form.back.startsWith('//') ? form.back : `${prefix}/`;
      const target = new URL(back, 'http://relay.invalid');
      target.searchParams.set('notice', notice);
      target.searchParams.set('n', sessions!.noticeMac(notice));
      return reply.code(303).header('Location', `${target.pathname}${target.search}`).send();
    };

    routes.get<{ Querystring: Record<string, string | undefined> }>('/', async (request, reply) => {
      reply
        .header('Cache-Control', 'no-store')
        .header('X-Frame-Options', 'DENY')
        .header(
          'Content-Security-Policy',
          "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'",
        );
      if (!adminToken || !sessions) return reply.code(404).type('text/html; charset=utf-8').send(offPage());
      const value = cookie(request.headers, SESSION_COOKIE);
      const session = sessions.check(value);
      if (!session)
        return reply.type('text/html; charset=utf-8').send(loginPage(prefix, value ? 'Your session has ended: log in again.' : undefined));
      const query = request.query;
      const filter = deadFilter(query);
      const webhookId = query.webhookId?.trim();
      const now = new Date();
      const [processes, pending, counted, zaps, dead, event] = await Promise.all([
        history.processes(30 * config.delivery.pollMs),
        store.queueDepth(),
        history.hourly(),
        history.zaps(),
        history.dead(typeof filter === 'string' ? {} : filter),
        webhookId ? history.trace(webhookId) : undefined,
      ]);
      const page = statusPage({
        prefix,
        formToken: session.formToken,
        now,
        notice:
          typeof filter === 'string'
            ? filter
            : query.notice && query.n && sameSecret(query.n, sessions.noticeMac(query.notice))
              ? query.notice
              : undefined,
        health: { store: store.driver.kind, processes, version: VERSION, uptimeSeconds: process.uptime(), pending },
        counts: counted,
        zaps,
        groupBy: query.group === 'account' ? 'account' : 'trigger',
        filter: typeof filter === 'string' ? {} : filter,
        dead,
        search: webhookId ? { webhookId, event } : undefined,
        back: withoutNotice(request.url),
      });
      return reply.type('text/html; charset=utf-8').send(page);
    });

    routes.post('/login', async (request, reply) => {
      if (!adminToken || !sessions) return reply.code(404).type('text/html; charset=utf-8').send(offPage());
      if (!sameOrigin(request.headers)) return refuse(request, reply, 403, 'cross_site', 'This form did not come from the status page');
      const token = formOf(request)?.token;
      if (typeof token !== 'string' || !sameSecret(token, adminToken)) {
        refused.inc({ reason: 'wrong_login' });
        log.warn({ reason: 'wrong_login', ip: request.ip }, 'operator login refused');
        return reply.code(401).type('text/html; charset=utf-8').send(loginPage(prefix, 'That is not the operator token.'));
      }
      log.info({ ip: request.ip }, 'operator logged in');
      return reply
        .code(303)
        .header('Set-Cookie', sessionCookie(sessions.issue(), `${prefix}/`, isHttps(request)))
        .header('Location', `${prefix}/`)
        .send();
    });

    routes.post('/logout', async (request, reply) => {
      if (!(await authenticate(request, reply))) return reply;
      return reply
        .code(303)
        .header('Set-Cookie', sessionCookie(undefined, `${prefix}/`, isHttps(request)))
        .header('Location', `${prefix}/`)
        .send();
    });

    routes.get('/subscriptions', async (request, reply) => {
      if (!(await authenticate(request, reply))) return reply;
      return { subscriptions: (await store.subscriptions()).map(withoutCredentials) };
    });

    routes.get<{ Querystring: Record<string, string | undefined> }>('/deliveries/dead', async (request, reply) => {
      if (!(await authenticate(request, reply))) return reply;
      const filter = deadFilter(request.query);
      if (typeof filter === 'string') return reply.code(400).send({ error: filter });
      const { rows, total } = await history.dead(filter, 100);
      return {
        total,
        deliveries: rows.map((row) => ({ ...row, receivedAt: row.receivedAt.toISOString(), deadAt: row.deadAt.toISOString() })),
      };
    });

    routes.get<{ Params: { webhookId: string } }>('/events/:webhookId', async (request, reply) => {
      if (!(await authenticate(request, reply))) return reply;
      const event = await history.trace(request.params.webhookId);
      if (!event)
        return reply
          .code(404)
          .send({ error: `No event ${request.params.webhookId} is kept (never received, or older than the retention)` });
      return {
        ...event,
        deliveries: event.deliveries.map(({ targetUrl, ...delivery }) => ({ ...delivery, target: targetUrl ? maskUrl(targetUrl) : null })),
      };
    });

    routes.post<{ Params: { id: string } }>('/deliveries/:id/replay', async (request, reply) => {
      const operator = await authenticate(request, reply);
      if (!operator) return reply;
      const { id } = request.params;
      const result = await replays.one(id);
      if (result === 'unknown')
        return answer(request, reply, 404, { error: `No delivery ${id}` }, `No delivery ${id}: already delivered or purged?`);
      if (result === 'pending')
        return answer(request, reply, 200, { status: 'pending', queued: 0 }, `Delivery ${id} is already pending: nothing done.`);
      deliverer.wake();
      log.info({ operator, deliveryId: id }, 'dead delivery replayed');
      return answer(request, reply, 202, { status: 'queued', queued: 1 }, `Delivery ${id} queued again.`);
    });

    routes.post('/deliveries/replay', async (request, reply) => {
      const operator = await authenticate(request, reply);
      if (!operator) return reply;
      const input = bodyOf(request);
      if (typeof input === 'string') return reply.code(400).send({ error: input });
      const filter = deadFilter(input);
      if (typeof filter === 'string') return answer(request, reply, 400, { error: filter }, filter);
      // The API names its range; the page's "replay all shown" may leave it open (everything kept).
      if (!formOf(request) && (!filter.since || !filter.until))
        return reply.code(400).send({ error: 'Give since and until (ISO-8601 times): the events whose dead deliveries to replay' });
      const { queued, remaining } = await replays.range(filter, replayCap);
      if (queued) deliverer.wake();
      log.info({ operator, filter, queued, remaining }, 'dead deliveries replayed');
      const more = remaining ? ` ${remaining} more match: replay again for the next ${replayCap}.` : '';
      return answer(request, reply, 202, { queued, remaining, cap: replayCap }, `${queued} dead deliveries queued again.${more}`);
    });

    routes.post<{ Params: { webhookId: string } }>('/events/:webhookId/redeliver', async (request, reply) => {
      const operator = await authenticate(request, reply);
      if (!operator) return reply;
      const input = bodyOf(request);
      if (typeof input === 'string') return reply.code(400).send({ error: input });
      const subscriptionId =
        typeof input.subscriptionId === 'string' && input.subscriptionId.trim() ? input.subscriptionId.trim() : undefined;
      const { webhookId } = request.params;
      const result = await replays.redeliver(webhookId, subscriptionId);
      if (!result)
        return answer(
          request,
          reply,
          404,
          { error: `No event ${webhookId} is kept (never received, or older than the retention)` },
          `No event ${webhookId} is kept.`,
        );
      if (subscriptionId && !result.subscriptions)
        return answer(request, reply, 404, { error: `No subscription ${subscriptionId}` }, `No subscription ${subscriptionId}.`);
      if (result.queued) deliverer.wake();
      log.info({ operator, webhookId, subscriptionId, queued: result.queued }, 'event sent again');
      return answer(
        request,
        reply,
        202,
        result,
        `Event ${webhookId}: ${result.queued} deliveries queued, ${result.alreadyPending} already pending left as they were.`,
      );
    });
  };
}

function relayVersion(): string {
  try {
    // relay/package.json, from relay/admin/ (tests) or dist-relay/admin/ (built; the image copies it too).
    return String(JSON.parse(readFileSync(resolve(__dirname, '../../relay/package.json'), 'utf8')).version);
  } catch {
    return 'unknown';
  }
}
