// `action` modules (Automation actions, shared with Rovo): the handler gets the rule's inputs as its payload,
// plus `context` ({ cloudId, moduleKey }), and the function context of the rule actor. 55 s. The exact payload
// envelope Automation sends is not documented in the pinned packages; this follows the Rovo action shape.
import type { LoadedManifest } from '../manifest/load-manifest';
import { findModule, functionModule, moduleFields } from '../manifest/module-lookup';
import type { FunctionInvoker } from './invoke-function';
import type { HostIdentity } from './platform-context';
import { eventContext, functionContext } from './platform-context';

export const ACTION_TIMEOUT_MS = 55_000;

export async function callAutomationAction(
  manifest: LoadedManifest,
  identity: HostIdentity,
  invoker: FunctionInvoker,
  call: { actionKey: string; inputs: Record<string, unknown>; accountId: string },
): Promise<unknown> {
  const module = findModule(manifest, call.actionKey, 'action');
  const inputs = JSON.parse(JSON.stringify(call.inputs)) as Record<string, unknown>;
  const payload = { ...inputs, context: eventContext(identity.binding, module.key).context };
  return invoker.invoke({
    kind: 'action',
    moduleKey: module.key,
    functionKey: moduleFields(module, functionModule).function,
    accountId: call.accountId,
    timeoutMs: ACTION_TIMEOUT_MS,
    args: [payload, functionContext(identity.binding, call.accountId)],
  });
}
