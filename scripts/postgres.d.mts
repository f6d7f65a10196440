// Types of postgres.mjs for the TypeScript tests that call it (test/relay/support/global-setup.ts).
export interface Postgres {
  /** postgres://relay:relay@127.0.0.1:<port> */
  url: string;
  stop: () => Promise<void>;
}
export function startPostgres(dir: string, options?: { durable?: boolean }): Promise<Postgres>;
