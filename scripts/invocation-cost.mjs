// Invocation cost, for the benchmark: CPU per warm poll through zapier-platform-core's own handler
// (createAppHandler, as Zapier's Lambda calls it), for the built app and for a one-step app built
// with the same core. Core compiles and deep-copies the whole app definition on every invocation,
// so the difference is what this app's definition costs each poll. HighLevel is intercepted
// (nock answers `{}`): network time is left out, only core's and the app's own work is measured.
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// Core logs every invocation's memory use unless it is being tested, which this is; it reads
// NODE_ENV as it loads, so core is required (not imported, which would load it first) after this.
process.env.NODE_ENV = process.env.NODE_ENV || 'test';
const nock = require('nock');
const zapier = require('zapier-platform-core');
const root = path.resolve(import.meta.dirname, '..');
const { DEFAULT_BASE_URL } = require(path.join(root, 'dist', 'highlevel', 'api.js'));

const TRIGGER = 'get_contact_tasks';
const BUNDLE = {
  authData: { access_token: 'bench', locationId: 've9EPM428h8vShlRW1KT', companyId: 'c1', userType: 'Location', userId: 'u1' },
  inputData: { contactId: 'seD4PfOuKoVMLkEZqohJ' },
  meta: { page: 0, limit: 100, timezone: 'America/New_York' },
};

/** A one-step app on the same core: one polling trigger making the same single request. */
const oneStepApp = () => ({
  version: '1.0.0',
  platformVersion: zapier.version,
  triggers: {
    [TRIGGER]: {
      key: TRIGGER,
      noun: 'Task',
      display: { label: 'Get Contact Tasks', description: 'Triggers when a task is added to a contact.' },
      operation: {
        perform: async (z, bundle) => {
          const response = await z.request(`${DEFAULT_BASE_URL}/contacts/${bundle.inputData.contactId}/tasks`);
          return response.data.tasks ?? [];
        },
        sample: { id: 't1', title: 'Call back' },
      },
    },
  },
});

/** Values in the app definition, counted the way core's per-invocation copies walk it. */
const countNodes = (value) => 1 + (value && typeof value === 'object' ? Object.values(value).reduce((n, v) => n + countNodes(v), 0) : 0);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Median CPU and wall milliseconds of `runs` warm invocations of `app`'s poll, after `warmup` unmeasured ones. */
async function measure(app, { runs, warmup }) {
  const handler = zapier.createAppHandler(app);
  const event = { command: 'execute', method: `triggers.${TRIGGER}.operation.perform`, bundle: BUNDLE };
  const cpu = [];
  const wall = [];
  for (let i = 0; i < warmup + runs; i++) {
    const startCpu = process.cpuUsage();
    const startWall = process.hrtime.bigint();
    await handler(structuredClone(event));
    const used = process.cpuUsage(startCpu);
    if (i >= warmup) {
      cpu.push((used.user + used.system) / 1000);
      wall.push(Number(process.hrtime.bigint() - startWall) / 1e6);
    }
  }
  return { cpuMs: median(cpu), wallMs: median(wall) };
}

/**
 * The built app's warm poll against the same trigger in an app holding only it (so the difference
 * is the rest of the definition) and against a minimal one-step app; `ratio` is app / one-step CPU.
 */
export async function invocationCost({ runs = 40, warmup = 10, app = require(path.join(root, 'index.js')) } = {}) {
  const sliced = { ...app, triggers: { [TRIGGER]: app.triggers[TRIGGER] }, creates: {}, searches: {}, searchOrCreates: {} };
  if (!nock.isActive()) nock.activate(); // after another measurement's restore()
  nock.disableNetConnect();
  nock(DEFAULT_BASE_URL).persist().get(/.*/).reply(200, '{}');
  try {
    const full = await measure(app, { runs, warmup });
    const alone = await measure(sliced, { runs, warmup });
    const one = await measure(oneStepApp(), { runs, warmup });
    const definitionNodes = countNodes(app);
    return { trigger: TRIGGER, runs, app: full, stepAlone: alone, oneStep: one, ratio: full.cpuMs / one.cpuMs, definitionNodes };
  } finally {
    nock.cleanAll();
    nock.restore();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  invocationCost().then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
