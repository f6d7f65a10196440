// `npm run sandbox` as a user runs it: it starts, answers, and a SIGTERM or SIGINT to the npm process
// stops it with no Prism left holding the port; a port in use gets one clear line.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import nock from 'nock';
import { startSandbox } from '../scripts/sandbox.mjs';

const root = path.resolve(__dirname, '..');
const START_MS = 100000; // Prism parses the whole document: slow on a busy 2-core machine
jest.setTimeout(2 * START_MS + 30000);

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** Process ids whose command line mentions `--port <port>`: the sandbox script and Prism. */
const processesOnPort = (port: number) =>
  fs
    .readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid))
    .filter((pid) => {
      try {
        const argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
        return argv.some((a, i) => (a === '--port' && argv[i + 1] === String(port)) || a === `--port=${port}`);
      } catch {
        return false; // ended meanwhile
      }
    });

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(() => resolve(true)));
    socket.on('error', () => resolve(false));
  });

const until = async (what: string, ok: () => boolean | Promise<boolean>, ms: number) => {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
    if (await ok()) return;
  }
  throw new Error(`timed out waiting for ${what}`);
};

beforeAll(() => nock.enableNetConnect('127.0.0.1'));

const started: ChildProcess[] = [];
afterAll(() => {
  // Only if a test failed half-way: its whole process group, by id.
  for (const child of started) if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
});

/** Starts `npm run sandbox -- --port <port>` and resolves with the npm process once the banner shows. */
const startNpmSandbox = async (port: number) => {
  const npm = spawn('npm', ['run', 'sandbox', '--', '--port', String(port)], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(npm);
  let output = '';
  npm.stdout!.on('data', (c) => (output += c));
  npm.stderr!.on('data', (c) => (output += c));
  await until(
    'the banner',
    () => {
      if (npm.exitCode !== null) throw new Error(`npm run sandbox exited: ${output}`);
      return /HighLevel sandbox on http:\/\/127\.0\.0\.1:\d+/.test(output);
    },
    START_MS,
  );
  return { npm, output: () => output };
};

it('stops on SIGTERM, then on SIGINT, to npm with its port free within 5 s', async () => {
  const port = await freePort();
  for (const [round, signal] of [
    [1, 'SIGTERM'],
    [2, 'SIGINT'],
  ] as const) {
    const { npm, output } = await startNpmSandbox(port);
    // The banner is short and its first command names a trigger the documents answer.
    expect(
      output()
        .split('\n')
        .filter((l) => /\S/.test(l) && !/^>/.test(l)).length,
    ).toBeLessThanOrEqual(8);
    const answer = await fetch(`http://127.0.0.1:${port}/contacts/seD4PfOuKoVMLkEZqohJ/tasks`, {
      headers: { Authorization: 'Bearer sandbox', Version: '2021-07-28', Accept: 'application/json' },
    });
    expect({ round, status: answer.status }).toEqual({ round, status: 200 });
    expect((await answer.json()).tasks.length).toBeGreaterThan(0);

    const ended = new Promise((resolve) => npm.once('exit', resolve));
    process.kill(npm.pid!, signal);
    await ended;
    await until(`the port to be free after ${signal}`, async () => !(await listening(port)), 5000);
    await until('the sandbox and Prism to end', () => processesOnPort(port).length === 0, 15000);
  }
});

it('says in one line that the port is in use', async () => {
  const port = await freePort();
  const holder = net.createServer();
  await new Promise<void>((resolve) => holder.listen(port, '127.0.0.1', resolve));
  try {
    const run = spawnSync(process.execPath, ['scripts/sandbox.mjs'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30000,
      env: { ...process.env, SANDBOX_PORT: String(port) },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^Port ${port} is in use.*--port ${port + 1}`))]);
  } finally {
    await new Promise((resolve) => holder.close(resolve));
  }
});

it('leaves no Prism behind when it cannot start in time', async () => {
  const port = await freePort();
  await expect(startSandbox({ port, timeoutMs: 50 })).rejects.toThrow(/did not start within/);
  await until('Prism to end', () => processesOnPort(port).length === 0, 15000);
});
