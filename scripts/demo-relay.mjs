// `npm start`, second part: an instant trigger's whole path on this machine, with no account and no
// network. Starts the event relay as it runs in production (node dist-relay/main.js, embedded store in
// a temporary directory); turns a "Contact Created (Instant)" Zap on the way Zapier does (the built
// app's performSubscribe, run by zapier-platform-core's handler as `zapier-platform invoke` runs an
// app, a local receiver standing in for the Zap's hook URL); posts a ContactCreate signed with a key
// made here (HighLevel's, in production); shows the Zap's item; then HighLevel repeating it and a
// tampered copy, neither of which reaches the Zap. Stops everything it started.
import { spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import zapier from 'zapier-platform-core';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const TRIGGER = 'contact_created_hook';
const AUTH = {
  access_token: 'demo-token',
  refresh_token: 'demo-refresh',
  locationId: 've9EPM428h8vShlRW1KT',
  companyId: 'UAXssdawIWAWD',
  userType: 'Location',
};
const APP_ID = '6578278e879ad2646715ba9c';
const WAIT_MS = 60000; // a busy machine: the store's first start (initdb) takes seconds
const QUIET_MS = 1000; // "nothing more arrived": the relay delivers within milliseconds here
const SHOWN = ['id', 'contactId', 'name', 'email', 'phone', 'tagList', 'dateAdded', 'locationId'];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const waitFor = async (what, check, ms = WAIT_MS) => {
  for (const end = Date.now() + ms; !check(); await sleep(50)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
  }
};

/** Zapier's hook URL: records each POST and answers 200, as Zapier does. */
const startReceiver = async () => {
  const received = [];
  const server = http.createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, raw: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"status":"success"}');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/hooks/standard/1234/demo/`,
    received,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
};

/** `node dist-relay/main.js` on an embedded store in `dir`: its log lines, `stop()`, and `ready`, its URL once it listens. */
const startRelay = (dir, env) => {
  const child = spawn(process.execPath, [path.join(root, 'dist-relay', 'main.js')], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      PORT: '0',
      HOST: '127.0.0.1',
      RELAY_DATA_DIR: path.join(dir, 'store'),
      RELAY_LOG_LEVEL: 'info',
      RELAY_TARGET_HOSTS: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = [];
  let output = '';
  const collect = (chunk) => {
    output += chunk;
    for (const line of String(chunk).split('\n')) {
      try {
        log.push(JSON.parse(line));
      } catch {
        /* not a log line */
      }
    }
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  // 'close', not 'exit': the process has ended and its pipes are closed (nothing of it keeps a jest worker alive).
  const exited = new Promise((resolve) => child.once('close', (code, signal) => resolve(code ?? signal)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const kill = setTimeout(() => child.kill('SIGKILL'), 10000);
      child.kill('SIGTERM');
      await exited;
      clearTimeout(kill);
    }
  };
  const ready = waitFor('the relay to listen', () => {
    if (child.exitCode !== null) throw new Error(`the relay exited (${child.exitCode}):\n${output.slice(-2000)}`);
    return log.some((l) => l.msg === 'relay listening');
  }).then(() => `http://127.0.0.1:${log.find((l) => l.msg === 'relay listening').port}`);
  return { pid: child.pid, log, stop, ready };
};

/**
 * Runs the app's methods (`triggers.<key>.operation.performSubscribe`...) as `zapier-platform invoke`
 * does: core's handler, called from the CLI, so core leaves Node's shared http module unpatched.
 */
export const invoker = (app) => {
  const handler = zapier.createAppHandler(app);
  return async (method, bundle) => (await handler({ command: 'execute', method, bundle, calledFromCli: true })).results;
};

/** The documented ContactCreate body as a new delivery: its own webhookId, timestamped now. */
const contactCreated = (fields = {}) => {
  const documented = require(path.join(root, 'spec', 'webhook-events.json')).events.ContactCreate;
  return {
    ...documented,
    id: `demo${randomBytes(8).toString('hex')}`,
    webhookId: randomBytes(16).toString('hex'),
    timestamp: new Date().toISOString(),
    ...fields,
  };
};

/** The item's main fields as `Label: value` lines, labelled as the Zap editor shows them. */
const labelledLines = (outputFields, item) => {
  const labelled = outputFields.filter((f) => f?.key && f.label && item[f.key] !== undefined && item[f.key] !== null);
  const label = Object.fromEntries(labelled.map((f) => [f.key, f.label]));
  const shown = SHOWN.filter((key) => key in label);
  return [
    ...shown.map((key) => `    ${label[key]}: ${item[key]}`),
    `    ... and ${Object.keys(item).length - shown.length} more fields (HighLevel's own, all kept)`,
  ];
};

/**
 * Runs the relay path and prints each step through `print`; resolves with the number of steps that
 * misbehaved. With `signals`, Ctrl-C (or SIGTERM/SIGHUP) stops everything it started, then the process.
 */
export async function showRelayPath({ print = console.log, signals = true, first = 1 } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ghl-relay-demo-'));
  const saved = { RELAY_URL: process.env.RELAY_URL, RELAY_SECRET: process.env.RELAY_SECRET };
  const started = [];
  let stopping;
  const stop = () =>
    (stopping ??= (async () => {
      for (const thing of started.reverse()) await thing.stop().catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    })());
  const interrupted = () => stop().then(() => process.exit(130));
  const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  if (signals) for (const signal of SIGNALS) process.on(signal, interrupted);

  let failures = 0;
  let step = first;
  const check = (title, ok, details = []) => {
    print(`${step++}. ${title}: ${ok ? 'OK' : 'FAILED'}`);
    for (const line of details) print(line);
    print('');
    if (!ok) failures += 1;
  };
  const result = { failures: 0, dir, relayPid: undefined };
  try {
    // HighLevel's webhook key pair, made here: the relay knows only the public half, as in production.
    const highlevel = generateKeyPairSync('ed25519');
    const secret = randomBytes(32).toString('hex');
    print('The relay path: HighLevel -> event relay -> the Zap, all on this machine.');
    const receiver = await startReceiver();
    started.push(receiver);
    const relay = startRelay(dir, {
      RELAY_SECRET: secret,
      HIGHLEVEL_APP_ID: APP_ID,
      HIGHLEVEL_WEBHOOK_PUBLIC_KEY: highlevel.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    });
    started.push(relay);
    result.relayPid = relay.pid;
    relay.url = await relay.ready;
    check(`Start the event relay (node dist-relay/main.js, embedded store in ${dir})`, true, [
      `  listening on ${relay.url} (process ${relay.pid}); a local receiver stands in for the Zap's hook URL`,
    ]);

    // The Zapier app's environment, as `zapier-platform env:set` gives it.
    Object.assign(process.env, { RELAY_URL: relay.url, RELAY_SECRET: secret });
    const app = require(path.join(root, 'index.js'));
    // `zapier-platform invoke` itself has no command for subscribing.
    const invoke = invoker(app);
    const run = (method, bundle) => invoke(`triggers.${TRIGGER}.operation.${method}`, bundle);
    const op = app.triggers[TRIGGER].operation;
    const zap = { authData: AUTH, inputData: {}, targetUrl: receiver.url, meta: { timezone: 'UTC' } };
    const subscription = await run('performSubscribe', zap);
    check(
      `Turn on a "${app.triggers[TRIGGER].display.label}" Zap: Zapier runs performSubscribe (zapier-platform-core)`,
      Boolean(subscription.id),
      [
        `  the relay's subscription ${subscription.id}: ${subscription.events.join(', ')} of sub-account ${subscription.locationId}, to the Zap's hook URL`,
      ],
    );

    const postSigned = async (raw, signedBytes = raw) => {
      const response = await fetch(`${relay.url}/highlevel/events`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-GHL-Signature': sign(null, Buffer.from(signedBytes), highlevel.privateKey).toString('base64'),
        },
        body: raw,
      });
      return { status: response.status, body: await response.json().catch(() => ({})) };
    };
    const event = contactCreated({ locationId: AUTH.locationId });
    const raw = JSON.stringify(event);
    const first = await postSigned(raw);
    await waitFor("the Zap's hook URL to receive the event", () => receiver.received.length > 0);
    const [delivery] = receiver.received;
    const items = await run('perform', {
      ...zap,
      cleanedRequest: JSON.parse(delivery.raw),
      rawRequest: { method: 'POST', querystring: '', headers: { 'Http-Content-Type': 'application/json' }, content: delivery.raw },
    });
    await sleep(QUIET_MS);
    check(
      `HighLevel posts ContactCreate, signed (X-GHL-Signature, Ed25519): relay answered ${first.status} ${JSON.stringify(first.body)}`,
      first.status === 200 && receiver.received.length === 1 && items.length === 1 && items[0].id === event.webhookId,
      [
        `  the Zap received it ${receiver.received.length === 1 ? 'once' : `${receiver.received.length} times`}; perform made ${items.length} item, id = webhookId, labelled:`,
        ...labelledLines(op.outputFields, items[0] ?? {}),
      ],
    );

    const again = await postSigned(raw);
    await sleep(QUIET_MS);
    check(
      `HighLevel sends the same webhookId again (its retry): relay answered ${again.status} ${JSON.stringify(again.body)}`,
      again.status === 200 && again.body.status === 'duplicate' && receiver.received.length === 1,
      ['  not delivered twice: the Zap still received it once'],
    );

    // Changed after signing: the signature no longer matches the bytes.
    const tampered = JSON.stringify({ ...event, webhookId: randomBytes(16).toString('hex'), email: 'attacker@example.com' });
    const refused = await postSigned(tampered, raw);
    await sleep(QUIET_MS);
    const why = relay.log
      .filter((l) => /refused/.test(l.msg ?? ''))
      .map((l) => l.msg)
      .pop();
    check(
      `A tampered copy (email changed after signing): relay answered ${refused.status} ${JSON.stringify(refused.body)}`,
      refused.status === 401 && receiver.received.length === 1,
      [`  refused and stored nothing${why ? ` (relay log: "${why}")` : ''}; the Zap received nothing more`],
    );

    await run('performUnsubscribe', { ...zap, subscribeData: subscription });
    const after = await postSigned(JSON.stringify(contactCreated({ locationId: AUTH.locationId })));
    await sleep(QUIET_MS);
    check(
      `Turn the Zap off (performUnsubscribe), then a new event: relay answered ${after.status} ${JSON.stringify(after.body)}`,
      after.body.deliveries === 0 && receiver.received.length === 1,
      ['  stored, delivered to no one'],
    );
  } catch (error) {
    print(`The relay path failed: ${error.message}`);
    failures += 1;
  } finally {
    if (signals) for (const signal of SIGNALS) process.removeListener(signal, interrupted);
    await stop();
  }
  result.failures = failures;
  return result;
}
