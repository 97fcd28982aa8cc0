// Users and groups: /myself, /user, /user/search, /users/search, /group/member, /user/groups.
import { badRequest, notFound } from '../http/jira-http-error';
import { boolParam, pageParams } from '../http/query-params';
import { json, type RouteDefinition } from '../http/stand-in-request';
import type { UserRecord } from '../store/directory-records';
import { expandSet, pageBean, route, type StandInServices } from './route-kit';

const noSuchUser = 'Specified user does not exist or you do not have required permissions';

export function userRoutes(s: StandInServices): RouteDefinition[] {
  const userJson = (user: UserRecord, expand: ReadonlySet<string>): Record<string, unknown> => {
    const body = s.json.user(user);
    if (expand.has('groups')) {
      const groups = s.store.users.groupsOf(user.accountId).map((group) => s.json.group(group));
      body.groups = { size: groups.length, items: groups };
    }
    return body;
  };
  const requireUser = (accountId: string | null): UserRecord => {
    if (accountId === null || accountId === '') throw badRequest("The 'accountId' query parameter is required.");
    const user = s.store.users.user(accountId);
    if (user === undefined) throw notFound(noSuchUser);
    return user;
  };
  return [
    route('GET', '/rest/api/3/myself', 'getCurrentUser', ['read:jira-user'], ({ principal, query }) => json(200, userJson(requireUser(principal.accountId), expandSet(query)))),
    route('GET', '/rest/api/3/user', 'getUser', ['read:jira-user'], ({ query }) => json(200, userJson(requireUser(query.get('accountId')), expandSet(query)))),
    route('GET', '/rest/api/3/user/search', 'findUsers', ['read:jira-user'], ({ query }) => {
      const text = query.get('query')?.trim().toLowerCase();
      const accountId = query.get('accountId');
      if ((text === undefined || text === '') && accountId === null) throw badRequest("One of the 'query' or 'accountId' parameters must be provided.");
      const { startAt, maxResults } = pageParams(query, 50, 1000);
      const matches = s.store.users
        .allUsers()
        .filter((user) => user.active)
        .filter((user) => accountId === null || user.accountId === accountId)
        .filter((user) => text === undefined || text === '' || user.displayName.toLowerCase().includes(text) || (user.emailAddress ?? '').toLowerCase().startsWith(text))
        .sort((a, b) => a.displayName.localeCompare(b.displayName));
      return json(200, matches.slice(startAt, startAt + maxResults).map((user) => s.json.user(user)));
    }),
    route('GET', '/rest/api/3/users/search', 'getAllUsers', ['read:jira-user'], ({ query }) => {
      const { startAt, maxResults } = pageParams(query, 50, 1000);
      const users = s.store.users.allUsers().sort((a, b) => a.accountId.localeCompare(b.accountId));
      return json(200, users.slice(startAt, startAt + maxResults).map((user) => s.json.user(user)));
    }),
    route('GET', '/rest/api/3/group/member', 'getUsersFromGroup', ['manage:jira-configuration'], ({ query }) => {
      const groupId = query.get('groupId');
      const groupName = query.get('groupname');
      if (groupId === null && groupName === null) throw badRequest("One of the 'groupname' or 'groupId' parameters must be provided.");
      const group = groupId !== null ? s.store.users.groupById(groupId) : s.store.users.group(groupName ?? '');
      if (group === undefined) throw notFound(`The group '${groupId ?? groupName ?? ''}' does not exist.`);
      const includeInactive = boolParam(query, 'includeInactiveUsers', false);
      const { startAt, maxResults } = pageParams(query, 50, 50);
      const members = (s.store.users.memberIds(group.name) ?? [])
        .flatMap((id) => s.store.users.user(id) ?? [])
        .filter((user) => includeInactive || user.active)
        .sort((a, b) => a.displayName.localeCompare(b.displayName))
        .map((user) => s.json.userDetails(user));
      const self = `${s.json.baseUrl}/rest/api/3/group/member?groupId=${group.groupId}&startAt=${startAt}&maxResults=${maxResults}`;
      return json(200, pageBean(self, members, startAt, maxResults));
    }),
    route('GET', '/rest/api/3/user/groups', 'getUserGroups', ['read:jira-user'], ({ query }) => {
      const user = requireUser(query.get('accountId'));
      return json(200, s.store.users.groupsOf(user.accountId).map((group) => s.json.group(group)));
    }),
  ];
}
