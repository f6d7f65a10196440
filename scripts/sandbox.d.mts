// Types of sandbox.mjs for the TypeScript tests that call it (test/support/sandbox.ts, test/sandbox.test.ts).
export interface Sandbox {
  url: string;
  /** What Prism has logged since it started listening (requests, violations). */
  log: () => string;
  /** Resolves with Prism's exit code or signal, however it ends. */
  exited: Promise<number | string>;
  /** Whether stop() ended it. */
  stopping: () => boolean;
  stop: (options?: { graceMs?: number }) => Promise<void>;
}
export const SPEC: string;
export const DEFAULT_PORT: number;
export function startSandbox(options?: { port?: number; quiet?: boolean; timeoutMs?: number }): Promise<Sandbox>;
export function stopOnExit(starting: Promise<Sandbox>): void;
