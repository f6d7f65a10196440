// The end-to-end suites: the built app (dist/, as zapier-platform loads it) against the local
// sandbox (Prism serving the official documents), which rejects any request that breaks them.
// Needs `npm run build` first, as `npm test` does.
import nock from 'nock';
import { startSandbox, type Sandbox } from '../../scripts/sandbox.mjs';
import type { Step } from '../../steps/define';
import { oneStepAppTester, serveZapierFiles } from './harness';

// The built app, not the TypeScript sources (plain JavaScript, which TypeScript does not read).
const built = require('../../index.js');
const appTester = oneStepAppTester(built);
const SECTION = { trigger: 'triggers', create: 'creates', search: 'searches' } as const;

/** Starts the sandbox before the suite's tests and stops it after (bounded: SIGKILL after 3 s). */
export const useSandbox = () => {
  let sandbox: Sandbox | undefined;
  beforeAll(async () => {
    nock.enableNetConnect('127.0.0.1');
    sandbox = await startSandbox();
    process.env.GHL_API_BASE_URL = sandbox!.url;
  }, 90000);
  afterAll(async () => {
    delete process.env.GHL_API_BASE_URL;
    await sandbox?.stop();
  }, 10000);

  /**
   * Runs a step of the built app (an instant trigger: its polling fallback) and returns its result
   * with what the sandbox logged meanwhile; a failure shows the violations Prism logged.
   */
  return async (step: Step, bundle: object, freshCache = false): Promise<{ result: unknown; log: string }> => {
    const op = built[SECTION[step.kind]][step.key].operation;
    // File fields' examples are files Zapier hands over; uploads download them first (nock is reset after each test).
    serveZapierFiles();
    const before = sandbox!.log().length;
    const result = await appTester(step.instant ? op.performList : op.perform, bundle, freshCache).catch((error: Error) => {
      const violations = sandbox!
        .log()
        .slice(before)
        .split('\n')
        .filter((l) => /Violation|error/i.test(l));
      throw new Error(`${error.message}\nsandbox: ${violations.join('\n') || '(no violation logged)'}`);
    });
    return { result, log: sandbox!.log().slice(before) };
  };
};
