// The JqlContext for a caller: their clock, time zone and account (currentUser()), the app's custom fields,
// group membership (membersOf()) and user/issue reference resolution.
import type { Principal } from '../auth/principal';
import type { JqlContext } from '../jql';
import type { JiraStore } from '../store/jira-store';

export function jqlContextFor(store: JiraStore, principal: Principal, now: Date): JqlContext {
  return {
    now,
    timeZone: principal.kind === 'user' ? principal.user.timeZone : 'UTC',
    currentAccountId: principal.accountId,
    customFields: store.fields.definitions(),
    groupMembers: (groupName) => store.users.memberIds(groupName),
    resolveUser: (reference) => resolveUser(store, reference),
    resolveIssueKey: (idOrKey) => store.issues.get(idOrKey)?.key,
    weekStart: 'monday',
  };
}

function resolveUser(store: JiraStore, reference: string): string | undefined {
  if (store.users.user(reference) !== undefined) return reference;
  const lower = reference.toLowerCase();
  return store.users.allUsers().find((user) => user.displayName.toLowerCase() === lower || user.emailAddress?.toLowerCase() === lower)?.accountId;
}
