// POST /rest/api/3/search/jql, paged with nextPageToken (Jira gives no total; count-issues.ts estimates one).
// Asking for ids/keys only allows 5,000 issues a page; with other fields Jira returns at most 100. Pages are
// fetched lazily: stop iterating (or return 'stop' from the callback) and no further page is requested.
import { route } from '@forge/api';
import { z } from 'zod';

import type { JiraRequester } from './jira-requester';
import { jsonRequest } from './json-request';
import { readJiraJson } from './read-jira-json';

export const MAX_IDS_PER_PAGE = 5_000;
export const MAX_ISSUES_WITH_FIELDS_PER_PAGE = 100;

export interface IssueSearch {
  /** Bounded JQL, e.g. `project = ISMS AND issuetype = 10042 ORDER BY key`. */
  readonly jql: string;
  /** Field ids to return; ['key'] (the default) or ['id'] allow 5,000 a page. */
  readonly fields?: readonly string[];
  /** Entity properties to return, e.g. ['clause9']. */
  readonly properties?: readonly string[];
  readonly maxResults?: number;
}

const searchedIssueSchema = z.object({
  id: z.string(),
  key: z.string().optional(),
  fields: z.record(z.string(), z.unknown()).optional(),
  properties: z.record(z.string(), z.unknown()).optional(),
});
const searchPageSchema = z.object({ issues: z.array(searchedIssueSchema), nextPageToken: z.string().optional(), isLast: z.boolean().optional() });

export interface SearchedIssue {
  readonly id: string;
  /** Present when `key` (or any field) was asked for. */
  readonly key: string;
  readonly fields: Readonly<Record<string, unknown>>;
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface SearchPage {
  readonly issues: readonly SearchedIssue[];
  /** Absent on the last page. */
  readonly nextPageToken?: string;
}

function isIdsOnly(fields: readonly string[]): boolean {
  return fields.every((field) => field === 'id' || field === 'key');
}

export async function searchIssuePage(jira: JiraRequester, search: IssueSearch, nextPageToken?: string): Promise<SearchPage> {
  const fields = search.fields ?? ['key'];
  const cap = isIdsOnly(fields) && (search.properties ?? []).length === 0 ? MAX_IDS_PER_PAGE : MAX_ISSUES_WITH_FIELDS_PER_PAGE;
  const body = {
    jql: search.jql,
    fields,
    maxResults: Math.min(search.maxResults ?? cap, cap),
    ...(search.properties === undefined ? {} : { properties: search.properties }),
    ...(nextPageToken === undefined ? {} : { nextPageToken }),
  };
  const response = await jira(route`/rest/api/3/search/jql`, jsonRequest('POST', body));
  const page = await readJiraJson(response, 'POST /rest/api/3/search/jql', searchPageSchema);
  const issues = page.issues.map((issue) => ({ id: issue.id, key: issue.key ?? '', fields: issue.fields ?? {}, properties: issue.properties ?? {} }));
  const more = page.nextPageToken !== undefined && page.isLast !== true;
  return more ? { issues, nextPageToken: page.nextPageToken } : { issues };
}

/** Every page in turn, fetched only when the consumer asks for it. */
export async function* searchIssuePages(jira: JiraRequester, search: IssueSearch): AsyncGenerator<SearchPage, void, undefined> {
  let token: string | undefined;
  do {
    const page = await searchIssuePage(jira, search, token);
    yield page;
    token = page.nextPageToken;
  } while (token !== undefined);
}

/** Calls `onPage` for each page until it returns 'stop' or the pages run out; returns how many issues were seen. */
export async function forEachIssuePage(
  jira: JiraRequester,
  search: IssueSearch,
  onPage: (issues: readonly SearchedIssue[]) => Promise<'stop' | undefined> | 'stop' | undefined,
): Promise<number> {
  let seen = 0;
  for await (const page of searchIssuePages(jira, search)) {
    seen += page.issues.length;
    if ((await onPage(page.issues)) === 'stop') break;
  }
  return seen;
}

/** Ids and keys only (5,000 a page), up to `limit` issues (default: all). */
export async function searchIssueKeys(jira: JiraRequester, jql: string, limit = Number.POSITIVE_INFINITY): Promise<{ id: string; key: string }[]> {
  const found: { id: string; key: string }[] = [];
  await forEachIssuePage(jira, { jql, fields: ['key'], maxResults: Math.min(MAX_IDS_PER_PAGE, limit) }, (issues) => {
    for (const issue of issues) if (found.length < limit) found.push({ id: issue.id, key: issue.key });
    return found.length >= limit ? 'stop' : undefined;
  });
  return found;
}

/** Issues with the named fields and properties (100 a page), up to `limit` issues (default: all). */
export async function searchIssues(jira: JiraRequester, search: IssueSearch & { readonly limit?: number }): Promise<SearchedIssue[]> {
  const limit = search.limit ?? Number.POSITIVE_INFINITY;
  const found: SearchedIssue[] = [];
  await forEachIssuePage(jira, { ...search, fields: search.fields ?? ['key'], maxResults: Math.min(search.maxResults ?? MAX_ISSUES_WITH_FIELDS_PER_PAGE, limit) }, (issues) => {
    for (const issue of issues) if (found.length < limit) found.push(issue);
    return found.length >= limit ? 'stop' : undefined;
  });
  return found;
}
