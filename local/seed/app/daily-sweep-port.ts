// The daily sweep, run once the data is in — as the platform's scheduled trigger would the next morning: it creates
// the checks now within their lead time (adopting those the history already has), builds the gadgets' read models
// from Jira, finds late work and escalates it. A run that hands itself on to the queue consumer is waited for.
import { z } from 'zod';

import type { ForgeHost } from '../../forge';
import type { LoadedManifest } from '../../forge/manifest/load-manifest';
import { functionModule, modulesOfType } from '../../forge/manifest/module-lookup';

/** manifest.yml's scheduledTrigger for the sweep, found by its function rather than hard-coded. */
export const SWEEP_FUNCTION = 'daily-sweep';
const SWEEP_RUN_KEY = 'sweep:run';
const SWEEP_LEASE_KEY = 'sweep:lease';

const outcomeSchema = z.object({ status: z.enum(['done', 'paused', 'busy', 'not-set-up']) });
const runSchema = z.looseObject({ phase: z.string(), problems: z.array(z.string()) });

export function sweepTriggerKey(manifest: LoadedManifest): string | undefined {
  return modulesOfType(manifest, 'scheduledTrigger').find((module) => functionModule.safeParse(module.fields).data?.function === SWEEP_FUNCTION)?.key;
}

export async function runDailySweep(forge: ForgeHost, triggerKey: string, timeoutMs = 120_000): Promise<void> {
  const outcome = outcomeSchema.parse(await forge.runScheduledTrigger(triggerKey));
  if (outcome.status === 'not-set-up' || outcome.status === 'busy') throw new Error(`the daily sweep did not run: ${outcome.status}`);
  const started = performance.now();
  for (;;) {
    await forge.runQueues();
    const run = runSchema.safeParse(forge.kvsStore.get(SWEEP_RUN_KEY));
    const done = run.success && run.data.phase === 'done' && forge.kvsStore.get(SWEEP_LEASE_KEY) === undefined;
    if (done) {
      if (run.data.problems.length > 0) throw new Error(`the daily sweep reported problems: ${run.data.problems.join(' | ')}`);
      return;
    }
    if (performance.now() - started > timeoutMs) throw new Error(`the daily sweep did not finish within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
