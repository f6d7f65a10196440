#!/usr/bin/env node
// The status page's picture in docs/ (README.md, relay section): a relay on a fresh embedded store, a few
// agencies' Zaps fed signed events through its real routes (one Zap's hook answering 500 until its
// deliveries are dead, one refusing with 400), a refused delivery, then the page logged in to and
// captured by headless Chromium. The charts' earlier hours are seeded into relay_hourly_counts (the
// script cannot run for a day); the current hour is the relay's own counts.
//   npx tsc -p relay/tsconfig.json && node scripts/relay-screenshot.mjs [out.png]
import { generateKeyPairSync, sign } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './zip.mjs';

const require = createRequire(import.meta.url);
const { startRelay, createLogger } = require(join(root, 'dist-relay/relay.js'));
const { signRelayRequest } = require(join(root, 'dist-relay/auth.js'));
const puppeteer = require('puppeteer-core');

const out = process.argv[2] ?? join(root, 'docs/relay-status-page.png');
const ADMIN_TOKEN = 'screenshot-operator-token-0123456789';
const SECRET = 'screenshot-relay-secret-0123456789';
const APP_ID = 'screenshot-app';
const keys = generateKeyPairSync('ed25519');
const dataDir = fs.mkdtempSync(join(tmpdir(), 'relay-screenshot-'));

// Stands in for Zapier: hooks whose path contains "broken" answer 500, "refuses" 400, the rest 200.
const receiver = http.createServer((request, response) => {
  request.resume();
  request.on('end', () => response.writeHead(request.url.includes('broken') ? 500 : request.url.includes('refuses') ? 400 : 200).end('{}'));
});
await new Promise((done) => receiver.listen(0, '127.0.0.1', done));
const hook = (name) => `http://127.0.0.1:${receiver.address().port}/hooks/catch/1843920/${name}/`;

const config = {
  port: 0,
  host: '127.0.0.1',
  pathPrefix: '',
  secret: SECRET,
  appId: APP_ID,
  dataDir,
  retentionDays: 7,
  contactTagsDays: 365,
  keys: { ed25519: keys.publicKey, rsa: generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey },
  maxPendingWrites: 256,
  retryAfterSeconds: 60,
  logLevel: 'warn',
  logPayloads: false,
  delivery: { retryMinMs: 200, retryMaxMs: 500, deadAfterMs: 1_500, timeoutMs: 5_000, pollMs: 200, concurrency: 8, targetRate: 50 },
  operator: { adminToken: ADMIN_TOKEN, replayCap: 1000 },
};
const relay = await startRelay(config, createLogger(config));

const call = async (method, path, body) => {
  const raw = JSON.stringify(body);
  const response = await fetch(`${relay.url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...signRelayRequest(SECRET, method, path, raw) },
    body: raw,
  });
  return response.json();
};
let n = 0;
const sent = [];
const send = (type, fields, signed = true) => {
  const webhookId = `wh_${Date.now().toString(36)}${(n++).toString(36).padStart(4, '0')}`;
  sent.push(webhookId);
  const raw = JSON.stringify({ type, appId: APP_ID, webhookId, timestamp: new Date().toISOString(), ...fields });
  const headers = {
    'Content-Type': 'application/json',
    ...(signed ? { 'X-GHL-Signature': sign(null, Buffer.from(raw), keys.privateKey).toString('base64') } : {}),
  };
  return fetch(`${relay.url}/highlevel/events`, { method: 'POST', headers, body: raw });
};

const zaps = [
  { trigger: 'new_contact', events: ['ContactCreate'], locationId: 've9EPM428h8vShlRW1KT', name: 'a7Hn2QxLp0' },
  { trigger: 'new_contact', events: ['ContactCreate'], locationId: 'Kp2sLm7QwZ1xYvB4nT0c', name: 'broken-c81Kd9' },
  {
    trigger: 'contact_tag_added',
    events: ['ContactTagUpdate'],
    locationId: 've9EPM428h8vShlRW1KT',
    filters: { addedTags: '*' },
    name: 'Zt4MwQ8s1e',
  },
  {
    trigger: 'new_appointment',
    events: ['AppointmentCreate'],
    companyId: 'HQ5Tf9kPz2RwqX7LmN1c',
    locationIds: ['ve9EPM428h8vShlRW1KT', 'Kp2sLm7QwZ1xYvB4nT0c'],
    name: 'pR3vN6yU2k',
  },
  {
    trigger: 'opportunity_status_changed',
    events: ['OpportunityStatusUpdate'],
    locationId: 'Kp2sLm7QwZ1xYvB4nT0c',
    name: 'refuses-Yb72Fq',
  },
];
for (const zap of zaps) await call('POST', '/subscriptions', { targetUrl: hook(zap.name), ...zap, name: undefined });
for (let i = 0; i < 40; i++)
  await send('ContactCreate', {
    locationId: i % 8 ? 've9EPM428h8vShlRW1KT' : 'Kp2sLm7QwZ1xYvB4nT0c',
    id: `ct${i}`,
    firstName: `Contact ${i}`,
    tags: ['lead'],
  });
for (let i = 0; i < 12; i++) await send('ContactTagUpdate', { locationId: 've9EPM428h8vShlRW1KT', id: `ct${i}`, tags: ['lead', 'vip'] });
for (let i = 0; i < 9; i++)
  await send('AppointmentCreate', { locationId: i % 2 ? 've9EPM428h8vShlRW1KT' : 'Kp2sLm7QwZ1xYvB4nT0c', appointment: { id: `ap${i}` } });
for (let i = 0; i < 3; i++) await send('OpportunityStatusUpdate', { locationId: 'Kp2sLm7QwZ1xYvB4nT0c', id: `op${i}`, status: 'won' });
await send('ContactCreate', { locationId: 've9EPM428h8vShlRW1KT' }, false); // refused: unsigned
// Let the broken hook's deliveries fail until they are dead (1.5 s here; a day by default).
await new Promise((done) => setTimeout(done, 4_000));

// Earlier hours: a working day's shape, with an outage of the broken Zap's target in the afternoon.
const hourly = [];
const thisHour = Math.floor(Date.now() / 3_600_000) * 3_600_000;
for (let ago = 23; ago >= 1; ago--) {
  const hour = new Date(thisHour - ago * 3_600_000);
  const busy = Math.round(40 + 160 * Math.max(0, Math.sin(((hour.getUTCHours() - 6) / 24) * 2 * Math.PI)) + ((ago * 37) % 23));
  const outage = ago >= 5 && ago <= 7;
  hourly.push(
    ['received', '', busy],
    ['delivered', '', busy - (outage ? 25 : 1)],
    ['retried', '', outage ? 60 + ago * 4 : ago % 5 === 0 ? 2 : 0],
  );
  hourly.push(
    ['dead', '', outage ? 8 : 0],
    ['refused', 'bad_signature', ago % 7 === 0 ? 3 : 0],
    ['refused', 'stale_timestamp', ago % 9 === 0 ? 1 : 0],
  );
  for (const [name, reason, count] of hourly.splice(0)) {
    if (count)
      await relay.store.driver.query('INSERT INTO relay_hourly_counts (hour, name, reason, count) VALUES ($1::timestamptz, $2, $3, $4)', [
        hour.toISOString(),
        name,
        reason,
        count,
      ]);
  }
}
await relay.close(); // saves the current hour's counts
const again = await startRelay(config, createLogger(config));

const browser = await puppeteer.launch({
  executablePath: ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((path) => fs.existsSync(path)),
  headless: 'shell',
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
  await page.goto(`${again.url}/`);
  await page.type('input[name=token]', ADMIN_TOKEN);
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  // The event search shows a contact event that reached its Zap.
  await page.goto(`${again.url}/?webhookId=${sent[1]}`);
  await page.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await again.close();
  receiver.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
