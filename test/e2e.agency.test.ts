// End to end on an agency connection: steps of every family of the built app (dist/) run against
// the local sandbox (Prism serving the official documents) with a sub-account chosen in the step.
// The sandbox checks the token exchange and every request against the documents. Needs `npm run build`.
import nock from 'nock';
import type { Step } from '../steps/define';
import contacts from '../families/contacts.steps';
import calendars from '../families/calendars.steps';
import opportunities from '../families/opportunities.steps';
import users from '../families/users.steps';
import businesses from '../families/businesses.steps';
import workflows from '../families/workflows.steps';
import conversations from '../families/conversations.steps';
import other from '../families/other.steps';
import apiRequest from '../creates/api/apiRequest';
import { AGENCY_AUTH, CHOSEN_SUB_ACCOUNT, exampleInput, oneStepAppTester } from './support/harness';

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

// Stopping Prism can take a while on a busy machine.
afterAll(async () => {
  delete process.env.GHL_API_BASE_URL;
  await sandbox?.stop();
}, 90000);

// The first visible trigger, action and search of each family (API Request included), and every agency-level step.
const families: Record<string, Step[]> = { contacts, calendars, opportunities, users, businesses, workflows, conversations, other, api: [apiRequest] };
const chosen = Object.entries(families).flatMap(([family, list]) =>
  (['trigger', 'create', 'search'] as const)
    .map((kind) => list.find((s) => s.kind === kind && !s.hidden))
    .filter((s): s is Step => Boolean(s))
    .map((s) => [family, s] as const));
const agencyLevel = Object.values(families).flat().filter((s) => !s.inSubAccount && !s.hidden).map((s) => ['agency', s] as const);
const cases = [...chosen, ...agencyLevel.filter(([, s]) => !chosen.some(([, c]) => c.key === s.key))];

it('covers every family, with sub-account and agency-level steps', () => {
  expect(new Set(cases.map(([family]) => family))).toEqual(new Set([...Object.keys(families), 'agency']));
  expect(cases.some(([, s]) => s.inSubAccount)).toBe(true);
  expect(cases.some(([, s]) => !s.inSubAccount)).toBe(true);
});

it.each(cases.map(([family, s]) => [`${family}: ${s.kind} ${s.key}`, s] as const))('%s runs on an agency connection', async (_name, step) => {
  const definition = built[SECTION[step.kind]][step.key];
  const before = sandbox.log().length;
  const bundle = {
    authData: AGENCY_AUTH,
    inputData: { ...exampleInput(step), locationId: CHOSEN_SUB_ACCOUNT },
    meta: { page: 0, limit: 10, timezone: 'America/New_York' },
  };
  // A fresh cache: each sub-account step exchanges the agency token first.
  const result = await appTester(definition.operation.perform, bundle, true).catch((error: Error) => {
    const violations = sandbox.log().slice(before).split('\n').filter((l) => /Violation|error/i.test(l));
    throw new Error(`${error.message}\nsandbox: ${violations.join('\n') || '(no violation logged)'}`);
  });
  expect(result).toBeDefined();
  const log = sandbox.log().slice(before);
  expect(log).not.toMatch(/Violation: request/);
  expect(/\] post \/oauth\/locationToken /.test(log)).toBe(step.inSubAccount);
});
