// PostgreSQL through a pg Pool; the choice for more than one relay process, and for durability.
import { Client, Pool, type PoolClient } from 'pg';
import type { Driver, Queryable, Row } from './driver';

// Bounded waits: a stuck or unreachable server must turn into an error (HighLevel gets a 429), not a hang.
const TIMEOUTS = { connectionTimeoutMillis: 5_000, statement_timeout: 10_000, query_timeout: 15_000 };

export async function postgresDriver(connectionString: string, onError: (error: Error) => void): Promise<Driver> {
  const pool = new Pool({ connectionString, max: 20, idleTimeoutMillis: 30_000, ...TIMEOUTS });
  // An idle client losing its connection emits here; unhandled, it would crash the process.
  pool.on('error', onError);
  let closed = false;
  const listeners: Array<{ client?: Client; retry?: NodeJS.Timeout }> = [];

  // Named, so each connection parses and plans a statement once (the relay runs a handful, many times).
  const names = new Map<string, string>();
  const run = async <T extends Row>(on: Pool | PoolClient, text: string, values?: unknown[]) => {
    const name = names.get(text) ?? names.set(text, `relay_${names.size}`).get(text)!;
    return (await on.query<T>({ name, text, values })).rows;
  };

  return {
    kind: 'postgres',
    query: (sql, params) => run(pool, sql, params),
    async transaction(work) {
      const client = await pool.connect();
      let broken: Error | undefined;
      // A checked-out client losing its server emits 'error' (unhandled, it would end the process);
      // the query in progress fails too, and the client is discarded instead of returned to the pool.
      const lost = (error: Error) => (broken = error);
      client.on('error', lost);
      try {
        await client.query('BEGIN');
        const tx: Queryable = { query: (sql, params) => run(client, sql, params) };
        const result = await work(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
        throw error;
      } finally {
        client.off('error', lost);
        client.release(broken);
      }
    },
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
