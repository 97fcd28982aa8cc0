// Enhanced search: GET/POST /rest/api/3/search/jql (nextPageToken, no total), POST /search/approximate-count,
// and the removed legacy /rest/api/3/search (410 Gone, as Jira Cloud answers).
import { z } from 'zod';

import type { Principal } from '../auth/principal';
import { badRequest, JiraHttpError } from '../http/jira-http-error';
import { intParam, listParam } from '../http/query-params';
import { json, type RouteDefinition, type StandInResponse } from '../http/stand-in-request';
import { isIdOrKeyOnly, parseFieldSelection } from '../issues/field-selection';
import { parseBody, route, type StandInServices } from './route-kit';

export const defaultMaxResults = 50;
export const maxResultsWithFields = 100;
export const maxResultsIdsOnly = 5_000;

interface SearchInput {
  readonly jql: string;
  readonly nextPageToken: string | undefined;
  readonly maxResults: number;
  readonly fields: readonly string[];
  readonly expand: ReadonlySet<string>;
  readonly properties: readonly string[];
}

const searchBody = z.object({
  jql: z.string({ error: 'jql must be a string.' }).optional(),
  nextPageToken: z.string({ error: 'nextPageToken must be a string.' }).optional(),
  maxResults: z.number({ error: 'maxResults must be an integer.' }).int('maxResults must be an integer.').optional(),
  fields: z.array(z.string(), { error: 'fields must be a list of field ids.' }).optional(),
  expand: z.string({ error: 'expand must be a comma-separated string.' }).optional(),
  properties: z.array(z.string(), { error: 'properties must be a list of property keys.' }).optional(),
  fieldsByKeys: z.boolean().optional(),
  reconcileIssues: z.array(z.number().int()).optional(),
});

const countBody = z.object({ jql: z.string({ error: 'jql must be a string.' }).optional() });

const legacyGone =
  'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046';

function expandOf(raw: string | undefined | null): Set<string> {
  return new Set((raw ?? '').split(',').map((part) => part.trim()).filter((part) => part !== ''));
}

function runSearch(s: StandInServices, principal: Principal, input: SearchInput): StandInResponse {
  const selection = parseFieldSelection(input.fields, 'id');
  if (input.maxResults < 1) throw badRequest('The maxResults parameter must be greater than 0.');
  const cap = isIdOrKeyOnly(selection) ? maxResultsIdsOnly : maxResultsWithFields;
  const page = s.search.search(principal, input.jql, Math.min(input.maxResults, cap), input.nextPageToken);
  const perIssueExpand = new Set([...input.expand].filter((part) => part !== 'names' && part !== 'schema'));
  const issues = page.issues.map((issue) => s.renderer.bean(issue, { fields: selection, properties: input.properties, expand: perIssueExpand, compactIds: true }));
  const body: Record<string, unknown> = { issues };
  if (input.expand.has('names') || input.expand.has('schema')) {
    const described = s.catalog.rendered();
    if (input.expand.has('names')) body.names = Object.fromEntries(described.map((field) => [field.id, field.name]));
    if (input.expand.has('schema')) body.schema = Object.fromEntries(described.flatMap((field) => (field.schema === undefined ? [] : [[field.id, field.schema]])));
  }
  if (page.nextPageToken !== undefined) body.nextPageToken = page.nextPageToken;
  body.isLast = page.nextPageToken === undefined;
  return json(200, body, issues.length);
}

export function searchRoutes(s: StandInServices): RouteDefinition[] {
  const gone = (): StandInResponse => {
    throw new JiraHttpError(410, [legacyGone]);
  };
  return [
    route('GET', '/rest/api/3/search/jql', 'searchAndReconsileIssuesUsingJql', ['read:jira-work'], ({ principal, query }) =>
      runSearch(s, principal, {
        jql: query.get('jql') ?? '',
        nextPageToken: query.get('nextPageToken') ?? undefined,
        maxResults: intParam(query, 'maxResults', defaultMaxResults),
        fields: listParam(query, 'fields'),
        expand: expandOf(query.get('expand')),
        properties: listParam(query, 'properties'),
      }),
    ),
    route('POST', '/rest/api/3/search/jql', 'searchAndReconsileIssuesUsingJqlPost', ['read:jira-work'], ({ principal, body }) => {
      const input = parseBody(searchBody, body);
      return runSearch(s, principal, {
        jql: input.jql ?? '',
        nextPageToken: input.nextPageToken,
        maxResults: input.maxResults ?? defaultMaxResults,
        fields: (input.fields ?? []).flatMap((field) => field.split(',')).map((field) => field.trim()).filter((field) => field !== ''),
        expand: expandOf(input.expand),
        properties: input.properties ?? [],
      });
    }),
    route('POST', '/rest/api/3/search/approximate-count', 'countIssues', ['read:jira-work'], ({ principal, body }) => {
      const input = parseBody(countBody, body);
      return json(200, { count: s.search.count(principal, input.jql ?? '') }, 1);
    }),
    route('GET', '/rest/api/3/search', 'searchForIssuesUsingJql', ['read:jira-work'], gone),
    route('POST', '/rest/api/3/search', 'searchForIssuesUsingJqlPost', ['read:jira-work'], gone),
  ];
}
