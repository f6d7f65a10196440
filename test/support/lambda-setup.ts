// Zapier's Lambda runner exits the process once it has handled 250 invocations while its memory is
// above 450 MB, so that AWS starts a fresh one. A jest run is not a Lambda: it runs every suite's
// hundreds of invocations in one process (2 cores: in band), and an exit there kills the test run.
jest.mock('zapier-platform-core/src/tools/memory-checker', () => () => undefined);
