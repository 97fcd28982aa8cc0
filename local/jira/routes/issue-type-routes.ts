// /rest/api/3/issuetype (list, create) and /issuetype/project?projectId=.
import { z } from 'zod';

import { subjectOf } from '../auth/permission-service';
import { forbidden, JiraHttpError } from '../http/jira-http-error';
import { requiredParam } from '../http/query-params';
import { json, type RouteDefinition } from '../http/stand-in-request';
import { visibleProject } from './project-routes';
import { parseBody, route, type StandInServices } from './route-kit';

const createIssueTypeBody = z.object({
  name: z.string({ error: 'The issue type name must be specified.' }).min(1, 'The issue type name must be specified.').max(60, 'The issue type name must not be longer than 60 characters.'),
  description: z.string().optional(),
  type: z.enum(['standard', 'subtask'], { error: "The type must be 'standard' or 'subtask'." }).optional(),
  hierarchyLevel: z.number().int().min(-1).max(0).optional(),
});

export function issueTypeRoutes(s: StandInServices): RouteDefinition[] {
  return [
    route('GET', '/rest/api/3/issuetype', 'getIssueAllTypes', ['read:jira-work'], ({ principal }) => {
      const subject = subjectOf(principal);
      const types = s.store.workflow.allIssueTypes().filter((type) => type.projectId === null || s.permissions.canSeeProject(subject, type.projectId));
      return json(200, types.map((type) => s.json.issueType(type)));
    }),
    route('POST', '/rest/api/3/issuetype', 'createIssueType', ['manage:jira-configuration'], ({ principal, body }) => {
      if (!s.permissions.hasGlobal(subjectOf(principal), 'ADMINISTER')) throw forbidden('You must have global administrator rights to create issue types.');
      const input = parseBody(createIssueTypeBody, body);
      if (s.store.workflow.findIssueTypeByName(input.name, null) !== undefined) throw new JiraHttpError(409, ['An issue type with this name already exists.']);
      const subtask = input.type === 'subtask' || input.hierarchyLevel === -1;
      const type = s.store.transaction(() =>
        s.store.workflow.createIssueType({ name: input.name, description: input.description ?? '', hierarchyLevel: subtask ? -1 : 0, subtask, projectId: null, avatarId: 10318 }),
      );
      return json(201, s.json.issueType(type));
    }),
    route('GET', '/rest/api/3/issuetype/project', 'getIssueTypesForProject', ['read:jira-work'], ({ principal, query }) => {
      const projectId = requiredParam(query, 'projectId', "The 'projectId' query parameter is required.");
      const project = visibleProject(s, principal, projectId);
      const level = query.get('level');
      const types = s.store.issueTypeSchemes.issueTypesForProject(project.id).filter((type) => level === null || String(type.hierarchyLevel) === level);
      return json(200, types.map((type) => s.json.issueType(type)));
    }),
  ];
}
