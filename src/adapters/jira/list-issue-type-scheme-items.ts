// GET /rest/api/3/issuetypescheme/mapping?issueTypeSchemeId= (Administer Jira): the ids of the issue types in one
// scheme, following the pages (a scheme rarely holds more than one page).
import { route } from '@forge/api';
import { z } from 'zod';

import type { JiraRequester } from './jira-requester';
import { JSON_HEADERS, readJiraJson } from './read-jira-json';

const mappingPageSchema = z.object({
  isLast: z.boolean().optional(),
  values: z.array(z.object({ issueTypeSchemeId: z.string(), issueTypeId: z.string() })),
});

const PAGE_SIZE = 50;

export async function listIssueTypeSchemeItems(jira: JiraRequester, issueTypeSchemeId: string): Promise<string[]> {
  const ids: string[] = [];
  for (let startAt = 0; ; startAt += PAGE_SIZE) {
    const path = route`/rest/api/3/issuetypescheme/mapping?issueTypeSchemeId=${issueTypeSchemeId}&startAt=${String(startAt)}&maxResults=${String(PAGE_SIZE)}`;
    const page = await readJiraJson(await jira(path, { headers: JSON_HEADERS }), 'GET /rest/api/3/issuetypescheme/mapping', mappingPageSchema);
    for (const item of page.values) if (item.issueTypeSchemeId === issueTypeSchemeId) ids.push(item.issueTypeId);
    if (page.isLast !== false || page.values.length === 0) return ids;
  }
}
