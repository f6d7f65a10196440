// What each target URL may take of a relay process: its rate (TargetLimiter), its share of the delivery
// slots and, for a target that keeps timing out, a circuit breaker (TargetSlots).

/**
 * Requests per second per target URL (GCRA: an even pace after a burst of a quarter second's worth, so
 * no one-second window goes far past the rate).
 * reserve() books the next slot and says how long to wait for it.
 */
export class TargetLimiter {
  private readonly next = new Map<string, number>();
  private intervalMs = 0;
  private burstMs = 0;

  constructor(private readonly ratePerSecond: number) {
    this.share(1);
  }

  /** `processes` relay processes deliver from one store: each takes its share of every target's rate. */
  share(processes: number): void {
    this.intervalMs = (1000 * Math.max(1, processes)) / this.ratePerSecond;
    this.burstMs = Math.max(0, 250 - this.intervalMs);
  }

  reserve(target: string, now = Date.now()): number {
    if (this.next.size > 10_000) for (const [key, at] of this.next) if (at < now) this.next.delete(key);
    const theoretical = Math.max(this.next.get(target) ?? now, now);
    this.next.set(target, theoretical + this.intervalMs);
    return Math.max(0, theoretical - this.burstMs - now);
  }
}

/** Consecutive requests without an answer (timeouts, refused connections) that open a target's breaker. */
export const BREAKER_FAILURES = 3;
/** The longest a breaker stays open before it lets one request through again. */
export const BREAKER_MAX_OPEN_MS = 5 * 60_000;

interface TargetState {
  /** Deliveries to it holding a slot (waiting for its rate or in flight). */
  busy: number;
  /** Requests in a row that got no answer. */
  failures: number;
  /** Times the breaker opened since the target last answered: each doubles the next open period. */
  trips: number;
  openUntil: number;
}

/**
 * Per target URL: at most `perTarget` deliveries hold slots at once, so one slow target cannot take the
 * slots every other target needs. A target that answers nothing BREAKER_FAILURES times in a row gets
 * nothing for `openMs` (doubling on each new trip, up to BREAKER_MAX_OPEN_MS), then one request at a
 * time until it answers again.
 */
export class TargetSlots {
  private readonly targets = new Map<string, TargetState>();

  constructor(
    private readonly perTarget: number,
    private readonly openMs: number,
    private readonly onOpen: (target: string, forMs: number) => void = () => undefined,
  ) {}

  /** Takes a slot for `target` (0), or says how long until it may have one (the caller waits elsewhere). */
  take(target: string, retryMs: number, now = Date.now()): number {
    const state = this.targets.get(target) ?? { busy: 0, failures: 0, trips: 0, openUntil: 0 };
    if (state.openUntil > now) return state.openUntil - now;
    if (state.busy >= this.capOf(state)) return retryMs;
    state.busy++;
    this.targets.set(target, state);
    return 0;
  }

  /** The slot taken for `target` is free; `answered` is false when the request got no answer at all. */
  done(target: string, answered: boolean, now = Date.now()): void {
    const state = this.targets.get(target);
    if (!state) return;
    state.busy--;
    if (answered) {
      state.failures = 0;
      state.trips = 0;
    } else if (++state.failures >= BREAKER_FAILURES) {
      state.trips++;
      const forMs = Math.min(BREAKER_MAX_OPEN_MS, this.openMs * 2 ** Math.min(state.trips - 1, 20));
      state.openUntil = now + forMs;
      this.onOpen(target, forMs);
    }
    if (!state.busy && !state.failures && state.openUntil <= now) this.targets.delete(target);
  }

  /** A slot for `target` given back unused (the delivery was not sent). */
  giveBack(target: string): void {
    const state = this.targets.get(target);
    if (!state) return;
    state.busy--;
    if (!state.busy && !state.failures && state.openUntil <= Date.now()) this.targets.delete(target);
  }

  /** Targets that can take nothing now (at their share, or breaker open): the lease query skips them. */
  full(now = Date.now()): string[] {
    const full: string[] = [];
    for (const [target, state] of this.targets) if (state.openUntil > now || state.busy >= this.capOf(state)) full.push(target);
    return full;
  }

  /** After an open period, one request at a time until the target answers. */
  private capOf(state: TargetState): number {
    return state.failures >= BREAKER_FAILURES ? 1 : this.perTarget;
  }
}
