// invokeResolver: what `invoke(functionKey, payload)` from @forge/bridge does on the platform. The module's
// `resolver.function` handler (a @forge/resolver getDefinitions() function) is called with
// ({ call: { functionKey, payload, jobId? }, context }, { principal: { accountId }, installContext, license }).
// Payloads cross JSON both ways (the bridge serialises them); limits: 500 KB in, 5 MB out; 25 s.
import { z } from 'zod';
import type { LoadedManifest } from '../manifest/load-manifest';
import { findModule, moduleFields } from '../manifest/module-lookup';
import { ForgeInvocationError } from './forge-invocation-error';
import type { FunctionInvoker } from './invoke-function';
import type { HostIdentity } from './platform-context';
import { functionContext, resolverContext } from './platform-context';

export const RESOLVER_TIMEOUT_MS = 25_000;
const MAX_REQUEST_BYTES = 500 * 1024;
const MAX_RESPONSE_BYTES = 5 * 1024 * 1024;

export interface ResolverCall {
  readonly moduleKey: string;
  readonly functionKey: string;
  readonly payload?: unknown;
  readonly accountId: string;
  readonly extension?: Record<string, unknown>;
  readonly localId?: string;
}

const resolverModule = z.looseObject({ resolver: z.object({ function: z.string() }) });

function throughJson(value: unknown, limit: number, what: string): unknown {
  if (value === undefined) return undefined;
  const json = JSON.stringify(value);
  if (Buffer.byteLength(json, 'utf8') > limit) {
    throw new ForgeInvocationError('PAYLOAD_TOO_LARGE', `The ${what} exceeds ${limit} bytes.`);
  }
  return JSON.parse(json) as unknown;
}

export async function invokeResolver(
  manifest: LoadedManifest,
  identity: HostIdentity,
  invoker: FunctionInvoker,
  call: ResolverCall,
): Promise<unknown> {
  const module = findModule(manifest, call.moduleKey);
  const functionKey = moduleFields(module, resolverModule).resolver.function;
  const payload = throughJson(call.payload ?? {}, MAX_REQUEST_BYTES, 'invoke payload');
  const request = {
    call: { functionKey: call.functionKey, payload },
    context: resolverContext(identity, module, call.accountId, call.extension ?? {}, call.localId),
  };
  const result = await invoker.invoke({
    kind: 'resolver',
    moduleKey: module.key,
    functionKey,
    accountId: call.accountId,
    timeoutMs: RESOLVER_TIMEOUT_MS,
    args: [request, functionContext(identity.binding, call.accountId)],
  });
  return throughJson(result, MAX_RESPONSE_BYTES, 'resolver response');
}
