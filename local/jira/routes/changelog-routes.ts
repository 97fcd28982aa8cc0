// GET /rest/api/3/issue/{issueIdOrKey}/changelog (PageBeanChangelog, oldest first).
import { pageParams } from '../http/query-params';
import { json, type RouteDefinition } from '../http/stand-in-request';
import { renderChangelog } from '../issues/render-changelog';
import { route, type StandInServices } from './route-kit';

export function changelogRoutes(s: StandInServices): RouteDefinition[] {
  return [
    route('GET', '/rest/api/3/issue/{issueIdOrKey}/changelog', 'getChangeLogs', ['read:jira-work'], ({ principal, params, query }) => {
      const issue = s.issues.visible(principal, params.issueIdOrKey ?? '');
      const { startAt, maxResults } = pageParams(query, 100, 100);
      const { values, total } = s.store.changelogs.page(issue.id, startAt, maxResults);
      const self = `${s.json.baseUrl}/rest/api/3/issue/${issue.id}/changelog?startAt=${startAt}&maxResults=${maxResults}`;
      const isLast = startAt + values.length >= total;
      return json(200, {
        self,
        ...(isLast ? {} : { nextPage: `${s.json.baseUrl}/rest/api/3/issue/${issue.id}/changelog?startAt=${startAt + maxResults}&maxResults=${maxResults}` }),
        maxResults,
        startAt,
        total,
        isLast,
        values: values.map((entry) => renderChangelog(entry, s.store, s.json)),
      });
    }),
  ];
}
