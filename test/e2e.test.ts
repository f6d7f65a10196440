// End to end: every visible operation of the built app (dist/, as zapier-platform loads it) runs
// against the local sandbox (Prism serving the official documents), which rejects any request that
// breaks them. Needs `npm run build` first, as `npm test` does.
import nock from 'nock';
import { steps } from '../operations';
import { AUTH, exampleInput, oneStepAppTester } from './support/harness';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSandbox } = require('../scripts/sandbox.js');
// The built app, not the TypeScript sources.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const built = require('../index.js');
const appTester = oneStepAppTester(built);

const SECTION = { trigger: 'triggers', create: 'creates', search: 'searches' } as const;
let sandbox: { url: string; stop: () => Promise<void>; log: () => string };

beforeAll(async () => {
  nock.enableNetConnect('127.0.0.1');
  sandbox = await startSandbox();
  process.env.GHL_API_BASE_URL = sandbox.url;
}, 90000);

afterAll(async () => {
  delete process.env.GHL_API_BASE_URL;
  await sandbox?.stop(); // bounded: SIGKILL after 3 s
}, 10000);

const visible = steps.filter((s) => !s.hidden);

it('covers every visible operation', () => {
  expect(visible.length).toBeGreaterThan(100);
});

it.each(visible.map((s) => [`${s.kind} ${s.key}`, s] as const))('%s runs against the sandbox', async (_name, step) => {
  const definition = built[SECTION[step.kind]][step.key];
  const before = sandbox.log().length;
  const run = appTester(step.instant ? definition.operation.performList : definition.operation.perform, {
    authData: AUTH,
    inputData: exampleInput(step),
    meta: { page: 0, limit: 10, timezone: 'America/New_York' },
  });
  const result = await run.catch((error: Error) => {
    // Prism logs each violation of the documents; show them with the failure.
    const violations = sandbox.log().slice(before).split('\n').filter((l) => /Violation|error/i.test(l));
    throw new Error(`${error.message}\nsandbox: ${violations.join('\n') || '(no violation logged)'}`);
  });
  expect(result).toBeDefined();
  expect(sandbox.log().slice(before)).not.toMatch(/Violation: request/);
});
