// The value of `global.__forge_runtime__` during one invocation. Fields are those the pinned packages read:
// @forge/api runtime.js (appContext, lambdaContext.getRemainingTimeInMillis, metrics), authorization (aaid),
// fetch.js (externalAuth), webTrigger.js (contextAri), i18n (container.appCodeDir). `kvs` and `proxy` are left
// out on purpose: when runtime.kvs.url/host are set, @forge/kvs bypasses __forge_fetch__'s 'kvs' descriptor.
import { randomBytes } from 'node:crypto';
import type { RuntimeBinding } from './runtime-state';

interface InvocationShape {
  readonly moduleKey: string;
  readonly functionKey: string;
  readonly accountId?: string;
}

const noopTimer = { stop: (): void => undefined };
const noopMetrics = {
  counter: () => ({ incr: (): void => undefined, decr: (): void => undefined }),
  timing: () => ({ measure: () => noopTimer }),
  gauge: () => ({ set: (): void => undefined }),
};

export function forgeRuntimeObject(
  binding: RuntimeBinding,
  spec: InvocationShape,
  invocationId: string,
  deadline: number,
): Readonly<Record<string, unknown>> {
  return {
    aaid: spec.accountId,
    appContext: {
      appId: binding.appUuid,
      appVersion: '1.0.0',
      environmentId: binding.environmentId,
      environmentType: 'DEVELOPMENT',
      invocationId,
      installationId: binding.installationId,
      moduleKey: spec.moduleKey,
      license: binding.licensed ? { isActive: true } : undefined,
      permissions: { scopes: [...binding.scopes], external: binding.external },
    },
    lambdaContext: {
      functionName: spec.functionKey,
      awsRequestId: invocationId,
      getRemainingTimeInMillis: () => Math.max(0, Math.round(deadline - performance.now())),
    },
    metrics: noopMetrics,
    externalAuth: [],
    contextAri: `ari:cloud:jira::site/${binding.cloudId}`,
    container: { appCodeDir: binding.appCodeDir },
    tracing: { traceId: randomBytes(8).toString('hex'), spanId: randomBytes(8).toString('hex') },
  };
}
