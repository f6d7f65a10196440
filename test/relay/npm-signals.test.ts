// `npm run relay` as an operator runs it: SIGTERM or SIGINT sent to the npm process stops the relay,
// and its port is free within 5 s (the script execs node, so the signal reaches the relay itself
// rather than a shell that dies and leaves it running).
import { spawn, type ChildProcess } from 'node:child_process';
import * as net from 'node:net';
import { join } from 'node:path';
import { freshStore, relayEnv, waitFor } from './support/relay';

const root = join(__dirname, '../..');
jest.setTimeout(180_000); // the script compiles the relay first: slow on a busy machine

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(() => resolve(true)));
    socket.on('error', () => resolve(false));
  });

const started: ChildProcess[] = [];
afterAll(() => {
  // Only if a test failed half-way: the whole process group.
  for (const child of started) if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
});

test.each(['SIGTERM', 'SIGINT'] as const)('%s to npm stops the relay and frees its port within 5 s', async (signal) => {
  const env = relayEnv(await freshStore('pglite'), { RELAY_LOG_LEVEL: 'info' });
  const npm = spawn('npm', ['run', 'relay', '--silent'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(npm);
  let output = '';
  npm.stdout!.on('data', (chunk) => (output += chunk));
  npm.stderr!.on('data', (chunk) => (output += chunk));
  const ended = new Promise((resolve) => npm.once('exit', resolve));
  const port = Number(
    await waitFor(
      () => {
        if (npm.exitCode !== null) throw new Error(`npm run relay exited: ${output}`);
        return /"port":(\d+)[^\n]*relay listening/.exec(output)?.[1];
      },
      'the relay to listen',
      150_000,
    ),
  );
  expect(await listening(port)).toBe(true);

  process.kill(npm.pid!, signal);
  await ended;
  await waitFor(async () => !(await listening(port)), `the port to be free after ${signal}`, 5_000);
  expect(output).toMatch(/shutting down/);
});
