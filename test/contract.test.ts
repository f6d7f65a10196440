// Every step's requests, checked against the official HighLevel documents: method, path, Version
// header, required query and path parameters, and the JSON body against the request schema.
// A step that sends one request is checked on its request as built, without sending it; the first
// such step of each family, and every step with a perform of its own, also run through Zapier's app
// tester with HighLevel intercepted (the token added by beforeRequest, the exchange and its cache).
import { families, steps } from '../operations';
import type { Step } from '../steps/define';
import { AGENCY_READS, carriesConnectionToken, connectedLocation, isAgencyEndpoint, levelOf } from '../highlevel/connection';
import {
  AGENCY_AUTH,
  agencyBundleFor,
  appTester,
  AUTH,
  bundleFor,
  CHOSEN_SUB_ACCOUNT,
  clearZcache,
  expectZapOutput,
  interceptHighLevel,
  perform,
  subAccountTokenOf,
} from './support/harness';
import { asSent, catalog, fakeResponse, spec, violations, type SeenRequest } from './support/contract';

const allowed = (step: Step) => [step.endpoint, ...step.alsoCalls.map((c) => c.endpoint)];

/** Steps run through the app tester: those with a perform of their own, and one single-request step per family. */
const throughAppTester = new Set([
  ...steps.filter((s) => !s.single),
  ...Object.values(families)
    .map((family) => family.find((s) => s.single))
    .filter((s): s is Step => s !== undefined),
]);

/**
 * A single-request step's request as HighLevel receives it, checked, and the step's output of the
 * documented answer; the token is the one connection.ts says the request carries.
 */
const sendOnce = (step: Step, bundle: ReturnType<typeof bundleFor>) => {
  const out = step.single!.request(bundle as any);
  const token = carriesConnectionToken(bundle as any, out.template)
    ? bundle.authData.access_token
    : subAccountTokenOf(connectedLocation(bundle as any));
  const req = asSent(out, token);
  const checked = violations(req);
  const answer = checked.template ? fakeResponse(req.method, checked.template).body : undefined;
  return { req: { ...req, ...checked }, result: step.single!.output(answer, bundle as any) };
};

/** On a sub-account connection: every request satisfies the documents, calls the step's own endpoints and carries the connection's token. */
const expectDocumented = (step: Step, seen: (SeenRequest & { template?: string; problems: string[] })[]) => {
  for (const req of seen) {
    expect({ request: `${req.method} ${req.path}`, problems: req.problems }).toEqual({
      request: `${req.method} ${req.path}`,
      problems: [],
    });
    if (!step.anyEndpoint) expect(allowed(step)).toContain(`${req.method} ${req.template}`);
    expect(req.headers.authorization).toBe(`Bearer ${AUTH.access_token}`);
  }
};

describe.each(steps.map((s) => [`${s.kind} ${s.key}`, s] as const))('%s', (_name, step) => {
  // Only an agency lists its installed sub-accounts (Find Sub-Account, the Sub-Account dropdowns):
  // on a sub-account connection these stop before any request, saying so.
  if (step.single && step.endpoint === 'GET /oauth/installedLocations') {
    it('refuses a sub-account connection before any request, saying it needs an agency connection', () => {
      expect(() => sendOnce(step, bundleFor(step))).toThrow(/needs an agency connection/);
    });
  } else if (step.single) {
    it('builds the one request the official documents allow, and makes usable output of the answer', () => {
      const { req, result } = sendOnce(step, bundleFor(step));
      expectDocumented(step, [req]);
      expectZapOutput(step, result);
    });
  }

  if (step.single) {
    it(
      step.inSubAccount
        ? 'builds its request in the chosen sub-account, with its token, on an agency connection'
        : 'builds its request with the agency token on an agency connection',
      () => {
        const { req, result } = sendOnce(step, agencyBundleFor(step));
        expectTokens(step, [req]);
        expectZapOutput(step, result);
      },
    );
  }

  if (throughAppTester.has(step)) appTesterRuns(step);
  fieldRuns(step);
});

/** The step through Zapier's app tester, HighLevel intercepted by nock. */
function appTesterRuns(step: Step) {
  // An app-event trigger no endpoint can list shows its documented example for "Test trigger".
  if (step.relay?.example) {
    it('shows its documented example for "Test trigger", on either connection, asking HighLevel nothing', async () => {
      for (const bundle of [bundleFor(step), agencyBundleFor(step)]) {
        const seen = interceptHighLevel();
        const result = await perform(step, bundle);
        expect(result).toEqual([step.definition.operation.sample]);
        expectZapOutput(step, result);
        expect(seen).toHaveLength(0);
      }
    });
    return;
  }

  // App Installed's "Test trigger" lists the installed sub-accounts, which only an agency can.
  if (step.endpoint === 'GET /oauth/installedLocations') {
    it('refuses a sub-account connection before any request, saying it needs an agency connection', async () => {
      const seen = interceptHighLevel();
      await expect(perform(step, bundleFor(step))).rejects.toThrow(/needs an agency connection/);
      expect(seen).toHaveLength(0);
    });
  } else
    it('sends only requests the official documents allow, and returns usable output', async () => {
      const seen = interceptHighLevel();
      const result = await perform(step, bundleFor(step));
      expect(seen.length).toBeGreaterThan(0);
      expectDocumented(step, seen);
      expectZapOutput(step, result);
    });

  // Only polling triggers poll: an app-event trigger's performList runs for "Test trigger" only.
  if (step.kind === 'trigger' && !step.relay) {
    it('costs one request per ordinary poll', async () => {
      const seen = interceptHighLevel();
      await perform(step, bundleFor(step));
      expect(seen).toHaveLength(1);
    });
  }

  describe('on an agency connection', () => {
    beforeEach(clearZcache);

    it(step.inSubAccount ? 'runs in the chosen sub-account with its token, exchanged once' : 'runs with the agency token', async () => {
      const seen = interceptHighLevel();
      const result = await perform(step, agencyBundleFor(step));
      const exchanges = seen.filter((r) => r.template === '/oauth/locationToken');
      expect(exchanges).toHaveLength(step.inSubAccount ? 1 : 0);
      expect(seen.length).toBeGreaterThan(exchanges.length);
      expectTokens(step, seen);
      expectZapOutput(step, result);
      if (step.kind === 'trigger') {
        // The next poll reuses the cached token: one request, no exchange.
        const next = interceptHighLevel();
        await perform(step, agencyBundleFor(step));
        expect(next.filter((r) => r.template === '/oauth/locationToken')).toHaveLength(0);
        expect(next).toHaveLength(1);
      }
    });
  });
}

/** Every request satisfies the documents; the exchange carries the agency token, the rest the chosen sub-account's. */
function expectTokens(step: Step, seen: Parameters<typeof expectDocumented>[1]) {
  for (const req of seen) {
    expect({ request: `${req.method} ${req.path}`, problems: req.problems }).toEqual({
      request: `${req.method} ${req.path}`,
      problems: [],
    });
    if (req.template === '/oauth/locationToken') {
      expect(Object.fromEntries(new URLSearchParams(String(req.body)))).toEqual({
        companyId: AGENCY_AUTH.companyId,
        locationId: CHOSEN_SUB_ACCOUNT,
      });
    } else if (!step.anyEndpoint) {
      expect(allowed(step)).toContain(`${req.method} ${req.template}`);
    }
    const agencyToken = req.template === '/oauth/locationToken' || isAgencyEndpoint(req.path);
    expect(req.headers.authorization).toBe(`Bearer ${agencyToken ? AGENCY_AUTH.access_token : subAccountTokenOf(CHOSEN_SUB_ACCOUNT)}`);
  }
}

/** The step's field functions: the Sub-Account field (called directly) and the dynamic fields, which load from HighLevel. */
function fieldRuns(step: Step) {
  const { inputFields, outputFields } = step.definition.operation;
  type Loader = (z: any, bundle: any) => Promise<object[]>;
  const dynamic = [...inputFields, ...(outputFields ?? [])].filter((f) => typeof f === 'function') as Loader[];
  // Sub-account steps ask for the sub-account first, and only on agency connections.
  // App-event triggers of a sub-account ask which one to watch, whatever their "Test trigger" calls.
  const asks = (step.inSubAccount || Boolean(step.relay && !step.relay.agency)) && typeof inputFields[0] === 'function';
  const subAccountField = asks ? dynamic[0] : undefined;
  const loaders = asks ? dynamic.slice(1) : dynamic;
  if (loaders.length) {
    it('loads its dynamic input and output fields from documented endpoints', async () => {
      const seen = interceptHighLevel();
      for (const fn of loaders) {
        const fields = await appTester(fn, bundleFor(step) as any);
        expect(fields).toEqual(expect.arrayContaining([expect.objectContaining({ key: expect.any(String), label: expect.any(String) })]));
      }
      for (const req of seen) {
        expect(req.problems).toEqual([]);
        expect(allowed(step)).toContain(`${req.method} ${req.template}`);
      }
    });
  }

  describe('on an agency connection', () => {
    beforeEach(clearZcache);

    // Required wherever requests need it; workflow-webhook triggers read it only for "Test trigger";
    // app-event triggers watch the one chosen, or all ("All sub-accounts" heads their list).
    // The field function reads only the bundle: no app tester needed.
    it(subAccountField ? 'asks for the sub-account first, from the installed ones' : 'asks for no sub-account', async () => {
      if (!subAccountField) {
        expect(inputFields.some((f: any) => f.key === 'locationId' && f.dynamic?.startsWith('list_installed_sub_accounts'))).toBe(false);
        return;
      }
      expect(await subAccountField(undefined, bundleFor(step))).toEqual([]);
      expect(await subAccountField(undefined, agencyBundleFor(step))).toEqual([
        expect.objectContaining({
          key: 'locationId',
          label: 'Sub-Account',
          required: !step.anyEndpoint && (!step.instant || Boolean(step.relay)),
          dynamic: step.relay ? 'list_sub_accounts_to_watch.id.name' : 'list_installed_sub_accounts.id.name',
          altersDynamicFields: true,
        }),
      ]);
    });

    if (loaders.length) {
      it('loads its dynamic fields for the chosen sub-account, and none before one is chosen', async () => {
        const seen = interceptHighLevel();
        for (const fn of loaders) {
          const fields = await appTester(fn, agencyBundleFor(step) as any);
          expect(fields).toEqual(expect.arrayContaining([expect.objectContaining({ key: expect.any(String) })]));
        }
        expectTokens(step, seen);
        if (step.inSubAccount) {
          const none = interceptHighLevel();
          for (const fn of loaders) expect(await appTester(fn, agencyBundleFor(step, { inputData: {} }) as any)).toEqual([]);
          expect(none).toHaveLength(0);
        }
      });
    }
  });
}

describe('the catalog', () => {
  const kindOf = (entry: (typeof catalog)[number]) => (entry.catalogKind === 'trigger' ? ['trigger'] : ['create', 'search']);
  const implementation = (entry: (typeof catalog)[number]) =>
    steps.find((s) => (s.catalog ?? s.label) === entry.label && kindOf(entry).includes(s.kind));

  it.each(catalog.map((e) => [e.label, e] as const))('%s is implemented on its documented endpoint with its scopes', (_label, entry) => {
    const step = implementation(entry);
    expect(step).toBeDefined();
    expect(step!.endpoint).toBe(`${entry.method} ${entry.path}`);
    expect(step!.scopes).toEqual(expect.arrayContaining(entry.scopes));
  });

  it('reports coverage', () => {
    const done = catalog.filter((e) => implementation(e)?.endpoint === `${e.method} ${e.path}`);
    // Printed so CI logs show progress towards 126/126.
    console.log(`catalog coverage: ${done.length}/${catalog.length} operations`);
    expect(done).toHaveLength(catalog.length);
  });
});

describe("each endpoint's level (agency or sub-account)", () => {
  // The documents' security entries: Agency-Access (or Agency-Access-Only) without Location-Access is
  // the agency's; connection.ts names the few that allow both and act for the agency (AGENCY_READS).
  const documented = Object.entries(spec.paths as Record<string, Record<string, any>>).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([, op]) => Array.isArray(op?.security) && op.security.length)
      .map(([method, op]) => {
        const kinds = (op.security as object[]).flatMap((entry) => Object.keys(entry));
        const agencyOnly =
          kinds.some((k) => k.startsWith('Agency-Access')) && !kinds.includes('Location-Access') && !kinds.includes('bearer');
        return [`${method.toUpperCase()} ${path}`, path, agencyOnly || AGENCY_READS.includes(path) ? 'agency' : 'subAccount'] as const;
      }),
  );

  it.each(documented)('%s is %s-level as the documents say', (_endpoint, path, level) => {
    expect(levelOf(path)).toBe(level);
  });

  it.each([
    ['/locations/ve9EPM428h8vShlRW1KT', 'agency'],
    ['/locations/', 'agency'],
    ['/companies/UAXssdawIWAWD', 'agency'],
    ['/snapshots', 'agency'],
    ['/oauth/installedLocations', 'agency'],
    ['/locations/ve9EPM428h8vShlRW1KT/customFields', 'subAccount'],
    ['/contacts/seD4PfOuKoVMLkEZqohJ', 'subAccount'],
    ['/users/', 'subAccount'],
  ])('the concrete path %s is %s-level', (path, level) => {
    expect(levelOf(path)).toBe(level);
  });

  // A step acts in a sub-account exactly when one of its documented endpoints does (API Request's
  // stand-in endpoint is undocumented: it names whichever the user gives).
  it.each(steps.map((s) => [s.key, s] as const))('%s is at the level of the endpoints it calls', (_key, step) => {
    const levels = [step.endpoint, ...step.alsoCalls.map((c) => c.endpoint)].map(
      (e) => documented.find(([endpoint]) => endpoint === e)?.[2] ?? 'subAccount',
    );
    expect(step.inSubAccount).toBe(levels.includes('subAccount'));
  });
});
