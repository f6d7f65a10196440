// The little the store needs from a database, so the same SQL runs on PostgreSQL (pg) and PGlite.

export type Row = Record<string, unknown>;

export interface Queryable {
  /** One statement; `$1`-style parameters. */
  query<T extends Row = Row>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Driver extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Calls `onNotify` on each NOTIFY on `channel` from any process sharing the database. */
  listen(channel: string, onNotify: () => void): Promise<void>;
  close(): Promise<void>;
}
