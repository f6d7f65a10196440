// End to end on an agency connection: steps of every family of the built app (dist/) run against
// the local sandbox (Prism serving the official documents) with a sub-account chosen in the step.
// The sandbox checks the token exchange and every request against the documents. Needs `npm run build`.
import { families } from '../operations';
import type { Step } from '../steps/define';
import { AGENCY_AUTH, CHOSEN_SUB_ACCOUNT, exampleInput, expectZapOutput } from './support/harness';
import { useSandbox } from './support/sandbox';

const run = useSandbox();

// The first visible trigger, action and search of each family (API Request included), the first
// trigger of each instant kind (a family's first trigger is a polling one), and every agency-level step.
const instantKinds = [(s: Step) => Boolean(s.workflowTrigger), (s: Step) => Boolean(s.relay)];
const chosen = [
  ...Object.entries(families).flatMap(([family, list]) =>
    (['trigger', 'create', 'search'] as const)
      .map((kind) => list.find((s) => s.kind === kind && !s.hidden))
      .filter((s): s is Step => Boolean(s))
      .map((s) => [family, s] as const),
  ),
  ...instantKinds.map(
    (isKind) => Object.entries(families).flatMap(([family, list]) => list.filter(isKind).map((s) => [family, s] as const))[0],
  ),
];
const agencyLevel = Object.values(families)
  .flat()
  .filter((s) => !s.inSubAccount && !s.hidden)
  .map((s) => ['agency', s] as const);
const cases = [...chosen, ...agencyLevel.filter(([, s]) => !chosen.some(([, c]) => c.key === s.key))];

it('covers every family, with sub-account and agency-level steps', () => {
  expect(new Set(cases.map(([family]) => family))).toEqual(new Set([...Object.keys(families), 'agency']));
  expect(cases.some(([, s]) => s.inSubAccount)).toBe(true);
  expect(cases.some(([, s]) => !s.inSubAccount)).toBe(true);
});

it.each(cases.map(([family, s]) => [`${family}: ${s.kind} ${s.key}`, s] as const))(
  '%s runs on an agency connection',
  async (_name, step) => {
    const bundle = {
      authData: AGENCY_AUTH,
      inputData: { ...exampleInput(step), locationId: CHOSEN_SUB_ACCOUNT },
      meta: { page: 0, limit: 10, timezone: 'America/New_York' },
    };
    // A fresh cache: each sub-account step exchanges the agency token first.
    const { result, log } = await run(step, bundle, true);
    expectZapOutput(step, result);
    expect(log).not.toMatch(/Violation: request/);
    expect(/\] post \/oauth\/locationToken /.test(log)).toBe(step.inSubAccount);
  },
);
