// Runs one manifest function the way the platform does: inside its own invocation context (user, app context,
// remaining time), bounded by the module's timeout, with a thrown error turned into a rejected invocation.
// A timed-out handler keeps running in the background (Node cannot stop it); its result is dropped.
import type { ForgeRuntime } from '../runtime/install-forge-runtime';
import type { LoadedManifest } from '../manifest/load-manifest';
import { findFunction } from '../manifest/module-lookup';
import { ForgeInvocationError, errorMessage } from './forge-invocation-error';

export type InvocationKind = 'resolver' | 'scheduledTrigger' | 'trigger' | 'webtrigger' | 'action' | 'consumer';

export interface InvocationRecord {
  readonly kind: InvocationKind;
  readonly moduleKey: string;
  readonly functionKey: string;
  readonly accountId?: string;
  readonly at: string;
  readonly durationMs: number;
  readonly outcome: 'ok' | 'error' | 'timeout';
  readonly error?: string;
}

export interface FunctionCall {
  readonly kind: InvocationKind;
  readonly moduleKey: string;
  readonly functionKey: string;
  readonly accountId?: string;
  readonly timeoutMs: number;
  readonly args: readonly unknown[];
}

type Handler = (...args: unknown[]) => unknown;

function isHandler(value: unknown): value is Handler {
  return typeof value === 'function';
}

const MAX_RECORDS = 1000;

export interface FunctionInvoker {
  invoke(call: FunctionCall): Promise<unknown>;
  /** timeoutSeconds of the function (for scheduled triggers and consumers), capped at 900 s; else `fallback`. */
  asyncTimeoutMs(functionKey: string, fallbackMs: number): number;
  readonly records: InvocationRecord[];
}

export function createFunctionInvoker(deps: {
  manifest: LoadedManifest;
  app: Readonly<Record<string, unknown>>;
  runtime: ForgeRuntime;
  now: () => number;
  timeoutScale: number;
}): FunctionInvoker {
  const records: InvocationRecord[] = [];
  const record = (call: FunctionCall, started: number, outcome: InvocationRecord['outcome'], error?: unknown): void => {
    records.push({
      kind: call.kind,
      moduleKey: call.moduleKey,
      functionKey: call.functionKey,
      ...(call.accountId === undefined ? {} : { accountId: call.accountId }),
      at: new Date(deps.now()).toISOString(),
      durationMs: Math.round(performance.now() - started),
      outcome,
      ...(error === undefined ? {} : { error: errorMessage(error) }),
    });
    if (records.length > MAX_RECORDS) records.splice(0, records.length - MAX_RECORDS);
  };

  const resolveHandler = (functionKey: string): Handler => {
    const fn = findFunction(deps.manifest, functionKey);
    const exportName = fn.handler.slice(fn.handler.lastIndexOf('.') + 1);
    const handler = deps.app[exportName];
    if (!isHandler(handler)) {
      const message = `Handler '${fn.handler}' of function '${functionKey}' is not an exported function.`;
      throw new ForgeInvocationError('FUNCTION_NOT_FOUND', message);
    }
    return handler;
  };

  return {
    records,
    asyncTimeoutMs(functionKey, fallbackMs) {
      const seconds = deps.manifest.functions.get(functionKey)?.timeoutSeconds;
      return seconds === undefined ? fallbackMs : Math.min(seconds, 900) * 1000;
    },
    async invoke(call) {
      const handler = resolveHandler(call.functionKey);
      const timeoutMs = Math.max(1, Math.round(call.timeoutMs * deps.timeoutScale));
      const started = performance.now();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          const message = `Function '${call.functionKey}' timed out after ${timeoutMs} ms.`;
          reject(new ForgeInvocationError('FUNCTION_TIMEOUT', message));
        }, timeoutMs);
        timer.unref();
      });
      const user = call.accountId === undefined ? {} : { accountId: call.accountId };
      const spec = { moduleKey: call.moduleKey, functionKey: call.functionKey, timeoutMs, ...user };
      const run = deps.runtime.run(spec, () => Promise.resolve().then(() => handler(...call.args)));
      try {
        const result = await Promise.race([run, timeout]);
        record(call, started, 'ok');
        return result;
      } catch (error) {
        if (error instanceof ForgeInvocationError && error.code === 'FUNCTION_TIMEOUT') {
          record(call, started, 'timeout', error);
          throw error;
        }
        record(call, started, 'error', error);
        const message = `There was an error invoking the function - ${errorMessage(error)}`;
        throw new ForgeInvocationError('FUNCTION_ERR', message, { cause: error });
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
