// The built Zapier app run by zapier-platform-core's handler, as Zapier runs it, against a relay process
// the suite starts: shared by the end-to-end suites (e2e.zapier.test.ts, agencyEvents.test.ts).
// Needs `npm run build` first (the built app, dist/), as `npm test` does.
import { invoker } from '../../../scripts/demo-relay.mjs';
import documented from '../../../spec/webhook-events.json';
import { APP_ID, freshStore, relayEnv, SECRET, spawnRelay, uid, type Receiver, type Received, type RelayProcess } from './relay';

// The built app (plain JavaScript, which TypeScript does not read).
export const built = require('../../../index.js');
/** A method of the built app run by core's handler, with a bundle as Zapier sends it. */
export const invoke = invoker(built);
const events = documented.events as Record<string, Record<string, any>>;

/** A HighLevel event: the documented body of `type`, as a new delivery of it (fresh webhookId, now). */
export const highLevelEvent = (type: string, fields: Record<string, unknown> = {}): Record<string, any> => ({
  ...events[type],
  webhookId: uid('wh-'),
  timestamp: new Date().toISOString(),
  ...fields,
});

/** What Zapier does with a REST-hook trigger, on the connection `auth` unless a call names another. */
export function zapierCalls(auth: object) {
  return {
    /** Turning a Zap on: performSubscribe with the Zap's hook URL; its answer is kept as subscribeData. */
    turnOn: (key: string, targetUrl: string, inputData: Record<string, unknown> = {}, authData: object = auth) =>
      invoke(`triggers.${key}.operation.performSubscribe`, { authData, inputData, targetUrl, meta: { timezone: 'UTC' } }) as Promise<
        Record<string, any>
      >,
    turnOff: (key: string, targetUrl: string, subscribeData: object, authData: object = auth) =>
      invoke(`triggers.${key}.operation.performUnsubscribe`, { authData, inputData: {}, targetUrl, subscribeData, meta: {} }),
    /** Running the trigger on what its hook URL received: the parsed body and the raw request. */
    runZap: (key: string, received: Received, inputData: Record<string, unknown> = {}) =>
      invoke(`triggers.${key}.operation.perform`, {
        authData: auth,
        inputData,
        meta: { timezone: 'UTC' },
        cleanedRequest: JSON.parse(received.raw),
        rawRequest: {
          method: 'POST',
          querystring: '',
          content: received.raw,
          headers: Object.fromEntries(
            Object.entries(received.headers).map(([name, value]) => [
              `Http-${name.replace(/(^|-)\w/g, (c) => c.toUpperCase())}`,
              String(value),
            ]),
          ),
        },
      }) as Promise<Record<string, any>[]>,
  };
}

/**
 * For the suite: a relay process on a fresh embedded store (below `prefix`, if any) and `receiver`
 * started, and the app's environment pointed at the relay (RELAY_URL with a trailing slash, as users
 * paste it); afterwards the environment restored and the relay stopped cleanly. `base()` is the relay
 * as HighLevel and the app reach it; `process()` the relay process itself.
 */
export function appWithRelay(receiver: Receiver, { prefix = '' } = {}) {
  let relay: RelayProcess;
  const saved = { ...process.env };
  beforeAll(async () => {
    const store = await freshStore('pglite');
    [relay] = await Promise.all([spawnRelay(relayEnv(store, prefix ? { RELAY_PATH_PREFIX: prefix } : {})), receiver.start()]);
    Object.assign(process.env, { RELAY_URL: `${relay.url}${prefix}/`, RELAY_SECRET: SECRET, CLIENT_ID: `${APP_ID}-e2e` });
  });
  afterAll(async () => {
    for (const key of ['RELAY_URL', 'RELAY_SECRET', 'CLIENT_ID', 'GHL_API_BASE_URL']) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
    if (relay && relay.child.exitCode === null && relay.child.signalCode === null) {
      relay.child.kill('SIGTERM');
      expect(await relay.exited).toBe(0);
    }
    await receiver.stop();
  });
  return { base: () => ({ url: `${relay.url}${prefix}` }), process: () => relay };
}
