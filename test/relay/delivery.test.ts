// The delivery worker under pressure, on both stores: one slow or silent target cannot hold up the
// others (a share of the slots each, a circuit breaker), RELAY_CONCURRENCY is a hard cap, an accepted
// delivery the store could not record is never sent again, and the relay posts only to allowed hosts.
import type { LookupAddress } from 'node:dns';
import * as fs from 'node:fs';
import * as http from 'node:http';
import { join } from 'node:path';
import { loadConfig } from '../../relay/config';
import { BREAKER_FAILURES, TargetSlots } from '../../relay/limiter';
import type { Relay } from '../../relay/relay';
import { checkedLookup, isSpecialAddress, targetProblem } from '../../relay/targets';
import {
  adminCall,
  count,
  deliver,
  event,
  freshStore,
  metric,
  relayCall,
  relayEnv,
  settle,
  sleep,
  spawnRelay,
  STORES,
  subscribe,
  testRelay,
  uid,
  waitFor,
  withAdmin,
} from './support/relay';

interface Arrival {
  path: string;
  webhookId: string;
  at: number;
}

/**
 * Stands in for Zapier's hooks: answers each POST after the delay set for its path (`slow`), and counts
 * requests in flight (from arrival to answer, or to the relay giving up on it), overall and per path.
 */
class HoldingReceiver {
  readonly arrivals: Arrival[] = [];
  readonly slow = new Map<string, number>();
  /** Answers for a path other than 200 (e.g. a redirect). */
  readonly answers = new Map<string, { status: number; headers?: Record<string, string> }>();
  /** Called as each request arrives, before it is answered. */
  onArrival?: (arrival: Arrival) => void;
  inFlight = 0;
  maxInFlight = 0;
  readonly maxByPath = new Map<string, number>();
  private readonly byPath = new Map<string, number>();
  private server?: http.Server;
  port = 0;

  async start(): Promise<this> {
    this.server = http.createServer((request, response) => {
      const path = request.url ?? '';
      const now = (this.byPath.get(path) ?? 0) + 1;
      this.byPath.set(path, now);
      this.maxByPath.set(path, Math.max(this.maxByPath.get(path) ?? 0, now));
      this.maxInFlight = Math.max(this.maxInFlight, ++this.inFlight);
      let open = true;
      const finish = () => {
        if (!open) return;
        open = false;
        this.inFlight--;
        this.byPath.set(path, this.byPath.get(path)! - 1);
      };
      response.on('close', finish);
      const chunks: Buffer[] = [];
      request.on('data', (chunk) => chunks.push(chunk));
      request.on('end', () => {
        const arrival = { path, webhookId: JSON.parse(Buffer.concat(chunks).toString('utf8')).webhookId, at: Date.now() };
        this.arrivals.push(arrival);
        this.onArrival?.(arrival);
        const answer = this.answers.get(path) ?? { status: 200 };
        setTimeout(() => {
          if (!response.destroyed) response.writeHead(answer.status, answer.headers).end('{}');
        }, this.slow.get(path) ?? 0);
      });
    });
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done));
    this.port = (this.server.address() as { port: number }).port;
    return this;
  }

  /** From now on, maxByPath counts from the requests in flight to `path` now. */
  resetMax(path: string): void {
    this.maxByPath.set(path, this.byPath.get(path) ?? 0);
  }

  hook(): string {
    return `http://127.0.0.1:${this.port}/hooks/${uid()}/`;
  }

  at(hook: string): Arrival[] {
    const path = new URL(hook).pathname;
    return this.arrivals.filter((a) => a.path === path);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((done) => (this.server ? this.server.close(() => done()) : done()));
  }
}

/** Sends `body` to `relay`, noting when; the event must be stored. */
async function send(relay: Relay, sentAt: Map<string, number>, type: string, locationId: string): Promise<string> {
  const body = event(type, { locationId });
  sentAt.set(body.webhookId as string, Date.now());
  expect((await deliver(relay, body)).status).toBe(200);
  return body.webhookId as string;
}

describe.each(STORES)('delivery under pressure on %s', (kind) => {
  let receiver: HoldingReceiver;
  beforeEach(async () => (receiver = await new HoldingReceiver().start()));
  afterEach(() => receiver.stop());

  test("one slow target holds only its share of the slots: the other targets' deliveries are not held up, and the slow one's are not lost", async () => {
    // The slow target answers in 6 s (inside the timeout, like a Zap 25 s slow against 30 s); 8 slots, 2 per target.
    const relay = await testRelay(kind, { delivery: { concurrency: 8, targetConcurrency: 2, timeoutMs: 10_000 } });
    try {
      const slowHook = receiver.hook();
      receiver.slow.set(new URL(slowHook).pathname, 6_000);
      const slowLocation = uid('loc');
      await subscribe(relay, { targetUrl: slowHook, events: ['ContactCreate'], locationId: slowLocation });
      const fastLocation = uid('loc');
      const fastHooks = [receiver.hook(), receiver.hook(), receiver.hook(), receiver.hook()];
      for (const targetUrl of fastHooks) await subscribe(relay, { targetUrl, events: ['ContactCreate'], locationId: fastLocation });
      const sentAt = new Map<string, number>();
      // Enough slow events to fill every slot, were the slow target allowed to.
      const slowIds = [];
      for (let i = 0; i < 8; i++) slowIds.push(await send(relay, sentAt, 'ContactCreate', slowLocation));
      const fastIds = [];
      for (let i = 0; i < 10; i++) fastIds.push(await send(relay, sentAt, 'ContactCreate', fastLocation));
      await waitFor(() => fastHooks.every((hook) => receiver.at(hook).length === fastIds.length), 'every fast delivery');
      const fastLatencies = fastHooks.flatMap((hook) => receiver.at(hook).map((a) => a.at - sentAt.get(a.webhookId)!));
      // Held up behind the slow target, a fast delivery would wait for its 6 s answers.
      expect(Math.max(...fastLatencies)).toBeLessThan(4_000);
      expect(receiver.maxByPath.get(new URL(slowHook).pathname)).toBeLessThanOrEqual(2);
      // The slow target's deliveries waited in the store, and all arrive, each once.
      await waitFor(() => receiver.at(slowHook).length === slowIds.length, 'every slow delivery', 90_000);
      await waitFor(async () => (await count(relay, 'deliveries')) === 0, 'every delivery recorded');
      expect(
        receiver
          .at(slowHook)
          .map((a) => a.webhookId)
          .sort(),
      ).toEqual([...slowIds].sort());
      expect(await metric(relay, 'relay_deliveries_deferred_total')).toBeGreaterThan(0);
    } finally {
      await relay.close();
    }
  });

  test('a target that keeps timing out trips its breaker: it gets one request at a time, the others carry on, and its deliveries arrive once it answers', async () => {
    const relay = await testRelay(kind, {
      delivery: { concurrency: 8, targetConcurrency: 2, timeoutMs: 500, retryMinMs: 100, retryMaxMs: 200 },
    });
    try {
      const silentHook = receiver.hook();
      const silentPath = new URL(silentHook).pathname;
      receiver.slow.set(silentPath, 60_000); // never answers in time
      const silentLocation = uid('loc');
      await subscribe(relay, { targetUrl: silentHook, events: ['ContactCreate'], locationId: silentLocation });
      const fastHook = receiver.hook();
      const fastLocation = uid('loc');
      await subscribe(relay, { targetUrl: fastHook, events: ['ContactCreate'], locationId: fastLocation });
      const sentAt = new Map<string, number>();
      const silentIds = [];
      for (let i = 0; i < 6; i++) silentIds.push(await send(relay, sentAt, 'ContactCreate', silentLocation));
      await waitFor(async () => (await metric(relay, 'relay_target_breaker_opened_total')) >= 1, 'the breaker to open');
      // While it is open or half-open, the target gets at most one request at a time.
      receiver.resetMax(silentPath);
      const fastIds = [];
      for (let i = 0; i < 5; i++) fastIds.push(await send(relay, sentAt, 'ContactCreate', fastLocation));
      await waitFor(() => receiver.at(fastHook).length === fastIds.length, 'the other target served');
      await sleep(2_000);
      expect(receiver.maxByPath.get(silentPath) ?? 0).toBeLessThanOrEqual(1);
      // It answers again: everything arrives, accepted once.
      receiver.slow.delete(silentPath);
      const answering = Date.now();
      await waitFor(async () => (await count(relay, 'deliveries')) === 0, 'every silent-target delivery accepted', 90_000);
      const accepted = receiver
        .at(silentHook)
        .filter((a) => a.at >= answering)
        .map((a) => a.webhookId);
      expect(accepted.sort()).toEqual([...silentIds].sort());
    } finally {
      await relay.close();
    }
  });

  test('RELAY_CONCURRENCY is a hard cap while a backlog drains, and no MaxListenersExceededWarning', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    const relay = await testRelay(kind, { delivery: { concurrency: 8, targetConcurrency: 8, targetRate: 1000 } });
    try {
      const locationId = uid('loc');
      const hooks = Array.from({ length: 12 }, () => receiver.hook());
      for (const hook of hooks) {
        receiver.slow.set(new URL(hook).pathname, 150);
        await subscribe(relay, { targetUrl: hook, events: ['ContactCreate'], locationId });
      }
      // Stored faster than delivered: a few go straight to free slots or the queue, the rest to the lease query.
      const sentAt = new Map<string, number>();
      await Promise.all(Array.from({ length: 40 }, () => send(relay, sentAt, 'ContactCreate', locationId)));
      await waitFor(() => receiver.arrivals.length === 40 * hooks.length, 'the backlog drained', 120_000);
      await waitFor(async () => (await count(relay, 'deliveries')) === 0, 'every delivery recorded');
      expect(receiver.maxInFlight).toBeLessThanOrEqual(8);
      expect(receiver.maxInFlight).toBeGreaterThanOrEqual(4); // the slots were used, not just capped
      expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
    } finally {
      process.off('warning', onWarning);
      await relay.close();
    }
  });

  describe('deliveries stored while every slot is busy', () => {
    /** Counts the deliveries the worker had to lease through the lease query (the slower way). */
    const countLeased = (relay: Relay) => {
      const leased = { rows: 0 };
      const claim = relay.store.claim.bind(relay.store);
      relay.store.claim = async (...args) => {
        const rows = await claim(...args);
        leased.rows += rows.length;
        return rows;
      };
      return leased;
    };

    test('wait in the storing process for a slot, with no lease query, and go out as slots free', async () => {
      const relay = await testRelay(kind, { delivery: { concurrency: 2, targetConcurrency: 2, targetRate: 1000 } });
      try {
        const leased = countLeased(relay);
        const hook = receiver.hook();
        receiver.slow.set(new URL(hook).pathname, 300);
        const locationId = uid('loc');
        await subscribe(relay, { targetUrl: hook, events: ['ContactCreate'], locationId });
        // Two slots and two places in the queue: all four stored leased to this process.
        const sentAt = new Map<string, number>();
        const ids = await Promise.all(Array.from({ length: 4 }, () => send(relay, sentAt, 'ContactCreate', locationId)));
        await waitFor(
          async () => receiver.at(hook).length === 4 && (await count(relay, 'deliveries')) === 0,
          'all four delivered and recorded',
        );
        expect(
          receiver
            .at(hook)
            .map((a) => a.webhookId)
            .sort(),
        ).toEqual([...ids].sort());
        expect(receiver.maxInFlight).toBe(2);
        expect(leased.rows).toBe(0);
      } finally {
        await relay.close();
      }
    });

    test('one still waiting after 2 s goes back to the store unsent, and arrives once through the lease query', async () => {
      const relay = await testRelay(kind, { delivery: { concurrency: 1, targetConcurrency: 1, targetRate: 1000 } });
      try {
        const leased = countLeased(relay);
        const hook = receiver.hook();
        receiver.slow.set(new URL(hook).pathname, 2_500);
        const locationId = uid('loc');
        await subscribe(relay, { targetUrl: hook, events: ['ContactCreate'], locationId });
        const sentAt = new Map<string, number>();
        const ids: string[] = [];
        for (let i = 0; i < 2; i++) ids.push(await send(relay, sentAt, 'ContactCreate', locationId));
        // The first holds the only slot for 2.5 s; the second waits in the queue, past its 2 s.
        await waitFor(
          async () => receiver.at(hook).length === 2 && (await count(relay, 'deliveries')) === 0,
          'both delivered and recorded',
          30_000,
        );
        expect(receiver.at(hook).map((a) => a.webhookId)).toEqual(ids);
        expect(receiver.maxInFlight).toBe(1);
        expect(leased.rows).toBe(1);
      } finally {
        await relay.close();
      }
    });
  });

  describe('an accepted delivery the store cannot record', () => {
    // Renaming the table makes every statement on it fail, on both stores, as an outage would.
    const breakStore = (relay: Relay) => relay.store.driver.query('ALTER TABLE deliveries RENAME TO deliveries_unavailable');
    const mendStore = (relay: Relay) => relay.store.driver.query('ALTER TABLE deliveries_unavailable RENAME TO deliveries');

    test.each([
      ['shorter than the lease', 1_000],
      ['longer than the lease', 5_000],
    ])('an outage %s: recorded once the store is back, and the target gets it exactly once', async (_, outageMs) => {
      // A 1 s timeout: leases of 3 s, so the test sees them end.
      const relay = await testRelay(kind, { delivery: { timeoutMs: 1_000 } });
      try {
        const hook = receiver.hook();
        const path = new URL(hook).pathname;
        const locationId = uid('loc');
        await subscribe(relay, { targetUrl: hook, events: ['ContactCreate'], locationId });
        // The store fails while the target is answering 2xx.
        receiver.slow.set(path, 300);
        let broken: Promise<unknown> | undefined;
        receiver.onArrival = () => (broken ??= breakStore(relay));
        const body = event('ContactCreate', { locationId });
        expect((await deliver(relay, body)).status).toBe(200);
        await waitFor(() => broken, 'the delivery to arrive');
        await broken;
        await waitFor(async () => (await metric(relay, 'relay_deliveries_unrecorded')) === 1, 'the outcome kept unrecorded');
        await sleep(outageMs);
        await mendStore(relay);
        await waitFor(async () => (await count(relay, 'deliveries')) === 0, 'the outcome recorded');
        // Past the end of the lease it was sent under, and a few polls more: nothing is sent again.
        await sleep(3_000 + 1_000);
        expect(receiver.at(hook).map((a) => a.webhookId)).toEqual([body.webhookId]);
        expect(await metric(relay, 'relay_deliveries_unrecorded')).toBe(0);
        expect(await metric(relay, 'relay_deliveries_delivered_total')).toBe(1);
      } finally {
        await relay.store.driver.query('ALTER TABLE IF EXISTS deliveries_unavailable RENAME TO deliveries').catch(() => undefined);
        await relay.close();
      }
    });
  });

  describe('where the relay posts', () => {
    let relay: Relay;
    beforeAll(async () => (relay = await testRelay(kind, { delivery: { targetHosts: [] } })));
    afterAll(() => relay.close());

    test.each([
      ['http://127.0.0.1:8080/hook', 'host 127.0.0.1 is not allowed'],
      ['http://localhost/hook', 'host localhost is not allowed'],
      ['http://[::1]/hook', 'host ::1 is not allowed'],
      ['http://0.0.0.0/hook', 'host 0.0.0.0 is not allowed'],
      ['http://169.254.169.254/latest/meta-data/', 'host 169.254.169.254 is not allowed'],
      ['http://hooks.zapier.com/hooks/catch/1/abc/', 'must use https'],
      ['https://user:secret@hooks.zapier.com/hooks/catch/1/abc/', 'must not carry a user name or password'],
      ['https://hooks.zapier.com.evil.example/hooks/catch/1/abc/', 'is not allowed'],
      ['ftp://hooks.zapier.com/x', 'http(s) URL'],
    ])('by default %s is refused with 400', async (targetUrl, reason) => {
      const answer = await relayCall(relay, 'POST', '/subscriptions', { targetUrl, events: ['ContactCreate'], locationId: uid('loc') });
      expect(answer.status).toBe(400);
      expect(answer.body.error).toContain(reason);
      expect(answer.body.error).not.toContain('secret');
    });

    test("Zapier's hook host over https is allowed by default", async () => {
      const answer = await relayCall(relay, 'POST', '/subscriptions', {
        targetUrl: `https://hooks.zapier.com/hooks/standard/1/${uid()}/`,
        events: ['ContactCreate'],
        locationId: uid('loc'),
      });
      expect(answer.status).toBe(201);
    });

    test('GET /subscriptions never shows a password, even of a subscription stored before they were refused', async () => {
      const id = uid('sub_');
      await relay.store.driver.query(
        `INSERT INTO subscriptions (id, target_url, events, location_id, filters) VALUES ($1, $2, $3, $4, '{}'::jsonb)`,
        [id, `https://zap:hunter22@hooks.zapier.com/hooks/standard/1/${uid()}/`, ['ContactCreate'], uid('loc')],
      );
      const listed = await adminCall(relay, 'GET', '/subscriptions');
      const mine = listed.body.subscriptions.find((s: { id: string }) => s.id === id);
      expect(mine.targetUrl).toMatch(/^https:\/\/hooks\.zapier\.com\/hooks\/standard\/1\//);
      expect(JSON.stringify(listed.body)).not.toContain('hunter22');
    });

    test('a stored subscription to a host no longer allowed is not posted to: dead at once', async () => {
      const hook = receiver.hook();
      const locationId = uid('loc');
      await relay.store.driver.query(
        `INSERT INTO subscriptions (id, target_url, events, location_id, filters) VALUES ($1, $2, $3, $4, '{}'::jsonb)`,
        [uid('sub_'), hook, ['ContactCreate'], locationId],
      );
      const body = event('ContactCreate', { locationId });
      expect((await deliver(relay, body)).status).toBe(200);
      await waitFor(
        async () =>
          (await adminCall(relay, 'GET', '/deliveries/dead')).body.deliveries.some(
            (d: { webhookId: string }) => d.webhookId === body.webhookId,
          ),
        'the delivery dead',
      );
      expect(receiver.at(hook)).toHaveLength(0);
    });
  });

  test('redirects are not followed: a 3xx is dead at once, and the place it points to gets nothing', async () => {
    const relay = await testRelay(kind);
    try {
      const hook = receiver.hook();
      const elsewhere = receiver.hook();
      receiver.answers.set(new URL(hook).pathname, { status: 302, headers: { Location: elsewhere } });
      const locationId = uid('loc');
      await subscribe(relay, { targetUrl: hook, events: ['ContactCreate'], locationId });
      const body = event('ContactCreate', { locationId });
      expect((await deliver(relay, body)).status).toBe(200);
      await waitFor(
        async () =>
          (await adminCall(relay, 'GET', '/deliveries/dead')).body.deliveries.some(
            (d: { lastError: string }) => d.lastError === 'answered 302',
          ),
        'the delivery dead',
      );
      await settle();
      expect(receiver.at(hook)).toHaveLength(1);
      expect(receiver.at(elsewhere)).toHaveLength(0);
    } finally {
      await relay.close();
    }
  });
});

describe('target hosts', () => {
  const env = { RELAY_SECRET: 'x'.repeat(16), CLIENT_ID: '6578278e879ad2646715ba9c-abc' };

  test('RELAY_TARGET_HOSTS lists extra hosts (any port, http too); by default none, and a target takes an eighth of the slots', () => {
    expect(loadConfig(env).delivery).toMatchObject({ targetHosts: [], concurrency: 32, targetConcurrency: 4 });
    expect(loadConfig({ ...env, RELAY_CONCURRENCY: '4' }).delivery.targetConcurrency).toBe(1);
    expect(loadConfig({ ...env, RELAY_TARGET_CONCURRENCY: '64' }).delivery.targetConcurrency).toBe(32);
    const { targetHosts } = loadConfig({ ...env, RELAY_TARGET_HOSTS: ' 127.0.0.1, LocalHost,[::1] ' }).delivery;
    expect(targetHosts).toEqual(['127.0.0.1', 'localhost', '::1']);
    expect(targetProblem('http://localhost:9999/hook', targetHosts)).toBeUndefined();
    expect(targetProblem('http://[::1]:9999/hook', targetHosts)).toBeUndefined();
    expect(targetProblem('http://10.0.0.1/hook', targetHosts)).toContain('not allowed');
    expect(() => loadConfig({ ...env, RELAY_TARGET_HOSTS: 'https://hooks.example.com' })).toThrow('RELAY_TARGET_HOSTS');
  });

  test.each([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.20.0.1', true],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['::1', true],
    ['fe80::1', true],
    ['fd00::1', true],
    ['::ffff:127.0.0.1', true],
    ['::', true],
    ['52.1.2.3', false],
    ['2600:1f18::1', false],
  ])('%s is special: %s', (address, special) => {
    expect(isSpecialAddress(address)).toBe(special);
  });

  const resolve = (lookup: ReturnType<typeof checkedLookup>, name: string) =>
    new Promise<LookupAddress[]>((done, fail) =>
      lookup(name, { all: true }, (error, addresses) => (error ? fail(error) : done(addresses as LookupAddress[]))),
    );

  test('at connect time a name resolving to a private address is refused unless the name or the address is listed (real resolution of localhost)', async () => {
    await expect(resolve(checkedLookup([]), 'localhost')).rejects.toThrow('private or reserved address');
    expect((await resolve(checkedLookup(['localhost']), 'localhost')).length).toBeGreaterThan(0);
    expect((await resolve(checkedLookup(['127.0.0.1']), 'localhost')).map((a) => a.address)).toEqual(['127.0.0.1']);
  });

  test(`the breaker opens after ${BREAKER_FAILURES} requests without an answer, then allows one at a time until one is answered`, () => {
    const opened: number[] = [];
    const slots = new TargetSlots(3, 1_000, (_target, forMs) => opened.push(forMs));
    const target = 'https://hooks.zapier.com/a';
    for (let i = 0; i < BREAKER_FAILURES; i++) {
      expect(slots.take(target, 50, 0)).toBe(0);
      slots.done(target, false, 0);
    }
    expect(opened).toEqual([1_000]);
    expect(slots.take(target, 50, 10)).toBe(990); // open: wait until it half-opens
    expect(slots.full(10)).toEqual([target]);
    expect(slots.take(target, 50, 1_000)).toBe(0); // half-open: one at a time
    expect(slots.take(target, 50, 1_000)).toBe(50);
    slots.done(target, false, 1_000);
    expect(opened).toEqual([1_000, 2_000]); // failed again: open twice as long
    expect(slots.take(target, 50, 3_000)).toBe(0);
    slots.done(target, true, 3_000); // answered: closed, full share again
    for (let i = 0; i < 3; i++) expect(slots.take(target, 50, 3_000)).toBe(0);
    expect(slots.take(target, 50, 3_000)).toBe(50);
    expect(slots.full(3_000)).toEqual([target]);
  });
});

describe('embedded store memory', () => {
  const residentMb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

  (process.platform === 'linux' ? test : test.skip)(
    'a relay process on a new PGlite directory starts well under 400 MB resident (initdb ran in a child process; shared_buffers 16 MB)',
    async () => {
      const dataDir = join(process.env.RELAY_TEST_DIR!, uid('fresh-pglite-'));
      const relay = await spawnRelay(relayEnv({ dataDir }));
      try {
        expect(fs.existsSync(join(dataDir, 'pgdata', 'PG_VERSION'))).toBe(true);
        expect((await fetch(`${relay.url}/health`)).status).toBe(200);
        // 830 MB before: initdb's WebAssembly memory stayed with the process, and 128 MB of shared buffers.
        expect(residentMb(relay.child.pid!)).toBeLessThan(400);
      } finally {
        relay.child.kill('SIGTERM');
        await relay.exited;
      }
    },
  );
});

describe('PostgreSQL going away under steady traffic', () => {
  test('connections killed and refused for longer than a lease while targets answer: every event arrives exactly once', async () => {
    const store = await freshStore('postgres');
    const database = new URL(store.databaseUrl!).pathname.slice(1);
    const setAvailable = (on: boolean) =>
      withAdmin(async (admin) => {
        await admin.query(`ALTER DATABASE ${database} WITH ALLOW_CONNECTIONS ${on}`);
        if (!on) await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [database]);
      });
    const receiver = await new HoldingReceiver().start();
    // A 1 s request timeout: leases of 3 s, shorter than the 4 s outage.
    const relay = await testRelay('postgres', { delivery: { timeoutMs: 1_000 } }, store);
    try {
      const hook = receiver.hook();
      receiver.slow.set(new URL(hook).pathname, 200);
      const locationId = uid('loc');
      await subscribe(relay, { targetUrl: hook, events: ['ContactCreate'], locationId });
      const sent: string[] = [];
      const toRetry: Record<string, unknown>[] = [];
      const started = Date.now();
      let outage: Promise<void> | undefined;
      let recovery: Promise<void> | undefined;
      // About 20 events a second for 8 s; the database goes away from 2 s to 6 s.
      while (Date.now() - started < 8_000) {
        const elapsed = Date.now() - started;
        if (elapsed >= 2_000) outage ??= setAvailable(false);
        if (elapsed >= 6_000) recovery ??= outage!.then(() => setAvailable(true));
        const body = event('ContactCreate', { locationId });
        sent.push(body.webhookId as string);
        const answer = await deliver(relay, body);
        expect([200, 429]).toContain(answer.status);
        if (answer.status === 429) toRetry.push(body);
        await sleep(50);
      }
      await recovery;
      expect(toRetry.length).toBeGreaterThan(0); // the outage was felt
      await waitFor(async () => (await fetch(`${relay.url}/health`)).status === 200, 'the store back');
      // HighLevel retries what got 429.
      for (const body of toRetry) expect((await deliver(relay, body)).status).toBe(200);
      await waitFor(() => sent.every((id) => receiver.arrivals.some((a) => a.webhookId === id)), 'every event delivered', 60_000);
      await waitFor(async () => (await count(relay, 'deliveries')) === 0, 'every delivery recorded', 30_000);
      await sleep(3_000 + 1_000); // past any lease that was running
      const times = new Map<string, number>();
      for (const a of receiver.arrivals) times.set(a.webhookId, (times.get(a.webhookId) ?? 0) + 1);
      expect([...times].filter(([, n]) => n > 1)).toEqual([]);
      expect(times.size).toBe(sent.length);
    } finally {
      await setAvailable(true);
      await relay.close();
      await receiver.stop();
    }
  });
});
