// GET /rest/api/3/mypermissions and POST /rest/api/3/permissions/check.
import { z } from 'zod';

import { isProjectPermission, permissionInfo, type PermissionInfo } from '../auth/permission-catalog';
import { subjectOf } from '../auth/permission-service';
import type { Principal } from '../auth/principal';
import { badRequest, forbidden, projectNotFound } from '../http/jira-http-error';
import { listParam } from '../http/query-params';
import { json, type RouteDefinition } from '../http/stand-in-request';
import type { GlobalPermissionKey } from '../store/directory-records';
import { parseBody, route, type StandInServices } from './route-kit';

const checkBody = z.object({
  accountId: z.string().optional(),
  globalPermissions: z.array(z.string()).optional(),
  projectPermissions: z.array(z.object({ permissions: z.array(z.string()), projects: z.array(z.number().int()).optional(), issues: z.array(z.number().int()).optional() })).optional(),
});

type Subject = ReturnType<typeof subjectOf>;

function infos(keys: readonly string[]): PermissionInfo[] {
  const unknown = keys.filter((key) => permissionInfo(key) === undefined);
  if (unknown.length > 0) throw badRequest(`Invalid permission key(s): ${unknown.join(', ')}`);
  return keys.flatMap((key) => permissionInfo(key) ?? []);
}

function myPermissions(s: StandInServices, principal: Principal, query: URLSearchParams): Record<string, unknown> {
  const keys = listParam(query, 'permissions');
  if (keys.length === 0) throw badRequest("The 'permissions' query parameter is required.");
  const requested = infos(keys);
  const subject = subjectOf(principal);
  let projectIds: string[];
  const projectRef = query.get('projectKey') ?? query.get('projectId');
  const issueRef = query.get('issueKey') ?? query.get('issueId');
  if (issueRef !== null) projectIds = [s.issues.visible(principal, issueRef).projectId];
  else if (projectRef !== null) {
    const project = s.store.projects.project(projectRef);
    if (project === undefined) throw projectNotFound(projectRef);
    projectIds = [project.id];
  } else projectIds = s.store.projects.allProjects().map((project) => project.id);
  const globals = s.permissions.globalPermissions(subject);
  const permissions = Object.fromEntries(
    requested.map((info) => {
      const have = isProjectPermission(info) ? projectIds.some((projectId) => s.permissions.can(subject, projectId, info.key)) : globals.has(info.key as GlobalPermissionKey);
      return [info.key, { id: info.id, key: info.key, name: info.name, type: info.type, description: info.description, havePermission: have }];
    }),
  );
  return { permissions };
}

function checkSubject(s: StandInServices, principal: Principal, accountId: string | undefined): Subject {
  if (accountId === undefined || accountId === principal.accountId) return subjectOf(principal);
  if (principal.kind !== 'app' && !s.permissions.hasGlobal(subjectOf(principal), 'ADMINISTER')) {
    throw forbidden('Only apps and users with the Administer Jira global permission can check the permissions of other users.');
  }
  if (s.store.users.user(accountId) === undefined) throw badRequest(`The user with account id '${accountId}' does not exist.`);
  return { kind: 'user', accountId };
}

function bulkCheck(s: StandInServices, principal: Principal, body: unknown): Record<string, unknown> {
  const input = parseBody(checkBody, body);
  const subject = checkSubject(s, principal, input.accountId);
  const globals = s.permissions.globalPermissions(subject);
  const globalPermissions = infos(input.globalPermissions ?? []).filter((info) => !isProjectPermission(info) && globals.has(info.key as GlobalPermissionKey)).map((info) => info.key);
  const grants = new Map<string, { projects: Set<number>; issues: Set<number> }>();
  for (const request of input.projectPermissions ?? []) {
    for (const info of infos(request.permissions)) {
      if (!isProjectPermission(info)) throw badRequest(`${info.key} is not a project permission.`);
      const grant = grants.get(info.key) ?? { projects: new Set<number>(), issues: new Set<number>() };
      for (const projectId of request.projects ?? []) if (s.permissions.can(subject, String(projectId), info.key)) grant.projects.add(projectId);
      for (const issueId of request.issues ?? []) {
        const issue = s.store.issues.get(String(issueId));
        if (issue !== undefined && s.permissions.can(subject, issue.projectId, 'BROWSE_PROJECTS') && s.permissions.can(subject, issue.projectId, info.key)) grant.issues.add(issueId);
      }
      grants.set(info.key, grant);
    }
  }
  const projectPermissions = [...grants].map(([permission, grant]) => ({ permission, issues: [...grant.issues], projects: [...grant.projects] }));
  return { globalPermissions, projectPermissions };
}

export function permissionRoutes(s: StandInServices): RouteDefinition[] {
  return [
    route('GET', '/rest/api/3/mypermissions', 'getMyPermissions', ['read:jira-work'], ({ principal, query }) => json(200, myPermissions(s, principal, query))),
    route('POST', '/rest/api/3/permissions/check', 'getBulkPermissions', [], ({ principal, body }) => json(200, bulkCheck(s, principal, body))),
  ];
}
