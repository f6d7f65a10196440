// The closing line counts a suite that fails outside its tests: jest runs the fixture suites in
// test/support/reporter-fixtures (one passes, one cannot load, one fails in beforeAll, one in afterAll).
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const fixtures = path.join(__dirname, 'support', 'reporter-fixtures');

it('counts suites that fail to load or fail in a hook as failed', () => {
  const config = {
    rootDir: fixtures,
    testMatch: ['**/*.fixture.js'],
    reporters: [path.join(__dirname, 'support', 'summary-reporter.js')],
  };
  const run = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), '--config', JSON.stringify(config)], {
    encoding: 'utf8',
  });
  expect(run.status).toBe(1);
  // Two tests pass (passes, fails-in-hook); fails-before-all's test fails; fails-to-load and
  // fails-in-hook count one failure each.
  expect(run.stdout).toMatch(/^jest: 2 passed, 3 failed$/m);
});
