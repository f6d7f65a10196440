// Types of demo-relay.mjs for the TypeScript tests that call it (test/relay/demo.test.ts, test/relay/support/zapier.ts).
/** Runs a method of `app` (`triggers.<key>.operation.perform`...) through core's handler; resolves with its results. */
export function invoker(app: object): (method: string, bundle: object) => Promise<unknown>;
export function showRelayPath(options?: { print?: (line: string) => void; signals?: boolean; first?: number }): Promise<{
  failures: number;
  /** The temporary folder of the relay's store, removed when it ends. */
  dir: string;
  relayPid: number | undefined;
}>;
