// The daily sweep's two entry points: the `scheduledTrigger` (interval day, 900 s) and the `consumer` of the sweep
// queue, which carries on a run the previous invocation could not finish. Both do the same thing; the run state in
// KVS says where to continue. The clock is read here, once per invocation.
import { runDailySweep, type SweepOutcome } from '../app/run-daily-sweep';
import { dailySweepPorts } from './sweep-ports';

async function sweepOnce(continuation: boolean): Promise<SweepOutcome> {
  const now = new Date();
  const outcome = await runDailySweep(dailySweepPorts(now), { now, continuation });
  if (outcome.status !== 'done' && outcome.status !== 'paused') return outcome;
  for (const problem of outcome.run.problems.slice(-5)) console.warn(`[sweep] ${problem}`);
  return outcome;
}

/** scheduledTrigger `clause9-daily-sweep`; return values are ignored by the platform, tests read them. */
export async function dailySweep(): Promise<SweepOutcome> {
  return sweepOnce(false);
}

/** consumer of queue `clause9-sweep`: the continuation of a run that ran out of time or met a busy Jira. */
export async function continueDailySweep(): Promise<SweepOutcome> {
  return sweepOnce(true);
}
