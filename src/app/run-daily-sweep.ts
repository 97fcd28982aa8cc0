// The daily sweep's entry: one invocation of the scheduled trigger or of its queue consumer. It takes the lease
// (a duplicate trigger steps aside), picks up today's run where it stopped (or starts one), runs phases while time
// lasts, and hands what is left to the queue. Jira being busy (429 after Retry-After waits, 5xx, time-outs) pauses
// the run the same way; nothing is lost, because every phase is resumable from the saved run.
import { JiraRequestError } from '../adapters/jira/jira-error';
import type { SetupState } from '../adapters/storage/setup-state';
import { EMPTY_TALLY, type SweepRun } from '../adapters/storage/sweep-state';
import type { CalendarSettings, EscalationSettings } from '../contracts/admin-settings';
import { todayIn } from '../domain/working-days';
import { runSweepPhases, type SweepPhasePorts } from './sweep-phases';

/** Stop starting new work with this much time left: one batch may spend 120 s in retries. */
export const TIME_RESERVE_MS = 150_000;
/** Longer than the 900 s limit, so only a dead holder's lease expires. */
export const LEASE_TTL_SECONDS = 960;
/** A run that keeps pausing stops handing itself on; the next day's trigger resumes it. */
export const MAX_INVOCATIONS_PER_RUN = 40;
export const BUSY_DELAY_SECONDS = 120;

export interface DailySweepPorts extends SweepPhasePorts {
  readonly readSetupState: () => Promise<SetupState | undefined>;
  readonly readCalendarSettings: () => Promise<CalendarSettings>;
  readonly readEscalationSettings: () => Promise<EscalationSettings>;
  readonly readRun: () => Promise<SweepRun | undefined>;
  readonly acquireLease: () => Promise<boolean>;
  readonly releaseLease: () => Promise<void>;
  /** Pushes a continuation onto the sweep queue, delivered after `delaySeconds`. */
  readonly continueLater: (delaySeconds: number) => Promise<void>;
  readonly remainingMs: () => number;
  /** Jira busy or unreachable (429 after waiting, 5xx, network): pause and continue later instead of failing. */
  readonly isTransient: (error: unknown) => boolean;
}

export type SweepOutcome =
  | { readonly status: 'busy' }
  | { readonly status: 'not-set-up' }
  | { readonly status: 'done' | 'paused'; readonly run: SweepRun };

function newRun(today: SweepRun['today'], now: Date, previous: SweepRun | undefined): SweepRun {
  return {
    today,
    startedAt: now.toISOString(),
    phase: 'schedule',
    finishedAt: null,
    reconcile: null,
    // Notifications sent by an unfinished earlier run must not be sent again.
    notified: previous?.phase === 'done' ? {} : (previous?.notified ?? {}),
    tally: EMPTY_TALLY,
    problems: [],
  };
}

/** `continuation`: invoked from the queue to carry on a run, never to start a new one. */
export async function runDailySweep(ports: DailySweepPorts, request: { readonly now: Date; readonly continuation: boolean }): Promise<SweepOutcome> {
  if (!(await ports.acquireLease())) return { status: 'busy' };
  let run: SweepRun | undefined;
  try {
    const state = await ports.readSetupState();
    if (state === undefined) return { status: 'not-set-up' };
    const [calendar, escalation, previous] = await Promise.all([ports.readCalendarSettings(), ports.readEscalationSettings(), ports.readRun()]);
    const today = todayIn(calendar.calendar, request.now);
    const resumable = previous !== undefined && previous.today === today && previous.phase !== 'done';
    // Someone else (a duplicate trigger) finished the run this continuation was queued for.
    if (request.continuation && previous !== undefined && !resumable) return { status: 'done', run: previous };
    const started: SweepRun = resumable ? previous : newRun(today, request.now, previous);
    run = { ...started, tally: { ...started.tally, invocations: started.tally.invocations + 1 } };
    await ports.writeRun(run);
    const hasTimeFor = (): boolean => ports.remainingMs() > TIME_RESERVE_MS;
    run = await runSweepPhases(ports, { state, calendar, escalation, today, now: request.now, hasTimeFor }, run);
    if (run.phase === 'done') return { status: 'done', run };
    await handOn(ports, run, 0);
    return { status: 'paused', run };
  } catch (error) {
    if (run === undefined) throw error;
    const latest = (await ports.readRun()) ?? run;
    const transient = ports.isTransient(error);
    const problem = transient ? `Jira was busy or unavailable (${describe(error)}); the sweep continues later.` : `The sweep stopped in phase ${latest.phase}: ${describe(error)}.`;
    const stopped = { ...latest, problems: [...latest.problems, problem].slice(-20) };
    await ports.writeRun(stopped);
    // Anything else is a fault waiting will not fix: it is reported (and the next day's run starts afresh).
    if (!transient) throw error;
    await handOn(ports, stopped, BUSY_DELAY_SECONDS);
    return { status: 'paused', run: stopped };
  } finally {
    await ports.releaseLease();
  }
}

async function handOn(ports: DailySweepPorts, run: SweepRun, delaySeconds: number): Promise<void> {
  if (run.tally.invocations >= MAX_INVOCATIONS_PER_RUN) return;
  // Released first: with immediate delivery the continuation may start before this invocation ends.
  await ports.releaseLease();
  await ports.continueLater(delaySeconds);
}

function describe(error: unknown): string {
  return error instanceof JiraRequestError ? `${error.status} from ${error.route}` : error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : 'unknown error';
}
