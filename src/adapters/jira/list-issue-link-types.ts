// GET /rest/api/3/issueLinkType: the site's link types ("Blocks": outward "blocks", inward "is blocked by").
import { route } from '@forge/api';
import { z } from 'zod';

import type { JiraRequester } from './jira-requester';
import { JSON_HEADERS, readJiraJson } from './read-jira-json';

export const issueLinkTypeSchema = z.object({ id: z.string(), name: z.string(), inward: z.string(), outward: z.string() });
export type IssueLinkTypeSummary = z.infer<typeof issueLinkTypeSchema>;

export async function listIssueLinkTypes(jira: JiraRequester): Promise<IssueLinkTypeSummary[]> {
  const response = await jira(route`/rest/api/3/issueLinkType`, { headers: JSON_HEADERS });
  const body = await readJiraJson(response, 'GET /rest/api/3/issueLinkType', z.object({ issueLinkTypes: z.array(issueLinkTypeSchema) }));
  return body.issueLinkTypes;
}
