// Zapier's Lambda runner exits the process once it has handled 250 invocations while its memory is
// above 450 MB, so that AWS starts a fresh one; a jest worker runs thousands of invocations, and an
// exit there kills the test run. Core has no public switch for it (zapier-platform-core 19.1.0: the
// limits are fixed constants, no option or environment variable), so the tests replace the module that
// src/tools/create-lambda-handler.js requires; core's package exports its src/* files. Recheck on upgrading core.
jest.mock('zapier-platform-core/src/tools/memory-checker', () => () => undefined);
