// @forge/events queues. `new Queue({ key }).push(events)` POSTs to the stargate path
// /webhook/queue/publish/{contextAri}/{environmentId}/{appId}/{appVersion} (placeholders left for the platform
// proxy to fill) a { queueName, jobId, type, schema, payload: [{ body, delayInSeconds?, concurrency? }], time };
// the broker answers 201 and delivers each event to the `consumer` modules of that queue: function consumers get
// (AsyncEvent, functionContext); resolver consumers get a resolver call { functionKey: method, payload: body, jobId }.
// A consumer that throws or returns an InvocationError ({ _retry: true, retryOptions }) is retried with a
// retryContext, at most MAX_RETRIES times (the platform retries for up to 24 h).
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { LoadedManifest, ManifestModule } from '../manifest/load-manifest';
import { moduleFields, modulesOfType } from '../manifest/module-lookup';
import { errorMessage } from './forge-invocation-error';
import type { FunctionInvoker } from './invoke-function';
import type { HostIdentity } from './platform-context';
import { eventContext, functionContext } from './platform-context';
import { ASYNC_DEFAULT_TIMEOUT_MS } from './trigger-scheduler';

const MAX_RETRIES = 4;
const pushSchema = z.object({
  queueName: z.string(),
  jobId: z.string(),
  payload: z.array(z.object({ body: z.record(z.string(), z.unknown()), delayInSeconds: z.number().optional() })),
});
const consumerModule = z.looseObject({
  queue: z.string(),
  function: z.string().optional(),
  resolver: z.object({ function: z.string(), method: z.string() }).optional(),
});
const retryOptions = z.object({
  retryAfter: z.number().optional(),
  retryReason: z.string().optional(),
  retryData: z.unknown().optional(),
});
const retryResult = z.looseObject({ _retry: z.literal(true), retryOptions: retryOptions.optional() });
type RetryOptions = z.infer<typeof retryOptions>;
type ConsumerFields = z.infer<typeof consumerModule>;

export interface PushedEvent {
  readonly queueName: string;
  readonly jobId: string;
  readonly eventId: string;
  readonly body: Record<string, unknown>;
  readonly delayInSeconds?: number;
  readonly pushedAt: string;
}

interface Pending {
  readonly event: PushedEvent;
  dueAt: number;
  retryCount: number;
  retryContext?: Record<string, unknown>;
}

export interface QueueBroker {
  push(body: unknown): void;
  pushed(): readonly PushedEvent[];
  nextDueAt(): number | undefined;
  runNextDue(at: number): Promise<boolean>;
  stats(jobId: string): { success: number; inProgress: number; failed: number };
  cancel(jobId: string): void;
}

export function createQueueBroker(
  manifest: LoadedManifest,
  identity: HostIdentity,
  invoker: FunctionInvoker,
  now: () => number,
): QueueBroker {
  const consumers = modulesOfType(manifest, 'consumer').map((module) => ({
    module,
    fields: moduleFields(module, consumerModule),
  }));
  const pushed: PushedEvent[] = [];
  const pending: Pending[] = [];
  const outcomes = new Map<string, { success: number; failed: number }>();
  const cancelled = new Set<string>();

  const requestFor = (item: Pending, module: ManifestModule, fields: ConsumerFields): unknown => {
    const { event } = item;
    const platform = eventContext(identity.binding, module.key);
    if (fields.resolver !== undefined) {
      const call = { functionKey: fields.resolver.method, payload: event.body, jobId: event.jobId };
      return { call, context: { ...platform.context, moduleKey: module.key } };
    }
    const retry = item.retryContext === undefined ? {} : { retryContext: item.retryContext };
    return { body: event.body, queueName: event.queueName, jobId: event.jobId, eventId: event.eventId, ...retry, ...platform };
  };

  const deliver = async (item: Pending): Promise<void> => {
    const { event } = item;
    const tally = outcomes.get(event.jobId) ?? { success: 0, failed: 0 };
    outcomes.set(event.jobId, tally);
    for (const { module, fields } of consumers.filter((c) => c.fields.queue === event.queueName)) {
      const functionKey = fields.resolver?.function ?? fields.function ?? '';
      let retry: RetryOptions | undefined;
      let failed = false;
      try {
        const result = await invoker.invoke({
          kind: 'consumer',
          moduleKey: module.key,
          functionKey,
          timeoutMs: invoker.asyncTimeoutMs(functionKey, ASYNC_DEFAULT_TIMEOUT_MS),
          args: [requestFor(item, module, fields), functionContext(identity.binding)],
        });
        const asRetry = retryResult.safeParse(result);
        if (asRetry.success) retry = asRetry.data.retryOptions ?? {};
      } catch (error) {
        failed = true;
        identity.report(`consumer '${module.key}' failed: ${errorMessage(error)}`);
      }
      if (!failed && retry === undefined) tally.success += 1;
      else if (item.retryCount >= MAX_RETRIES) tally.failed += 1;
      else {
        const retryCount = item.retryCount + 1;
        const retryContext = { retryCount, retryReason: retry?.retryReason ?? 'FUNCTION_UPSTREAM_ERROR', retryData: retry?.retryData };
        pending.push({ event, retryCount, dueAt: now() + (retry?.retryAfter ?? 1) * 1000, retryContext });
      }
    }
  };

  const nextIndex = (at: number): number => {
    let best = -1;
    pending.forEach((p, i) => {
      const current = pending[best];
      if (p.dueAt <= at && (current === undefined || p.dueAt < current.dueAt)) best = i;
    });
    return best;
  };

  return {
    push(body) {
      const request = pushSchema.parse(body);
      for (const item of request.payload) {
        const event: PushedEvent = {
          queueName: request.queueName,
          jobId: request.jobId,
          eventId: randomUUID(),
          body: item.body,
          ...(item.delayInSeconds === undefined ? {} : { delayInSeconds: item.delayInSeconds }),
          pushedAt: new Date(now()).toISOString(),
        };
        pushed.push(event);
        pending.push({ event, dueAt: now() + (item.delayInSeconds ?? 0) * 1000, retryCount: 0 });
      }
    },
    pushed: () => pushed,
    nextDueAt: () => (pending.length === 0 ? undefined : Math.min(...pending.map((p) => p.dueAt))),
    async runNextDue(at) {
      const index = nextIndex(at);
      const item = pending[index];
      if (item === undefined) return false;
      pending.splice(index, 1);
      if (!cancelled.has(item.event.jobId)) await deliver(item);
      return true;
    },
    stats(jobId) {
      const tally = outcomes.get(jobId) ?? { success: 0, failed: 0 };
      return { ...tally, inProgress: pending.filter((p) => p.event.jobId === jobId).length };
    },
    cancel(jobId) {
      cancelled.add(jobId);
    },
  };
}
