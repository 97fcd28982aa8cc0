// Process-wide state behind the two Forge globals: one AsyncLocalStorage holding the current invocation, and the
// bindings of the hosts started in this process (the last one answers calls made outside any invocation).
import { AsyncLocalStorage } from 'node:async_hooks';
import type { EgressFilteringService } from '@forge/egress';
import type { KvsReply } from '../kvs/kvs-service';

export type StargateHandler = (path: string, init: RequestInit | undefined, invocation: InvocationStore | undefined) => Promise<Response>;

export interface RuntimeBinding {
  /** manifest app.id (an ARI) and its UUID part, which is what the platform puts in appContext.appId. */
  readonly appId: string;
  readonly appUuid: string;
  readonly environmentId: string;
  readonly installationId: string;
  readonly cloudId: string;
  readonly jiraUrl: string;
  readonly scopes: readonly string[];
  readonly external: Readonly<Record<string, unknown>>;
  readonly egress: EgressFilteringService;
  readonly appCodeDir: string;
  readonly licensed: boolean;
  readonly kvs: (path: string, body: unknown) => KvsReply;
  readonly stargate: StargateHandler;
}

export interface InvocationStore {
  readonly binding: RuntimeBinding;
  readonly invocationId: string;
  readonly moduleKey: string;
  readonly accountId: string | undefined;
  /** What `global.__forge_runtime__` returns during this invocation. */
  readonly runtime: Readonly<Record<string, unknown>>;
}

export interface RuntimeState {
  readonly als: AsyncLocalStorage<InvocationStore>;
  readonly bindings: RuntimeBinding[];
  readonly originalFetch: typeof fetch;
}

let state: RuntimeState | undefined;

export function runtimeState(): RuntimeState | undefined {
  return state;
}

export function createRuntimeState(originalFetch: typeof fetch): RuntimeState {
  state = { als: new AsyncLocalStorage<InvocationStore>(), bindings: [], originalFetch };
  return state;
}

export function activeBinding(current: RuntimeState): RuntimeBinding | undefined {
  return current.als.getStore()?.binding ?? current.bindings[current.bindings.length - 1];
}
