// Prints one plain closing line ("jest: N passed, N failed") that CI logs and tools can read.
// A suite that fails outside its tests (it cannot be loaded, or a beforeAll/afterAll hook throws)
// counts as one failure more: jest's own failed-test count leaves it out.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const brokenSuites = results.testResults.filter((suite) => suite.testExecError).length;
    const failed = results.numFailedTests + brokenSuites;
    const skipped = results.numPendingTests + results.numTodoTests;
    console.log(`jest: ${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
}
module.exports = SummaryReporter;
