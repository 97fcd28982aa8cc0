// /rest/api/3/project (list, create), /project/search, /project/{projectIdOrKey}.
import { z } from 'zod';

import { subjectOf } from '../auth/permission-service';
import type { Principal } from '../auth/principal';
import { fieldErrors, forbidden, projectNotFound } from '../http/jira-http-error';
import { listParam, pageParams } from '../http/query-params';
import { json, type RouteDefinition } from '../http/stand-in-request';
import type { ProjectRecord } from '../store/directory-records';
import { applyProjectTemplate } from '../store/project-templates';
import { projectJson } from './project-json';
import { expandSet, pageBean, parseBody, route, type StandInServices } from './route-kit';

const createProjectBody = z.object({
  key: z.string({ error: 'You must specify a project key.' }),
  name: z.string({ error: 'You must specify a valid project name.' }),
  description: z.string().optional(),
  leadAccountId: z.string().optional(),
  projectTypeKey: z.enum(['software', 'service_desk', 'business'], { error: 'The project type key is invalid.' }).optional(),
  assigneeType: z.enum(['PROJECT_LEAD', 'UNASSIGNED']).optional(),
  projectTemplateKey: z.string().optional(),
});

export function visibleProjects(s: StandInServices, principal: Principal): ProjectRecord[] {
  const subject = subjectOf(principal);
  return s.store.projects.allProjects().filter((project) => s.permissions.canSeeProject(subject, project.id));
}

export function visibleProject(s: StandInServices, principal: Principal, idOrKey: string): ProjectRecord {
  const project = s.store.projects.project(idOrKey);
  if (project === undefined || !s.permissions.canSeeProject(subjectOf(principal), project.id)) throw projectNotFound(idOrKey);
  return project;
}

function createProject(s: StandInServices, principal: Principal, body: unknown): ProjectRecord {
  if (!s.permissions.hasGlobal(subjectOf(principal), 'ADMINISTER')) throw forbidden('You must have global administrator rights in order to create a project.');
  const input = parseBody(createProjectBody, body);
  const errors: Record<string, string> = {};
  if (!/^[A-Z][A-Z0-9_]+$/.test(input.key)) errors.projectKey = 'Project keys must start with an uppercase letter, followed by one or more uppercase alphanumeric characters.';
  else if (input.key.length > 10) errors.projectKey = 'The project key must not exceed 10 characters in length.';
  const sameKey = s.store.projects.project(input.key);
  if (sameKey !== undefined) errors.projectKey = `Project '${sameKey.name}' uses this project key.`;
  if (input.name.trim() === '') errors.projectName = 'You must specify a valid project name.';
  if (s.store.projects.allProjects().some((project) => project.name.toLowerCase() === input.name.toLowerCase())) errors.projectName = 'A project with that name already exists.';
  if (input.leadAccountId === undefined || s.store.users.user(input.leadAccountId) === undefined) errors.projectLead = 'You must specify a valid project lead.';
  if (Object.keys(errors).length > 0) throw fieldErrors(errors);
  return s.store.transaction(() => {
    const project = s.store.projects.createProject({
      key: input.key,
      name: input.name,
      description: input.description ?? '',
      leadAccountId: input.leadAccountId ?? null,
      projectTypeKey: input.projectTypeKey ?? 'software',
    });
    const administrators = s.store.projects.role('Administrators');
    if (administrators !== undefined && input.leadAccountId !== undefined) s.store.projects.grant(project.id, administrators.id, { accountId: input.leadAccountId });
    if (input.projectTemplateKey !== undefined) applyProjectTemplate(s.store.workflow, s.store.issueTypeSchemes, project, input.projectTemplateKey);
    return project;
  });
}

function searchProjects(s: StandInServices, principal: Principal, query: URLSearchParams): Record<string, unknown> {
  const { startAt, maxResults } = pageParams(query, 50, 100);
  const text = query.get('query')?.toLowerCase();
  const keys = new Set(listParam(query, 'keys').map((key) => key.toUpperCase()));
  const ids = new Set(listParam(query, 'id'));
  const orderBy = query.get('orderBy') ?? 'key';
  const descending = orderBy.startsWith('-');
  const sortField = orderBy.replace(/^[-+]/, '') === 'name' ? 'name' : 'key';
  const matching = visibleProjects(s, principal)
    .filter((project) => text === undefined || project.key.toLowerCase().includes(text) || project.name.toLowerCase().includes(text))
    .filter((project) => keys.size === 0 || keys.has(project.key))
    .filter((project) => ids.size === 0 || ids.has(project.id))
    .sort((a, b) => (descending ? -1 : 1) * a[sortField].localeCompare(b[sortField]));
  const expand = expandSet(query);
  const self = `${s.json.baseUrl}/rest/api/3/project/search?startAt=${startAt}&maxResults=${maxResults}`;
  return pageBean(self, matching.map((project) => projectJson(s, project, false, expand)), startAt, maxResults);
}

export function projectRoutes(s: StandInServices): RouteDefinition[] {
  return [
    route('GET', '/rest/api/3/project', 'getAllProjects', ['read:jira-work'], ({ principal, query }) =>
      json(200, visibleProjects(s, principal).map((project) => projectJson(s, project, false, expandSet(query)))),
    ),
    route('POST', '/rest/api/3/project', 'createProject', ['manage:jira-configuration'], ({ principal, body }) => {
      const project = createProject(s, principal, body);
      return json(201, { self: `${s.json.baseUrl}/rest/api/3/project/${project.id}`, id: Number(project.id), key: project.key });
    }),
    route('GET', '/rest/api/3/project/search', 'searchProjects', ['read:jira-work'], ({ principal, query }) => json(200, searchProjects(s, principal, query))),
    route('GET', '/rest/api/3/project/{projectIdOrKey}', 'getProject', ['read:jira-work'], ({ principal, params, query }) =>
      json(200, projectJson(s, visibleProject(s, principal, params.projectIdOrKey ?? ''), true, expandSet(query))),
    ),
  ];
}
