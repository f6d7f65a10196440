// Requests per poll, for the benchmark: every polling trigger of the built app (dist/, as Zapier
// loads it) polls twice against an intercepted HighLevel that answers `{}`; the second poll is the
// ordinary one (first polls may fill Zapier's cache, e.g. pipeline stage names). Counts, not times.
import { createRequire } from 'node:module';
import * as path from 'node:path';

const require = createRequire(import.meta.url);
// Core logs every invocation's memory use unless it is being tested, which this is; it reads
// NODE_ENV as it loads, so core is required (not imported, which would load it first) after this.
process.env.NODE_ENV = process.env.NODE_ENV || 'test';
const nock = require('nock');
const zapier = require('zapier-platform-core');

const root = path.resolve(import.meta.dirname, '..');
const BASE_URL = 'https://services.leadconnectorhq.com';

/** `{ trigger key: [requests on the first poll, requests on the next] }` for every visible polling trigger. */
export async function requestsPerPoll() {
  const app = require(path.join(root, 'index.js'));
  const auth = { access_token: 'bench', locationId: 've9EPM428h8vShlRW1KT', companyId: 'c1', userType: 'Location', userId: 'u1' };
  if (!nock.isActive()) nock.activate(); // after another measurement's restore()
  nock.disableNetConnect();
  let count = 0;
  const scope = nock(BASE_URL).persist();
  for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
    scope
      .intercept(() => true, method)
      .reply(() => {
        count += 1;
        return [200, '{}'];
      });
  }
  const out = {};
  try {
    for (const [key, trigger] of Object.entries(app.triggers)) {
      const op = trigger.operation;
      if (trigger.display.hidden || op.type === 'hook') continue;
      const tester = zapier.createAppTester({ ...app, triggers: { [key]: trigger }, creates: {}, searches: {}, searchOrCreates: {} });
      const polls = [];
      for (let i = 0; i < 2; i++) {
        count = 0;
        // Filters stay empty, as on an ordinary Zap; a trigger that needs one is counted with a dummy.
        const inputData = Object.fromEntries((op.inputFields ?? []).filter((f) => f.required && f.key).map((f) => [f.key, 'x1']));
        await tester(op.perform, { authData: auth, inputData, meta: { page: 0, limit: 100, timezone: 'America/New_York' } }).catch(
          () => undefined,
        );
        polls.push(count);
      }
      out[key] = polls;
    }
  } finally {
    nock.cleanAll();
    nock.restore();
  }
  return out;
}
