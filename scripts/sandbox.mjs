// A local HighLevel sandbox: Stoplight Prism serving the bundled official OpenAPI document on
// loopback. It answers from the documents' examples and flags (an `sl-violations` header, a
// "Violation" log line, usually a 422) any request that breaks them. Used by `npm run sandbox`, `npm start` and the e2e test.
//   npm run sandbox [-- --port 4010]     (or SANDBOX_PORT=4010; foreground: Ctrl-C or SIGTERM stops it)
// docs/sandbox.md is the user's guide.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixDocuments } from './spec-fixes.mjs';

const root = path.resolve(import.meta.dirname, '..');
export const SPEC = path.join(root, 'spec', 'highlevel-openapi.json');
const HOST = '127.0.0.1';
export const DEFAULT_PORT = 4010;

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** Rejects with one clear sentence when something already listens on the port (Prism's own answer is pages of usage text). */
const claimable = (port) =>
  new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', (error) => {
      reject(
        error.code === 'EADDRINUSE'
          ? Object.assign(
              new Error(
                `Port ${port} is in use, perhaps by a sandbox that is still running: stop that, or start this one on another port (npm run sandbox -- --port ${port + 1}).`,
              ),
              { code: 'EADDRINUSE' },
            )
          : error,
      );
    });
    probe.listen(port, HOST, () => probe.close(resolve));
  });

/**
 * Starts Prism and resolves once it listens: `{ url, stop(), log(), exited }`. `quiet: false` echoes
 * Prism's log from then on (requests, violations), not the route list it prints while starting.
 */
export async function startSandbox({ port, quiet = true, timeoutMs = 60000 } = {}) {
  const chosen = port || (await freePort());
  if (port) await claimable(port);
  if (!quiet) console.log(`Starting the HighLevel sandbox on port ${chosen} (Prism, serving the bundled official documents)...`);
  // Served with the documents' mistakes fixed (scripts/spec-fixes.mjs), exactly as the contract test reads them.
  const served = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ghl-sandbox-')), 'highlevel-openapi.json');
  fs.writeFileSync(served, JSON.stringify(fixDocuments(JSON.parse(fs.readFileSync(SPEC, 'utf8')))));
  // The pipe on Prism's stdin ties it to this process (scripts/prism.mjs exits when it closes).
  const child = spawn(
    process.execPath,
    [path.join(import.meta.dirname, 'prism.mjs'), 'mock', served, '--host', HOST, '--port', String(chosen)],
    {
      cwd: root,
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  // Once this process is done with Prism, nothing of it may keep this process (a jest worker) alive,
  // even when Prism has not exited yet: its pipes are closed and the child is unreferenced.
  const release = () => {
    for (const stream of [child.stdin, child.stdout, child.stderr]) stream.destroy();
    child.unref();
  };
  let output = '';
  let listening = false;
  let stopping = false;
  const collect = (chunk) => {
    output += chunk;
    if (!quiet && listening) process.stdout.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => fail(new Error(`the sandbox did not start within ${timeoutMs / 1000} s\n${output.slice(-2000)}`)),
      timeoutMs,
    );
    const fail = (error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      release();
      fs.rmSync(path.dirname(served), { recursive: true, force: true });
      reject(error);
    };
    child.on('exit', (code) => fail(new Error(`the sandbox exited (${code})\n${output.slice(-2000)}`)));
    const ready = () => {
      if (/Prism is listening/.test(output)) {
        listening = true;
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve();
      }
    };
    child.stdout.on('data', ready);
  });

  return {
    url: `http://${HOST}:${chosen}`,
    log: () => output,
    /** Resolves when Prism exits, however it ends; `stopping()` tells whether stop() ended it. */
    exited,
    stopping: () => stopping,
    // Bounded: closes this process's keep-alive sockets to the sandbox (Node 22's global agent keeps
    // them open), sends SIGTERM, then SIGKILL after `graceMs`: on a busy machine an unbounded wait
    // outran the e2e suite's afterAll. Nothing of Prism's state needs a clean exit.
    stop: ({ graceMs = 3000 } = {}) =>
      new Promise((resolve) => {
        stopping = true;
        const agent = http.globalAgent;
        for (const pool of [agent.sockets, agent.freeSockets]) {
          for (const [name, sockets] of Object.entries(pool)) {
            if (name.startsWith(`${HOST}:${chosen}:`)) for (const socket of sockets) socket.destroy();
          }
        }
        const done = () => {
          clearTimeout(kill);
          clearTimeout(giveUp);
          release();
          fs.rmSync(path.dirname(served), { recursive: true, force: true });
          resolve();
        };
        const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
        // A SIGKILLed process is gone even if its exit event is late: never wait longer than this.
        const giveUp = setTimeout(done, graceMs + 1000);
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Stops the sandbox being started (a promise of it), then this process, on Ctrl-C, SIGTERM or
 * SIGHUP, and when this process is orphaned: `npm run` passes a SIGTERM to its shell, which dies
 * without passing it on, so the parent changing is the only sign this process gets. During start-up
 * it exits at once; Prism follows, as its stdin closes.
 */
export const stopOnExit = (starting) => {
  const parent = process.ppid;
  let ready;
  starting.then(
    (sandbox) => (ready = sandbox),
    () => undefined,
  );
  let stopping;
  const stop = () => (stopping ??= (ready ? ready.stop() : Promise.resolve()).then(() => process.exit(0)));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
  setInterval(() => process.ppid !== parent && stop(), 500).unref();
};

/** The port from `--port N`, `--port=N` or SANDBOX_PORT, else 4010. */
const portOption = (argv, env) => {
  const at = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  const text = at < 0 ? env.SANDBOX_PORT : argv[at].includes('=') ? argv[at].split('=')[1] : argv[at + 1];
  if (text === undefined || text === '') return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`--port must be a port number, like ${DEFAULT_PORT} (got "${text}").`);
  return port;
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  (async () => {
    const port = portOption(process.argv.slice(2), process.env);
    const starting = startSandbox({ port, quiet: false, timeoutMs: 120000 });
    stopOnExit(starting);
    const sandbox = await starting;
    console.log(
      [
        `HighLevel sandbox on ${sandbox.url}: it answers with the documents' examples, whatever you send. Ctrl-C stops it.`,
        'In another terminal, from this folder:',
        `  export GHL_API_BASE_URL=${sandbox.url} authData_access_token=sandbox authData_locationId=ve9EPM428h8vShlRW1KT`,
        `  npx zapier-platform invoke trigger get_contact_tasks -i '{"contactId": "seD4PfOuKoVMLkEZqohJ"}' --non-interactive`,
        "Every operation's input keys: docs/reference.md. More: docs/sandbox.md. Requests and violations follow.",
        '',
      ].join('\n'),
    );
    const code = await sandbox.exited;
    if (sandbox.stopping()) return;
    console.error(`The sandbox (Prism) stopped unexpectedly (${code}).`);
    process.exit(1);
  })().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
