// scheduledTrigger modules on the host clock. Each trigger first fires one interval after the host starts
// (the platform starts "about 5 minutes after deploy" and spreads installations over the interval; locally the
// schedule is deterministic), then every interval. Failures are recorded, never retried (as on the platform).
import { z } from 'zod';
import type { LoadedManifest } from '../manifest/load-manifest';
import { findModule, moduleFields, modulesOfType } from '../manifest/module-lookup';
import { errorMessage } from './forge-invocation-error';
import type { FunctionInvoker } from './invoke-function';
import type { HostIdentity } from './platform-context';
import { eventContext, functionContext } from './platform-context';

const INTERVAL_MS = { fiveMinute: 300_000, hour: 3_600_000, day: 86_400_000, week: 604_800_000 } as const;
const scheduledModule = z.looseObject({ function: z.string(), interval: z.enum(['fiveMinute', 'hour', 'day', 'week']) });
export const ASYNC_DEFAULT_TIMEOUT_MS = 55_000;

interface Schedule {
  readonly moduleKey: string;
  readonly periodMs: number;
  nextAt: number;
}

export interface TriggerScheduler {
  run(moduleKey: string): Promise<unknown>;
  nextDueAt(): number | undefined;
  /** Runs the earliest trigger due at or before `at`; false when none is due. */
  runNextDue(at: number): Promise<boolean>;
}

export function createTriggerScheduler(
  manifest: LoadedManifest,
  identity: HostIdentity,
  invoker: FunctionInvoker,
  startedAt: number,
): TriggerScheduler {
  const schedules: Schedule[] = modulesOfType(manifest, 'scheduledTrigger').map((module) => {
    const periodMs = INTERVAL_MS[moduleFields(module, scheduledModule).interval];
    return { moduleKey: module.key, periodMs, nextAt: startedAt + periodMs };
  });

  const run = async (moduleKey: string): Promise<unknown> => {
    const module = findModule(manifest, moduleKey, 'scheduledTrigger');
    const functionKey = moduleFields(module, scheduledModule).function;
    return invoker.invoke({
      kind: 'scheduledTrigger',
      moduleKey,
      functionKey,
      timeoutMs: invoker.asyncTimeoutMs(functionKey, ASYNC_DEFAULT_TIMEOUT_MS),
      args: [eventContext(identity.binding, moduleKey), functionContext(identity.binding)],
    });
  };

  const earliest = (): Schedule | undefined =>
    schedules.reduce<Schedule | undefined>((best, s) => (best === undefined || s.nextAt < best.nextAt ? s : best), undefined);

  return {
    run,
    nextDueAt: () => earliest()?.nextAt,
    async runNextDue(at) {
      const due = earliest();
      if (due === undefined || due.nextAt > at) return false;
      due.nextAt += due.periodMs;
      try {
        await run(due.moduleKey);
      } catch (error) {
        identity.report(`scheduledTrigger '${due.moduleKey}' failed: ${errorMessage(error)}`);
      }
      return true;
    },
  };
}
