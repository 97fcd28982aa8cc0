// POST /rest/api/3/issue/bulkfetch: issues by id or key, 100 per call (ids beyond that are fetched in further calls).
// Issues the caller cannot see or that do not exist come back in `missing`.
import { route } from '@forge/api';
import { z } from 'zod';

import type { JiraRequester } from './jira-requester';
import { jsonRequest } from './json-request';
import { readJiraJson } from './read-jira-json';
import type { SearchedIssue } from './search-issues';

export const MAX_ISSUES_PER_BULK_FETCH = 100;

const bulkFetchSchema = z.object({
  issues: z.array(z.object({ id: z.string(), key: z.string(), fields: z.record(z.string(), z.unknown()).optional(), properties: z.record(z.string(), z.unknown()).optional() })),
  issueErrors: z.array(z.object({ issueIdsOrKeys: z.array(z.string()).optional(), errorMessage: z.string().optional() })).optional(),
});

export interface BulkFetchRequest {
  readonly issueIdsOrKeys: readonly string[];
  readonly fields: readonly string[];
  readonly properties?: readonly string[];
}

export async function bulkFetchIssues(jira: JiraRequester, request: BulkFetchRequest): Promise<{ issues: SearchedIssue[]; missing: string[] }> {
  const issues: SearchedIssue[] = [];
  for (let offset = 0; offset < request.issueIdsOrKeys.length; offset += MAX_ISSUES_PER_BULK_FETCH) {
    const body = {
      issueIdsOrKeys: request.issueIdsOrKeys.slice(offset, offset + MAX_ISSUES_PER_BULK_FETCH),
      fields: request.fields,
      ...(request.properties === undefined ? {} : { properties: request.properties }),
    };
    const response = await jira(route`/rest/api/3/issue/bulkfetch`, jsonRequest('POST', body));
    const page = await readJiraJson(response, 'POST /rest/api/3/issue/bulkfetch', bulkFetchSchema);
    for (const issue of page.issues) issues.push({ id: issue.id, key: issue.key, fields: issue.fields ?? {}, properties: issue.properties ?? {} });
  }
  const found = new Set(issues.flatMap((issue) => [issue.id, issue.key.toUpperCase()]));
  const missing = request.issueIdsOrKeys.filter((idOrKey) => !found.has(idOrKey.toUpperCase()));
  return { issues, missing };
}
