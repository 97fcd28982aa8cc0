// The daily sweep's phases in order — schedule checks, reconcile read models, detect late work, escalate it,
// publish the derived read models — each resumable: the run state records the phase reached and its cursor, and
// every phase is safe to repeat. A phase that runs out of time returns 'paused' and the next invocation goes on.
import type { SetupState } from '../adapters/storage/setup-state';
import type { SweepPhase, SweepRun } from '../adapters/storage/sweep-state';
import type { CalendarSettings, EscalationSettings } from '../contracts/admin-settings';
import type { LocalDate } from '../domain/local-date';
import { detectOverdueWork, type DetectOverduePorts } from './detect-overdue-work';
import { escalateOverdueWork, type EscalatePorts } from './escalate-overdue-work';
import { reconcileReadModels, type ReconcilePorts } from './reconcile-read-models';
import { refreshCoverage, type RefreshCoveragePorts } from './refresh-coverage';
import { refreshKpiSummaries, type RefreshKpiPorts } from './refresh-kpi-summaries';
import { scheduleDueChecks, type ScheduleDueChecksPorts } from './schedule-due-checks';

type WithoutTime<P> = Omit<P, 'hasTimeFor'>;

export interface SweepPhasePorts {
  readonly schedule: WithoutTime<ScheduleDueChecksPorts>;
  readonly reconcile: Omit<ReconcilePorts, 'hasTimeFor' | 'saveCursor'>;
  readonly readReconciledAt: () => Promise<string | undefined>;
  readonly writeReconciledAt: (at: string) => Promise<void>;
  readonly detect: WithoutTime<DetectOverduePorts>;
  readonly escalate: Omit<EscalatePorts, 'hasTimeFor' | 'readJournal' | 'saveJournal'>;
  readonly coverage: RefreshCoveragePorts;
  readonly kpis: RefreshKpiPorts;
  readonly markRefreshed: (at: string) => Promise<void>;
  readonly writeRun: (run: SweepRun) => Promise<void>;
}

export interface SweepContext {
  readonly state: SetupState;
  readonly calendar: CalendarSettings;
  readonly escalation: EscalationSettings;
  readonly today: LocalDate;
  readonly now: Date;
  readonly hasTimeFor: () => boolean;
}

const NEXT: Readonly<Record<Exclude<SweepPhase, 'done'>, SweepPhase>> = { schedule: 'reconcile', reconcile: 'detect', detect: 'escalate', escalate: 'publish', publish: 'done' };
const MAX_PROBLEMS = 20;

function withProblems(run: SweepRun, problems: readonly string[]): SweepRun {
  return problems.length === 0 ? run : { ...run, problems: [...run.problems, ...problems].slice(-MAX_PROBLEMS) };
}

/** Runs one phase; returns the run after it (phase advanced when it completed) and whether it completed. */
async function runPhase(ports: SweepPhasePorts, context: SweepContext, run: SweepRun, phase: Exclude<SweepPhase, 'done'>): Promise<{ run: SweepRun; complete: boolean }> {
  const { state, today, now, hasTimeFor } = context;
  const at = now.toISOString();
  switch (phase) {
    case 'schedule': {
      const result = await scheduleDueChecks(
        { ...ports.schedule, hasTimeFor },
        { state, today, at, calendar: context.calendar.calendar, reportWorkingDays: context.calendar.reportDeadlineWorkingDays },
      );
      const tally = { ...run.tally, created: run.tally.created + result.created, adopted: run.tally.adopted + result.adopted, createFailures: run.tally.createFailures + result.problems.length };
      return { run: withProblems({ ...run, tally }, result.problems), complete: result.complete };
    }
    case 'reconcile': {
      let current = run;
      const saveCursor = async (cursor: NonNullable<SweepRun['reconcile']>): Promise<void> => {
        current = { ...current, reconcile: cursor };
        await ports.writeRun(current);
      };
      const reconciledAt = await ports.readReconciledAt();
      const result = await reconcileReadModels({ ...ports.reconcile, saveCursor, hasTimeFor }, { state, today, now, reconciledAt, cursor: current.reconcile });
      const tally = { ...current.tally, reconciled: current.tally.reconciled + result.issues };
      if (!result.complete) return { run: { ...current, tally }, complete: false };
      await ports.writeReconciledAt(result.watermark);
      return { run: { ...current, tally, reconcile: null }, complete: true };
    }
    case 'detect': {
      const result = await detectOverdueWork({ ...ports.detect, hasTimeFor }, { state, today });
      return result.complete ? { run: { ...run, tally: { ...run.tally, overdue: result.overdue } }, complete: true } : { run, complete: false };
    }
    case 'escalate': {
      let current = run;
      const saveJournal = async (notified: Readonly<Record<string, number>>): Promise<void> => {
        current = { ...current, notified: { ...notified } };
        await ports.writeRun(current);
      };
      const result = await escalateOverdueWork({ ...ports.escalate, hasTimeFor, saveJournal, readJournal: () => Promise.resolve(run.notified) }, { today, chain: context.escalation });
      const tally = {
        ...current.tally,
        escalated: current.tally.escalated + result.escalated,
        notified: current.tally.notified + result.notified,
        notificationFailures: current.tally.notificationFailures + result.notificationFailures,
      };
      return { run: withProblems({ ...current, tally }, result.problems), complete: result.complete };
    }
    case 'publish': {
      await refreshCoverage(ports.coverage, { today, at });
      await refreshKpiSummaries(ports.kpis, { today });
      await ports.markRefreshed(at);
      return { run, complete: true };
    }
  }
}

/** Runs phases from where `run` stands until done or out of time; every step is saved before the next. */
export async function runSweepPhases(ports: SweepPhasePorts, context: SweepContext, start: SweepRun): Promise<SweepRun> {
  let run = start;
  while (run.phase !== 'done') {
    if (!context.hasTimeFor()) return run;
    const phase = run.phase;
    const step = await runPhase(ports, context, run, phase);
    run = step.complete ? { ...step.run, phase: NEXT[phase], finishedAt: NEXT[phase] === 'done' ? context.now.toISOString() : null } : step.run;
    await ports.writeRun(run);
    if (!step.complete) return run;
  }
  return run;
}
