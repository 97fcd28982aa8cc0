// GET/POST /rest/api/3/issue/{issueIdOrKey}/transitions: the simple workflow (any status → any other status).
import { json, noContent, type RouteDefinition } from '../http/stand-in-request';
import { renderTransition } from '../issues/transitions';
import { route, type StandInServices } from './route-kit';

export function transitionRoutes(s: StandInServices): RouteDefinition[] {
  const path = '/rest/api/3/issue/{issueIdOrKey}/transitions';
  return [
    route('GET', path, 'getTransitions', ['read:jira-work'], ({ principal, params, query }) => {
      const issue = s.issues.visible(principal, params.issueIdOrKey ?? '');
      const only = query.get('transitionId');
      const transitions = s.store.workflow
        .allStatuses()
        .filter((status) => status.id !== issue.statusId)
        .filter((status) => only === null || status.transitionId === only)
        .map((status) => renderTransition(status, s.json));
      return json(200, { expand: 'transitions', transitions });
    }),
    route('POST', path, 'doTransition', ['write:jira-work'], ({ principal, params, body }) => {
      const issue = s.issues.visible(principal, params.issueIdOrKey ?? '');
      s.issues.transition(principal, issue, body);
      return noContent();
    }),
  ];
}
