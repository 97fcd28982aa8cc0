// POST /rest/api/3/search/approximate-count: an estimate for bounded JQL (the enhanced search has no total).
import { route } from '@forge/api';
import { z } from 'zod';

import type { JiraRequester } from './jira-requester';
import { jsonRequest } from './json-request';
import { readJiraJson } from './read-jira-json';

export async function countIssues(jira: JiraRequester, jql: string): Promise<number> {
  const response = await jira(route`/rest/api/3/search/approximate-count`, jsonRequest('POST', { jql }));
  const body = await readJiraJson(response, 'POST /rest/api/3/search/approximate-count', z.object({ count: z.number().int() }));
  return body.count;
}
