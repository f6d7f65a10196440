// Every suite runs offline. Each jest worker runs several files in one process, and nock patches
// Node's http globally, so each file must remove its patch when done or the next file's nock is shadowed.
import nock from 'nock';

beforeAll(() => {
  if (!nock.isActive()) nock.activate();
  nock.disableNetConnect();
});
afterEach(() => nock.cleanAll());
afterAll(() => nock.restore());

// Core kills a Lambda process that has run 250 invocations and holds 450 MB, so Zapier can start a
// fresh one. A jest worker running every step of the contract is such a process by design: keep the
// kill switch out of the tests (memory is watched by the benchmark, not by a process exit).
jest.mock('zapier-platform-core/src/tools/memory-checker', () => () => undefined);
