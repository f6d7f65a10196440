// Real relays, stores, HighLevel-style signed deliveries and Zapier-style receivers for the relay tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import { join } from 'node:path';
import { Client } from 'pg';
import pino from 'pino';
import { signRelayRequest } from '../../../relay/auth';
import type { RelayConfig } from '../../../relay/config';
import { createLogger, startRelay, type Relay } from '../../../relay/relay';
import { BODY_MARKER, testLogDir } from './logs';

export const STORES = ['pglite', 'postgres'] as const;
export type StoreKind = (typeof STORES)[number];

export const APP_ID = '6578278e879ad2646715ba9c';
export const SECRET = 'test-relay-secret-0123456789';
/** The operator's token (RELAY_ADMIN_TOKEN) in these tests. */
export const ADMIN_TOKEN = 'test-operator-token-0123456789';

/** HighLevel's keys in these tests: generated, so the tests can sign like HighLevel does. */
export const highlevel = {
  ed25519: generateKeyPairSync('ed25519'),
  rsa: generateKeyPairSync('rsa', { modulusLength: 2048 }),
};

/** A store nobody else uses: a new database on the test PostgreSQL, or a copy of the initialised PGlite. */
export async function freshStore(kind: StoreKind): Promise<{ databaseUrl?: string; dataDir: string }> {
  const name = `relay_${randomBytes(6).toString('hex')}`;
  const dataDir = join(process.env.RELAY_TEST_DIR!, name);
  if (kind === 'pglite') {
    fs.cpSync(process.env.RELAY_TEST_PGLITE_TEMPLATE!, dataDir, { recursive: true });
    return { dataDir };
  }
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name}`));
  return { databaseUrl: `${process.env.RELAY_TEST_POSTGRES_URL}/${name}`, dataDir };
}

/** A client on the test PostgreSQL's maintenance database. */
export async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: `${process.env.RELAY_TEST_POSTGRES_URL}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Fast retry timings, so fault tests take seconds. */
export const FAST_DELIVERY: RelayConfig['delivery'] = {
  retryMinMs: 200,
  retryMaxMs: 1_000,
  deadAfterMs: 60_000,
  timeoutMs: 5_000,
  pollMs: 200,
  concurrency: 8,
  targetRate: 200,
  targetConcurrency: 4,
  targetHosts: ['127.0.0.1', 'localhost'],
};

/** The environment a relay process gets for the same settings. */
export function relayEnv(store: { databaseUrl?: string; dataDir: string }, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    PORT: '0',
    HOST: '127.0.0.1',
    RELAY_SECRET: SECRET,
    HIGHLEVEL_APP_ID: APP_ID,
    HIGHLEVEL_WEBHOOK_PUBLIC_KEY: highlevel.ed25519.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    HIGHLEVEL_WEBHOOK_RSA_PUBLIC_KEY: highlevel.rsa.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    ...(store.databaseUrl ? { DATABASE_URL: store.databaseUrl } : {}),
    RELAY_DATA_DIR: store.dataDir,
    RELAY_RETRY_MIN_SECONDS: String(FAST_DELIVERY.retryMinMs / 1000),
    RELAY_RETRY_MAX_SECONDS: String(FAST_DELIVERY.retryMaxMs / 1000),
    RELAY_DELIVERY_TIMEOUT_SECONDS: String(FAST_DELIVERY.timeoutMs / 1000),
    RELAY_POLL_SECONDS: String(FAST_DELIVERY.pollMs / 1000),
    RELAY_TARGET_HOSTS: FAST_DELIVERY.targetHosts.join(','),
    RELAY_LOG_LEVEL: 'warn',
    RELAY_ADMIN_TOKEN: ADMIN_TOKEN,
    ...extra,
  };
}

type Overrides = Partial<Omit<RelayConfig, 'delivery'>> & { delivery?: Partial<RelayConfig['delivery']> };

/**
 * Where this jest worker's relays log: every line, at debug level, in one file of testLogDir() that
 * global-teardown.ts reads for event bodies after the run (relay/README.md, Logs).
 */
let workerLog: pino.DestinationStream | undefined;
const workerLogDestination = () => {
  workerLog ??= testLogDestination();
  return workerLog;
};
export const testLogDestination = (file = `worker-${process.pid}.ndjson`) =>
  pino.destination({ dest: join(testLogDir(), file), sync: true, append: true, mkdir: true });

export async function testRelay(
  kind: StoreKind,
  overrides: Overrides = {},
  store?: { databaseUrl?: string; dataDir: string },
  log?: pino.DestinationStream,
): Promise<Relay> {
  const where = store ?? (await freshStore(kind));
  const logLevel = overrides.logLevel ?? 'debug';
  return startRelay(
    {
      port: 0,
      host: '127.0.0.1',
      pathPrefix: '',
      secret: SECRET,
      keys: { ed25519: highlevel.ed25519.publicKey, rsa: highlevel.rsa.publicKey },
      appId: APP_ID,
      databaseUrl: where.databaseUrl,
      dataDir: where.dataDir,
      retentionDays: 7,
      contactTagsDays: 365,
      maxPendingWrites: 256,
      timestampWindowMs: 90 * 60_000,
      maxBodyBytes: 256 * 1024,
      bodyBufferBytes: 32 * 1024 * 1024,
      maxConnections: 4096,
      retryAfterSeconds: 60,
      logLevel,
      logPayloads: false,
      operator: { adminToken: ADMIN_TOKEN, replayCap: 1000 },
      ...overrides,
      delivery: { ...FAST_DELIVERY, ...overrides.delivery },
    },
    createLogger({ logLevel }, log ?? workerLogDestination()),
  );
}

/** Starts a relay on `kind` and `receiver` before a describe block's tests; stops both after them. */
export function relayForSuite(kind: StoreKind, receiver: Receiver, started: (relay: Relay) => void) {
  let relay: Relay | undefined;
  beforeAll(async () => {
    [relay] = await Promise.all([testRelay(kind), receiver.start()]);
    started(relay);
  });
  afterAll(async () => {
    await relay?.close();
    await receiver.stop();
  });
}

export const uid = (prefix = '') => `${prefix}${randomBytes(8).toString('hex')}`;

/** A HighLevel event body: documented fields plus what every signed delivery carries. */
export function event(type: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  // The marker, first and last: no log line may hold it (global-teardown.ts checks every line the relays wrote).
  return {
    note: BODY_MARKER,
    type,
    appId: APP_ID,
    webhookId: uid('wh-'),
    timestamp: new Date().toISOString(),
    ...fields,
    lastNote: BODY_MARKER,
  };
}

type Signing = 'ed25519' | 'rsa' | 'none' | { ed25519: KeyObject } | { rsa: KeyObject };

/** Signature headers as HighLevel sends them, over exactly these bytes. */
export function signatureHeaders(raw: string | Buffer, signing: Signing = 'ed25519'): Record<string, string> {
  const bytes = Buffer.from(raw);
  if (signing === 'none') return {};
  const { ed25519, rsa } =
    signing === 'ed25519'
      ? { ed25519: highlevel.ed25519.privateKey }
      : signing === 'rsa'
        ? { rsa: highlevel.rsa.privateKey }
        : (signing as { ed25519?: KeyObject; rsa?: KeyObject });
  if (ed25519) return { 'X-GHL-Signature': sign(null, bytes, ed25519).toString('base64') };
  return { 'X-WH-Signature': sign('sha256', bytes, rsa!).toString('base64') };
}

/** POSTs a delivery to the relay the way HighLevel does. */
export async function deliver(
  relay: { url: string },
  body: unknown,
  options: { signing?: Signing; raw?: string; headers?: Record<string, string> } = {},
) {
  const raw = options.raw ?? JSON.stringify(body);
  const response = await fetch(`${relay.url}/highlevel/events`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...signatureHeaders(raw, options.signing), ...options.headers },
    body: raw,
  });
  return { status: response.status, headers: response.headers, body: await response.json().catch(() => undefined) };
}

/** A signed call to the relay's subscription routes, as the Zapier app makes it. */
export async function relayCall(relay: { url: string }, method: string, path: string, body?: unknown, secret = SECRET) {
  const raw = body === undefined ? '' : JSON.stringify(body);
  const response = await fetch(`${relay.url}${path}`, {
    method,
    headers: { ...(raw ? { 'Content-Type': 'application/json' } : {}), ...signRelayRequest(secret, method, path, raw) },
    body: raw || undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** A call to the operator's API, with the admin token as a bearer token. */
export async function adminCall(relay: { url: string }, method: string, path: string, body?: unknown, token = ADMIN_TOKEN) {
  const raw = body === undefined ? '' : JSON.stringify(body);
  const response = await fetch(`${relay.url}${path}`, {
    method,
    headers: { ...(raw ? { 'Content-Type': 'application/json' } : {}), Authorization: `Bearer ${token}` },
    body: raw || undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

export async function subscribe(relay: { url: string }, body: Record<string, unknown>) {
  const response = await relayCall(relay, 'POST', '/subscriptions', body);
  if (response.status !== 201) throw new Error(`subscribe answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body as { id: string; targetUrl: string };
}

export interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  raw: string;
  body: Record<string, unknown>;
  status: number;
  at: number;
}

type Answer = { status: number; headers?: Record<string, string>; delayMs?: number };

/**
 * Stands in for Zapier: records each POST and answers with `answer(request)` (200 by default).
 * Each test uses its own path (hook()) so tests can share one receiver.
 */
export class Receiver {
  readonly received: Received[] = [];
  answer: (request: Received) => Answer = () => ({ status: 200 });
  port = 0;
  private server?: http.Server;

  /** Listens on `port` (the previous one after a stop, so a target can go down and come back). */
  async start(port = this.port): Promise<this> {
    const server = http.createServer((request, response) => this.handle(request, response));
    await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
    this.server = server;
    this.port = (server.address() as { port: number }).port;
    return this;
  }

  private handle(request: http.IncomingMessage, response: http.ServerResponse) {
    const chunks: Buffer[] = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const seen: Received = { path: request.url ?? '', headers: request.headers, raw, body: safeJson(raw), status: 0, at: Date.now() };
      const { status, headers, delayMs } = this.answer(seen);
      seen.status = status;
      this.received.push(seen);
      setTimeout(() => response.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end('{}'), delayMs ?? 0);
    });
  }

  /** A target URL of this receiver, unique to the caller. */
  hook(name = uid()): string {
    return `http://127.0.0.1:${this.port}/hooks/standard/1/${name}/`;
  }

  /** What arrived at `url`, optionally only those answered 2xx. */
  at(url: string, accepted = false): Received[] {
    const path = new URL(url).pathname;
    return this.received.filter((r) => r.path === path && (!accepted || (r.status >= 200 && r.status < 300)));
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  }
}

function safeJson(raw: string): Record<string, unknown> {
  try {
    return JSON.parse(raw);
  } catch {
    return {};
  }
}

/** Polls until `check` returns a truthy value; generous by default (the machine may be busy). */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await sleep(50);
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Lets the delivery worker run: what was going to arrive has arrived by then (for "nothing more" checks). */
export const settle = () => sleep(700);

/** Rows in a relay's store, for "nothing was stored" checks. */
export async function count(relay: Relay, table: 'events' | 'deliveries' | 'relay_signatures', where = 'true'): Promise<number> {
  const [row] = await relay.store.driver.query<{ n: string }>(`SELECT count(*) AS n FROM ${table} WHERE ${where}`);
  return Number(row.n);
}

/** A series' value from the relay's GET /metrics (0 when absent). */
export async function metric(relay: { url: string }, series: string): Promise<number> {
  const text = await (await fetch(`${relay.url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.split(' ')[1]) : 0;
}

export interface RelayProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<number | string>;
}

/** `node dist-relay/main.js` (compiled by global-setup) with `env`; resolves once it listens. */
export async function spawnRelay(env: NodeJS.ProcessEnv): Promise<RelayProcess> {
  const child = spawn(process.execPath, [join(__dirname, '../../../dist-relay/main.js')], {
    env: { ...env, RELAY_LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // Its log lines join the others that global-teardown.ts checks.
  fs.mkdirSync(testLogDir(), { recursive: true });
  const log = fs.createWriteStream(join(testLogDir(), `process-${process.pid}-${uid()}.ndjson`), { flags: 'a' });
  const collect = (chunk: Buffer) => {
    output += chunk;
    log.write(chunk);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  // 'close', not 'exit': the process has ended and its pipes are closed, so nothing of it keeps the jest worker alive.
  child.on('close', () => log.end());
  const exited = new Promise<number | string>((resolve) => child.on('close', (code, signal) => resolve(code ?? signal ?? -1)));
  const port = await Promise.race([
    waitFor(() => /"port":(\d+)[^\n]*relay listening/.exec(output)?.[1], 'the relay process to listen', 60_000),
    exited.then((code) => Promise.reject(new Error(`relay process exited (${code}) before listening:\n${output}`))),
  ]);
  return { url: `http://127.0.0.1:${port}`, child, output: () => output, exited };
}
