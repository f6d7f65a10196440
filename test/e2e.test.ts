// End to end: every visible operation of the built app runs against the sandbox on a sub-account
// connection without a request the official documents reject.
import { steps } from '../operations';
import { minimalInput } from '../readme';
import { AUTH, exampleInput, expectZapOutput } from './support/harness';
import { useSandbox } from './support/sandbox';

const run = useSandbox();
const visible = steps.filter((s) => !s.hidden);

it('covers every visible operation', () => {
  expect(visible.length).toBeGreaterThan(100);
});

it.each(visible.map((s) => [`${s.kind} ${s.key}`, s] as const))('%s runs against the sandbox', async (_name, step) => {
  const { result, log } = await run(step, {
    authData: AUTH,
    inputData: exampleInput(step),
    meta: { page: 0, limit: 10, timezone: 'America/New_York' },
  });
  expectZapOutput(step, result);
  expect(log).not.toMatch(/Violation: request/);
});

// The inputs docs/reference.md's `invoke` commands give: required fields and one of each "one of" group.
it.each(visible.filter((s) => !s.instant).map((s) => [`${s.kind} ${s.key}`, s] as const))(
  "%s runs with the reference's example input",
  async (_name, step) => {
    const { result, log } = await run(step, { authData: AUTH, inputData: minimalInput(step), meta: { page: 0, limit: 10, timezone: 'America/New_York' } });
    expectZapOutput(step, result);
    expect(log).not.toMatch(/Violation: request/);
  },
);
