// One issue: POST /rest/api/3/issue, GET/PUT/DELETE /rest/api/3/issue/{issueIdOrKey}.
import { boolParam, listParam } from '../http/query-params';
import { json, noContent, type RouteDefinition } from '../http/stand-in-request';
import { parseFieldSelection } from '../issues/field-selection';
import { expandSet, route, type StandInServices } from './route-kit';

export function issueRoutes(s: StandInServices): RouteDefinition[] {
  const item = '/rest/api/3/issue/{issueIdOrKey}';
  return [
    route('POST', '/rest/api/3/issue', 'createIssue', ['write:jira-work'], ({ principal, body }) => {
      const issue = s.issues.create(principal, body);
      return json(201, { id: issue.id, key: issue.key, self: s.renderer.issueSelf(issue) });
    }),
    route('GET', item, 'getIssue', ['read:jira-work'], ({ principal, params, query }) => {
      const issue = s.issues.visible(principal, params.issueIdOrKey ?? '');
      const bean = s.renderer.bean(issue, {
        fields: parseFieldSelection(listParam(query, 'fields'), '*all'),
        properties: listParam(query, 'properties'),
        expand: expandSet(query),
      });
      return json(200, bean, 1);
    }),
    route('PUT', item, 'editIssue', ['write:jira-work'], ({ principal, params, query, body }) => {
      const issue = s.issues.visible(principal, params.issueIdOrKey ?? '');
      s.issues.edit(principal, issue, body);
      if (!boolParam(query, 'returnIssue', false)) return noContent();
      const updated = s.issues.visible(principal, issue.id);
      return json(200, s.renderer.bean(updated, { fields: parseFieldSelection([], '*all'), properties: [], expand: expandSet(query) }));
    }),
    route('DELETE', item, 'deleteIssue', ['write:jira-work'], ({ principal, params, query }) => {
      const issue = s.issues.visible(principal, params.issueIdOrKey ?? '');
      s.issues.remove(principal, issue, boolParam(query, 'deleteSubtasks', false));
      return noContent();
    }),
  ];
}
