// Issue type schemes (Administer Jira): /issuetypescheme/project?projectId=, /issuetypescheme/mapping and
// PUT /issuetypescheme/{issueTypeSchemeId}/issuetype.
import { z } from 'zod';

import { subjectOf } from '../auth/permission-service';
import type { Principal } from '../auth/principal';
import { badRequest, forbidden, JiraHttpError, notFound } from '../http/jira-http-error';
import { pageParams } from '../http/query-params';
import { json, noContent, type RouteDefinition } from '../http/stand-in-request';
import type { IssueTypeSchemeRecord } from '../store/directory-records';
import { pageBean, parseBody, route, type StandInServices } from './route-kit';

const addIssueTypesBody = z.object({
  issueTypeIds: z.array(z.string({ error: 'Issue type IDs must be strings.' }), { error: 'The list of issue type IDs must be provided.' }),
});

function requireAdministrator(s: StandInServices, principal: Principal): void {
  if (!s.permissions.hasGlobal(subjectOf(principal), 'ADMINISTER')) throw forbidden('Only Jira administrators can access issue type schemes.');
}

/** `name=1&name=2` or `name=1,2` as integer ids; anything else is 400. */
function idList(query: URLSearchParams, name: string): string[] {
  const ids = query
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
  const invalid = ids.find((id) => !/^\d+$/.test(id));
  if (invalid !== undefined) throw badRequest(`The value '${invalid}' is invalid for the '${name}' parameter: it must be an integer.`);
  return [...new Set(ids)];
}

/** The IssueTypeScheme schema (isDefault only on the default scheme, as Jira shows it). */
export function issueTypeSchemeJson(scheme: IssueTypeSchemeRecord): Record<string, unknown> {
  return {
    id: scheme.id,
    name: scheme.name,
    description: scheme.description,
    ...(scheme.defaultIssueTypeId === null ? {} : { defaultIssueTypeId: scheme.defaultIssueTypeId }),
    ...(scheme.isDefault ? { isDefault: true } : {}),
  };
}

function schemesForProjects(s: StandInServices, query: URLSearchParams): Record<string, unknown> {
  const projectIds = idList(query, 'projectId');
  if (projectIds.length === 0) throw badRequest("The 'projectId' query parameter is required.");
  const { startAt, maxResults } = pageParams(query, 50, 50);
  const byScheme = new Map<string, { scheme: IssueTypeSchemeRecord; projectIds: string[] }>();
  for (const projectId of projectIds) {
    if (s.store.projects.project(projectId) === undefined) continue;
    const scheme = s.store.issueTypeSchemes.schemeOfProject(projectId);
    const entry = byScheme.get(scheme.id) ?? { scheme, projectIds: [] };
    entry.projectIds.push(projectId);
    byScheme.set(scheme.id, entry);
  }
  const values = [...byScheme.values()]
    .sort((a, b) => Number(a.scheme.id) - Number(b.scheme.id))
    .map((entry) => ({ issueTypeScheme: issueTypeSchemeJson(entry.scheme), projectIds: entry.projectIds }));
  const self = `${s.json.baseUrl}/rest/api/3/issuetypescheme/project?${projectIds.map((id) => `projectId=${id}`).join('&')}&startAt=${startAt}&maxResults=${maxResults}`;
  return pageBean(self, values, startAt, maxResults);
}

function schemeMapping(s: StandInServices, query: URLSearchParams): Record<string, unknown> {
  const wanted = new Set(idList(query, 'issueTypeSchemeId'));
  const { startAt, maxResults } = pageParams(query, 50, 50);
  const values = s.store.issueTypeSchemes
    .allSchemes()
    .filter((scheme) => wanted.size === 0 || wanted.has(scheme.id))
    .flatMap((scheme) => scheme.issueTypeIds.map((issueTypeId) => ({ issueTypeSchemeId: scheme.id, issueTypeId })));
  const filter = [...wanted].map((id) => `issueTypeSchemeId=${id}&`).join('');
  return pageBean(`${s.json.baseUrl}/rest/api/3/issuetypescheme/mapping?${filter}startAt=${startAt}&maxResults=${maxResults}`, values, startAt, maxResults);
}

function addIssueTypes(s: StandInServices, schemeId: string, body: unknown): void {
  const input = parseBody(addIssueTypesBody, body);
  const scheme = /^\d+$/.test(schemeId) ? s.store.issueTypeSchemes.scheme(schemeId) : undefined;
  if (scheme === undefined) throw notFound('The issue type scheme was not found.');
  if (scheme.isDefault) throw badRequest("The default issue type scheme can't be modified: it holds every issue type already.");
  const requested = [...new Set(input.issueTypeIds)];
  const unknown = requested.filter((id) => s.store.workflow.issueType(id)?.projectId !== null);
  if (unknown.length > 0) throw new JiraHttpError(404, [`These issue types were not found: ${unknown.join(', ')}`]);
  const present = requested.filter((id) => scheme.issueTypeIds.includes(id));
  if (present.length > 0) throw badRequest(`These issue types were not added because they are already present in the issue type scheme: ${present.join(', ')}`);
  s.store.transaction(() => {
    s.store.issueTypeSchemes.addIssueTypes(scheme.id, requested);
  });
}

export function issueTypeSchemeRoutes(s: StandInServices): RouteDefinition[] {
  return [
    route('GET', '/rest/api/3/issuetypescheme/project', 'getIssueTypeSchemeForProjects', ['manage:jira-configuration'], ({ principal, query }) => {
      requireAdministrator(s, principal);
      return json(200, schemesForProjects(s, query));
    }),
    route('GET', '/rest/api/3/issuetypescheme/mapping', 'getIssueTypeSchemesMapping', ['manage:jira-configuration'], ({ principal, query }) => {
      requireAdministrator(s, principal);
      return json(200, schemeMapping(s, query));
    }),
    route('PUT', '/rest/api/3/issuetypescheme/{issueTypeSchemeId}/issuetype', 'addIssueTypesToIssueTypeScheme', ['manage:jira-configuration'], ({ principal, params, body }) => {
      requireAdministrator(s, principal);
      addIssueTypes(s, params.issueTypeSchemeId ?? '', body);
      return noContent();
    }),
  ];
}
