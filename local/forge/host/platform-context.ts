// The second argument the platform passes to every function (function-reference/arguments:
// { principal, installContext, workspaceId, license }) and the per-surface UI context of resolver calls.
import type { RuntimeBinding } from '../runtime/runtime-state';

export interface HostIdentity {
  readonly binding: RuntimeBinding;
  readonly siteUrl: string;
  readonly locale: string;
  readonly timezone: string;
  /** Where failures of fire-and-forget invocations (triggers, events, queues) are reported. */
  readonly report: (message: string) => void;
}

export function installContext(binding: RuntimeBinding): string {
  return `ari:cloud:jira::site/${binding.cloudId}`;
}

export function license(binding: RuntimeBinding): { isActive: boolean } | undefined {
  return binding.licensed ? { isActive: true } : undefined;
}

export function functionContext(binding: RuntimeBinding, accountId?: string): Record<string, unknown> {
  return {
    principal: accountId === undefined ? undefined : { accountId },
    installContext: installContext(binding),
    license: license(binding),
  };
}

/** The trigger-style `context` and `contextToken` the platform adds to event payloads. */
export function eventContext(binding: RuntimeBinding, moduleKey: string): { context: Record<string, unknown>; contextToken: string } {
  const token = Buffer.from(JSON.stringify({ cloudId: binding.cloudId, moduleKey })).toString('base64url');
  return { context: { cloudId: binding.cloudId, moduleKey }, contextToken: `local.${token}` };
}

/** Module-specific defaults under `context.extension`; the caller's extension fields win. */
function extensionFor(moduleType: string, extension: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const defaults: Record<string, unknown> = moduleType === 'jira:dashboardGadget' ? { gadgetConfiguration: {} } : {};
  return { type: moduleType, ...defaults, ...extension };
}

export function resolverContext(
  identity: HostIdentity,
  module: { type: string; key: string },
  accountId: string,
  extension: Readonly<Record<string, unknown>>,
  localId?: string,
): Record<string, unknown> {
  const { binding } = identity;
  return {
    accountId,
    accountType: 'licensed',
    cloudId: binding.cloudId,
    localId: localId ?? `ari:cloud:ecosystem::extension/${binding.appUuid}/${binding.environmentId}/static/${module.key}`,
    locale: identity.locale,
    timezone: identity.timezone,
    moduleKey: module.key,
    siteUrl: identity.siteUrl,
    environmentId: binding.environmentId,
    environmentType: 'DEVELOPMENT',
    extension: extensionFor(module.type, extension),
    installContext: installContext(binding),
    license: license(binding),
  };
}
