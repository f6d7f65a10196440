// End to end: every visible operation of the built app runs against the sandbox on a sub-account
// connection without a request the official documents reject, and gives what a later Zap step maps
// (expectZapOutput, test/support/harness.ts): a record with its ID, or at least one item, each with
// its ID, and the keys of the step's sample.
import { isDeepStrictEqual } from 'node:util';
import { steps } from '../operations';
import { minimalInput } from '../readme';
import { AUTH, exampleInput, expectZapOutput } from './support/harness';
import { useSandbox } from './support/sandbox';

const run = useSandbox();
const visible = steps.filter((s) => !s.hidden);
// Only an agency lists its installed sub-accounts (Find Sub-Account, App Installed's "Test trigger"):
// here they say so; test/e2e.agency.test.ts runs them on an agency connection.
const agencyOnly = (s: (typeof steps)[number]) => s.endpoint === 'GET /oauth/installedLocations' && !s.relay?.example;
const onSubAccount = visible.filter((s) => !agencyOnly(s));

it('covers every visible operation', () => {
  expect(visible.length).toBeGreaterThan(100);
});

it.each(visible.filter(agencyOnly).map((s) => [`${s.kind} ${s.key}`, s] as const))(
  '%s says it needs an agency connection',
  async (_name, step) => {
    await expect(run(step, { authData: AUTH, inputData: exampleInput(step), meta: { page: 0, limit: 10 } })).rejects.toThrow(
      /needs an agency connection/,
    );
  },
);

it.each(onSubAccount.map((s) => [`${s.kind} ${s.key}`, s] as const))('%s runs against the sandbox', async (_name, step) => {
  const { result, log } = await run(step, {
    authData: AUTH,
    inputData: exampleInput(step),
    meta: { page: 0, limit: 10, timezone: 'America/New_York' },
  });
  expectZapOutput(step, result);
  expect(log).not.toMatch(/Violation: request/);
});

// The inputs docs/reference.md's `invoke` commands give: required fields and one of each "one of"
// group. Only where they differ from every field filled as the step reads it (the custom field
// reaches only steps that load custom fields): elsewhere the case above already runs them.
const asRead = (step: (typeof steps)[number], input: Record<string, unknown>) =>
  step.loadsFields ? input : Object.fromEntries(Object.entries(input).filter(([key]) => !key.startsWith('customField__')));
const ownReference = (step: (typeof steps)[number]) =>
  !step.instant && !isDeepStrictEqual(minimalInput(step), asRead(step, exampleInput(step)));

it.each(onSubAccount.filter(ownReference).map((s) => [`${s.kind} ${s.key}`, s] as const))(
  "%s runs with the reference's example input",
  async (_name, step) => {
    const { result, log } = await run(step, {
      authData: AUTH,
      inputData: minimalInput(step),
      meta: { page: 0, limit: 10, timezone: 'America/New_York' },
    });
    expectZapOutput(step, result);
    expect(log).not.toMatch(/Violation: request/);
  },
);
