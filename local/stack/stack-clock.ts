// The local stack's clock: the Forge host's clock (wall time plus whatever advanceClock added) is the one truth, and
// the Jira stand-in reads it too, so JQL now() and created/updated dates agree with scheduled triggers.
// `--clock <speed>` runs it `speed` times faster: every tick adds (speed − 1) × tick of extra time.
export interface ClockSource {
  now(): Date;
  /** Until the Forge host exists, the wall clock. */
  follow(source: () => Date): void;
}

export function clockSource(): ClockSource {
  let source: () => Date = () => new Date();
  return {
    now: () => source(),
    follow: (next) => {
      source = next;
    },
  };
}

export interface Accelerator {
  stop(): void;
}

export function accelerate(advanceClock: (ms: number) => Promise<void>, speed: number, tickMs: number, report: (message: string) => void): Accelerator {
  const extra = Math.max(0, (speed - 1) * tickMs);
  const timer = setInterval(() => {
    advanceClock(extra).catch((error: unknown) => {
      report(`clock: advancing by ${extra} ms failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  }, tickMs);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
    },
  };
}
