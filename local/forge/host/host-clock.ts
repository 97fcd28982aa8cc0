// The host clock: `now()` (default: the wall clock) plus whatever advanceClock has added. It drives scheduled
// triggers, queue delays and KVS timestamps/TTL; app code that calls `new Date()` still sees the wall clock.
export interface HostClock {
  readonly millis: () => number;
  /** Moves the clock forward to `at` (never backwards). */
  readonly moveTo: (at: number) => void;
}

export function createHostClock(now?: () => Date): HostClock {
  const base = (): number => (now === undefined ? Date.now() : now().getTime());
  let offset = 0;
  return {
    millis: () => base() + offset,
    moveTo: (at) => {
      const current = base() + offset;
      if (at > current) offset += at - current;
    },
  };
}

/** Runs calls one after another, so concurrent clock advances never interleave. */
export function serialise<A>(fn: (arg: A) => Promise<void>): (arg: A) => Promise<void> {
  let tail: Promise<void> = Promise.resolve();
  return (arg) => {
    const run = tail.then(() => fn(arg));
    tail = run.catch(() => undefined);
    return run;
  };
}
