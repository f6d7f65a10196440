// `npm start`'s relay part (scripts/demo-relay.mjs) as it runs: every step OK, the Zap's item shown with
// its labels, and nothing left behind (relay process, temporary store), also when Ctrl-C stops it.
// Needs `npm run build` first (the built app, dist/), as `npm test` does.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { showRelayPath } from '../../scripts/demo-relay.mjs';
import { waitFor } from './support/relay';

const root = join(__dirname, '../..');

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

test('shows the Zap receiving a signed event once, the repeat and the tampered copy refused, and stops all it started', async () => {
  const lines: string[] = [];
  const { failures, dir, relayPid } = await showRelayPath({ print: (line) => lines.push(line), signals: false });
  const output = lines.join('\n');
  expect({ failures, output }).toEqual({ failures: 0, output: expect.any(String) });
  expect(output).toMatch(
    /Turn on a "Contact Created \(Instant\)" Zap.*: OK\n.*subscription sub_\S+: ContactCreate of sub-account ve9EPM428h8vShlRW1KT/,
  );
  expect(output).toMatch(
    /HighLevel posts ContactCreate, signed .*relay answered 200 \{"status":"stored","deliveries":1\}: OK\n.*received it once/,
  );
  expect(output).toMatch(/Full Name: John Deo\n\s+Email: JohnDeo@gmail.comm/);
  expect(output).toMatch(/same webhookId again .*"duplicate"\}: OK/);
  expect(output).toMatch(/tampered copy .*relay answered 401 .*: OK/);
  expect(output).toMatch(/Turn the Zap off .*"deliveries":0\}: OK/);
  expect(fs.existsSync(dir)).toBe(false);
  expect(alive(relayPid!)).toBe(false);
  expect(process.env.RELAY_URL).toBeUndefined();
});

test('Ctrl-C stops the relay and removes its store', async () => {
  // A process group of its own: should the test fail half-way, the demo and the relay it started end together.
  const demo = spawn(
    process.execPath,
    ['--input-type=module', '-e', "import { showRelayPath } from './scripts/demo-relay.mjs'; showRelayPath();"],
    { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  demo.stdout!.on('data', (chunk) => (output += chunk));
  demo.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => demo.once('close', (code, signal) => resolve(code ?? signal)));
  try {
    const [, dir, pid] = (await waitFor(
      () => /embedded store in (\S+)\): OK\n.*\(process (\d+)\)/.exec(output),
      'the relay to start',
      60_000,
    ))!;
    const relayPid = Number(pid);
    expect(alive(relayPid)).toBe(true);
    demo.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(fs.existsSync(dir)).toBe(false);
    expect(alive(relayPid)).toBe(false);
  } finally {
    if (demo.exitCode === null && demo.signalCode === null) process.kill(-demo.pid!, 'SIGKILL');
  }
});
