// Installs the globals the real @forge/* packages call: `__forge_runtime__` (a getter over AsyncLocalStorage, so
// concurrent invocations each see their own user and app context), `__forge_fetch__`, and the egress-guarded
// `fetch`. ORDER MATTERS: call this before the app (or anything else) first requires '@forge/api' — that package
// captures `globalThis.fetch` at load time. Idempotent: the globals are defined once per realm; each call adds a
// binding (one per host), and `dispose()` removes it.
import { createHash, randomUUID } from 'node:crypto';
import { EgressFilteringService } from '@forge/egress';
import type { KvsReply } from '../kvs/kvs-service';
import { createEgressGuard, unguarded } from './egress-guard';
import { createForgeFetch } from './forge-fetch';
import { forgeRuntimeObject } from './forge-runtime-object';
import type { InvocationStore, RuntimeBinding, RuntimeState, StargateHandler } from './runtime-state';
import { createRuntimeState, runtimeState } from './runtime-state';

export interface ForgeRuntimeOptions {
  readonly appId: string;
  readonly jiraUrl: string;
  readonly cloudId: string;
  readonly scopes: readonly string[];
  readonly external: Readonly<Record<string, unknown>>;
  readonly egressBackend: readonly string[];
  readonly appCodeDir: string;
  readonly licensed: boolean;
  readonly kvs: (path: string, body: unknown) => KvsReply;
  readonly stargate?: StargateHandler;
}

export interface InvocationSpec {
  readonly moduleKey: string;
  readonly functionKey: string;
  readonly accountId?: string;
  readonly timeoutMs: number;
}

export interface ForgeRuntime {
  readonly binding: RuntimeBinding;
  run<T>(spec: InvocationSpec, fn: () => Promise<T>): Promise<T>;
  current(): InvocationStore | undefined;
  dispose(): void;
}

/** A UUID-shaped id derived from a seed, so ids are stable across restarts of the same app and site. */
export function stableUuid(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const noStargate: StargateHandler = () => Promise.resolve(new Response(null, { status: 404 }));

function forgeApiAlreadyLoaded(): boolean {
  if (typeof require !== 'function') return false;
  return Object.keys(require.cache).some((file) => /[\\/]@forge[\\/]api[\\/]out[\\/]index\.js$/.test(file));
}

function ensureGlobals(): RuntimeState {
  const existing = runtimeState();
  if (existing !== undefined && Reflect.get(globalThis, '__forge_fetch__') !== undefined) return existing;
  if (forgeApiAlreadyLoaded()) {
    console.warn('installForgeRuntime: @forge/api was loaded before the runtime; its `fetch` export is not egress-guarded.');
  }
  const state = createRuntimeState(unguarded(globalThis.fetch));
  Object.defineProperty(globalThis, '__forge_runtime__', {
    configurable: true,
    get: () => state.als.getStore()?.runtime,
  });
  Object.defineProperty(globalThis, '__forge_fetch__', { configurable: true, writable: true, value: createForgeFetch(state) });
  globalThis.fetch = createEgressGuard(state);
  return state;
}

export function installForgeRuntime(options: ForgeRuntimeOptions): ForgeRuntime {
  const state = ensureGlobals();
  const appUuid = options.appId.slice(options.appId.lastIndexOf('/') + 1);
  const binding: RuntimeBinding = {
    appId: options.appId,
    appUuid,
    environmentId: stableUuid(`environment:${appUuid}`),
    installationId: stableUuid(`installation:${appUuid}:${options.cloudId}`),
    cloudId: options.cloudId,
    jiraUrl: options.jiraUrl,
    scopes: options.scopes,
    external: options.external,
    egress: new EgressFilteringService([...options.egressBackend]),
    appCodeDir: options.appCodeDir,
    licensed: options.licensed,
    kvs: options.kvs,
    stargate: options.stargate ?? noStargate,
  };
  state.bindings.push(binding);
  return {
    binding,
    run: (spec, fn) => {
      const invocationId = randomUUID();
      const store: InvocationStore = {
        binding,
        invocationId,
        moduleKey: spec.moduleKey,
        accountId: spec.accountId,
        runtime: forgeRuntimeObject(binding, spec, invocationId, performance.now() + spec.timeoutMs),
      };
      return state.als.run(store, fn);
    },
    current: () => state.als.getStore(),
    dispose: () => {
      const index = state.bindings.indexOf(binding);
      if (index >= 0) state.bindings.splice(index, 1);
    },
  };
}
