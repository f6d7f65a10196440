// `npm run relay` / `node dist-relay/main.js`: the relay configured from the environment.
// SIGTERM or SIGINT stop it gracefully: no new requests, deliveries in flight finish, store closed.
import { ConfigError, loadConfig } from './config';
import { startRelay } from './relay';

async function main() {
  const relay = await startRelay(loadConfig());
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    relay.log.info({ signal }, 'shutting down');
    // Deliveries in flight end within their timeout; past a minute, something is stuck.
    setTimeout(() => process.exit(1), 60_000).unref();
    await relay.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    console.error(`relay: ${error.message}`);
    process.exit(2);
  }
  // Most often the store cannot be reached (connection refused, unknown host, bad password): say so plainly.
  console.error(`relay: cannot start: ${(error as Error).message ?? error}`);
  if (process.env.RELAY_LOG_LEVEL === 'debug') console.error(error);
  process.exit(1);
});
