// Every step's requests, checked against the official HighLevel documents: method, path, Version
// header, required query and path parameters, and the JSON body against the request schema.
import nock from 'nock';
import { steps } from '../operations';
import type { Step } from '../steps/define';
import { appTester, AUTH, bundleFor, interceptHighLevel, perform } from './support/harness';
import { catalog } from './support/contract';


beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const allowed = (step: Step) => [step.endpoint, ...step.alsoCalls.map((c) => c.endpoint)];

describe.each(steps.map((s) => [`${s.kind} ${s.key}`, s] as const))('%s', (_name, step) => {
  it('sends only requests the official documents allow, and returns usable output', async () => {
    const seen = interceptHighLevel();
    const result = await perform(step, bundleFor(step));
    expect(seen.length).toBeGreaterThan(0);
    for (const req of seen) {
      expect({ request: `${req.method} ${req.path}`, problems: req.problems }).toEqual({ request: `${req.method} ${req.path}`, problems: [] });
      if (!step.anyEndpoint) expect(allowed(step)).toContain(`${req.method} ${req.template}`);
      expect(req.headers.authorization).toBe(`Bearer ${AUTH.access_token}`);
    }
    if (step.kind === 'create') expect(result).toEqual(expect.any(Object));
    else {
      expect(Array.isArray(result)).toBe(true);
      for (const item of result as any[]) expect(item).toHaveProperty('id');
    }
  });

  it('costs one request per ordinary poll', async () => {
    if (step.kind !== 'trigger') return;
    const seen = interceptHighLevel();
    await perform(step, bundleFor(step));
    expect(seen).toHaveLength(1);
  });

  const { inputFields, outputFields } = step.definition.operation;
  type Loader = (z: any, bundle: any) => Promise<object[]>;
  const dynamic = [...inputFields, ...outputFields].filter((f) => typeof f === 'function') as Loader[];
  if (dynamic.length) {
    it('loads its dynamic input and output fields from documented endpoints', async () => {
      const seen = interceptHighLevel();
      for (const fn of dynamic) {
        const fields = await appTester(fn, bundleFor(step) as any);
        expect(fields).toEqual(expect.arrayContaining([expect.objectContaining({ key: expect.any(String), label: expect.any(String) })]));
      }
      for (const req of seen) {
        expect(req.problems).toEqual([]);
        expect(allowed(step)).toContain(`${req.method} ${req.template}`);
      }
    });
  }
});

describe('the catalog', () => {
  const kindOf = (entry: (typeof catalog)[number]) => (entry.catalogKind === 'trigger' ? ['trigger'] : ['create', 'search']);
  const implementation = (entry: (typeof catalog)[number]) =>
    steps.find((s) => s.label === entry.label && kindOf(entry).includes(s.kind));

  it.each(catalog.map((e) => [e.label, e] as const))(
    '%s is implemented on its documented endpoint with its scopes',
    (_label, entry) => {
      const step = implementation(entry);
      expect(step).toBeDefined();
      expect(step!.endpoint).toBe(`${entry.method} ${entry.path}`);
      expect(step!.scopes).toEqual(expect.arrayContaining(entry.scopes));
    },
  );

  it('reports coverage', () => {
    const done = catalog.filter((e) => implementation(e)?.endpoint === `${e.method} ${e.path}`);
    // Printed so CI logs show progress towards 126/126.
    console.log(`catalog coverage: ${done.length}/${catalog.length} operations`);
    expect(done).toHaveLength(catalog.length);
  });
});
