// Who is calling: `x-clause9-principal: app` (asApp, with `x-clause9-app-id`) or `user:<accountId>` (asUser).
// The Forge host and the bridge host set these headers; anything else is unauthenticated (401 like Jira).
import type { IncomingHttpHeaders } from 'node:http';

import type { UserRecord } from '../store/directory-records';
import type { UserDirectory } from '../store/user-directory';

export type Principal =
  | { readonly kind: 'app'; readonly appId: string; readonly accountId: string }
  | { readonly kind: 'user'; readonly accountId: string; readonly user: UserRecord };

export const principalHeader = 'x-clause9-principal';
export const appIdHeader = 'x-clause9-app-id';

export type PrincipalResult = { readonly ok: true; readonly principal: Principal } | { readonly ok: false; readonly reason: string };

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function resolvePrincipal(headers: IncomingHttpHeaders, appId: string, appAccountId: string, users: UserDirectory): PrincipalResult {
  const raw = header(headers, principalHeader)?.trim();
  if (raw === undefined || raw === '') return { ok: false, reason: `no ${principalHeader} header` };
  if (raw === 'app') {
    const claimed = header(headers, appIdHeader)?.trim();
    if (claimed !== undefined && claimed !== '' && claimed !== appId) return { ok: false, reason: `unknown app ${claimed}` };
    return { ok: true, principal: { kind: 'app', appId, accountId: appAccountId } };
  }
  const accountId = /^user:(.+)$/.exec(raw)?.[1];
  if (accountId === undefined) return { ok: false, reason: `malformed ${principalHeader} header` };
  const user = users.user(accountId);
  if (user?.active !== true) return { ok: false, reason: `unknown or inactive user ${accountId}` };
  return { ok: true, principal: { kind: 'user', accountId, user } };
}

export function principalLabel(principal: Principal): string {
  return principal.kind === 'app' ? 'app' : `user:${principal.accountId}`;
}
