// Issue entity properties: /rest/api/3/issue/{issueIdOrKey}/properties[/{propertyKey}]. Properties are part of
// the in-memory document, so JQL `issue.property[key].path` sees writes at once.
import { notFound } from '../http/jira-http-error';
import { json, noContent, type RouteDefinition } from '../http/stand-in-request';
import { checkPropertyKey, checkPropertyValue } from './project-property-routes';
import { route, type StandInServices } from './route-kit';

export function issuePropertyRoutes(s: StandInServices): RouteDefinition[] {
  const base = '/rest/api/3/issue/{issueIdOrKey}/properties';
  const editMessage = 'You do not have permission to edit issues in this project.';
  return [
    route('GET', base, 'getIssuePropertyKeys', ['read:jira-work'], ({ principal, params }) => {
      const issue = s.issues.visible(principal, params.issueIdOrKey ?? '');
      const keys = Object.keys(issue.properties).sort();
      return json(200, { keys: keys.map((key) => ({ key, self: `${s.renderer.issueSelf(issue)}/properties/${encodeURIComponent(key)}` })) });
    }),
    route('GET', `${base}/{propertyKey}`, 'getIssueProperty', ['read:jira-work'], ({ principal, params }) => {
      const issue = s.issues.visible(principal, params.issueIdOrKey ?? '');
      const key = params.propertyKey ?? '';
      if (!(key in issue.properties)) throw notFound(`The property with key '${key}' does not exist.`);
      return json(200, { key, value: issue.properties[key] });
    }),
    route('PUT', `${base}/{propertyKey}`, 'setIssueProperty', ['write:jira-work'], ({ principal, params, body }) => {
      const issue = s.issues.visible(principal, params.issueIdOrKey ?? '');
      s.issues.require(principal, issue, 'EDIT_ISSUES', editMessage);
      const key = params.propertyKey ?? '';
      checkPropertyKey(key);
      checkPropertyValue(body);
      const created = !(key in issue.properties);
      s.store.transaction(() => s.store.issues.setProperty(issue, key, body));
      return { status: created ? 201 : 200 };
    }),
    route('DELETE', `${base}/{propertyKey}`, 'deleteIssueProperty', ['write:jira-work'], ({ principal, params }) => {
      const issue = s.issues.visible(principal, params.issueIdOrKey ?? '');
      s.issues.require(principal, issue, 'EDIT_ISSUES', editMessage);
      const key = params.propertyKey ?? '';
      if (!(key in issue.properties)) throw notFound(`The property with key '${key}' does not exist.`);
      s.store.transaction(() => s.store.issues.deleteProperty(issue, key));
      return noContent();
    }),
  ];
}
