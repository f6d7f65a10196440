// PostgreSQL through a pg Pool; the choice for more than one relay process, and for durability.
import { Client, Pool, type PoolClient } from 'pg';
import type { Driver, Row } from './driver';

// Bounded waits: a stuck or unreachable server must turn into an error (HighLevel gets a 429), not a hang.
const TIMEOUTS = { connectionTimeoutMillis: 5_000, statement_timeout: 10_000, query_timeout: 15_000 };

export async function postgresDriver(connectionString: string, onError: (error: Error) => void): Promise<Driver> {
  const pool = new Pool({ connectionString, max: 20, idleTimeoutMillis: 30_000, ...TIMEOUTS });
  // An idle client losing its connection emits here; unhandled, it would crash the process.
  pool.on('error', onError);

  let closed = false;
  const listeners: Array<{ client?: Client; retry?: NodeJS.Timeout }> = [];

  // Named, so each connection parses a statement once (the relay runs a handful, thousands of times),
  // and plans it once too: its parameters are arrays and ids, which a generic plan serves as well as a
  // fresh plan per execution would, and planning was most of PostgreSQL's work per event.
  const names = new Map<string, string>();
  const configured = new WeakSet<PoolClient>();
  const run = async <T extends Row>(client: PoolClient, text: string, values?: unknown[]) => {
    if (!configured.has(client)) {
      await client.query('SET plan_cache_mode = force_generic_plan');
      configured.add(client);
    }
    const name = names.get(text) ?? names.set(text, `relay_${names.size}`).get(text)!;
    return (await client.query<T>({ name, text, values })).rows;
  };

  /**
   * Lends `work` a pooled client. A checked-out client losing its server emits 'error' (unhandled, it
   * would end the process) and fails its query; a client whose work failed is discarded, not reused.
   */
  const withClient = async <T>(work: (client: PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    let failed: Error | undefined;
    const lost = (error: Error) => (failed = error);
    client.on('error', lost);
    try {
      return await work(client);
    } catch (error) {
      failed ??= error as Error;
      throw error;
    } finally {
      client.off('error', lost);
      client.release(failed);
    }
  };

  return {
    kind: 'postgres',
    query: (sql, params) => withClient((client) => run(client, sql, params)),
    transaction: (work) =>
      withClient(async (client) => {
        await client.query('BEGIN');
        try {
          const result = await work({ query: (sql, params) => run(client, sql, params) });
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined); // the client is discarded anyway
          throw error;
        }
      }),
    async listen(channel, onNotify) {
      const listener: { client?: Client; retry?: NodeJS.Timeout } = {};
      listeners.push(listener);
      // One dedicated connection per channel, reopened after a drop; the poll covers any gap.
      const connect = async () => {
        if (closed) return;
        const client = new Client({ connectionString, ...TIMEOUTS });
        listener.client = client;
        const reconnect = (error?: Error) => {
          if (error) onError(error);
          client.removeAllListeners();
          client.on('error', () => undefined);
          client.end().catch(() => undefined);
          if (!closed && listener.client === client) listener.retry = setTimeout(connect, 1_000);
        };
        client.on('error', reconnect);
        client.on('notification', (message) => message.channel === channel && onNotify());
        try {
          await client.connect();
          await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
        } catch (error) {
          reconnect(error as Error);
        }
      };
      await connect();
    },
    async close() {
      closed = true;
      for (const listener of listeners) {
        clearTimeout(listener.retry);
        await listener.client?.end().catch(() => undefined);
      }
      await pool.end();
    },
  };
}
