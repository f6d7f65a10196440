// Tests of date handling run at a moment of their own, so they check the same thing on any day.
// Only Date is pinned (it stands still at `at`); timers, nextTick and the rest stay real, as nock
// and zapier-platform-core need them.
const REAL = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;

/** Pins the clock at `at` for each test of the calling block. */
export const pinClock = (at: string) => {
  beforeEach(() => jest.useFakeTimers({ now: Date.parse(at), doNotFake: [...REAL] }));
  afterEach(() => jest.useRealTimers());
};
