// Every suite runs offline. Each jest worker runs several files in one process, and nock patches
// Node's http globally, so each file must remove its patch when done or the next file's nock is shadowed.
import nock from 'nock';

beforeAll(() => {
  if (!nock.isActive()) nock.activate();
  nock.disableNetConnect();
});
afterEach(() => nock.cleanAll());
afterAll(() => nock.restore());
