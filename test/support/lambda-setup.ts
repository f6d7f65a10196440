// Zapier's Lambda runner exits the process once it has handled 250 invocations while its memory is
// above 450 MB, so that AWS starts a fresh one. A jest run is not a Lambda: it runs every suite's
// hundreds of invocations in one process (2 cores: in band), and an exit there kills the test run.
// The one place the tests reach into core's private paths: checked on zapier-platform-core 19.1.0,
// where src/tools/create-lambda-handler.js requires src/tools/memory-checker; recheck on upgrading core.
jest.mock('zapier-platform-core/src/tools/memory-checker', () => () => undefined);
