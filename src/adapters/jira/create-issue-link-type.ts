// POST /rest/api/3/issueLinkType (Administer Jira): `outward` reads source → destination ("is corrective action
// for"), `inward` reads back ("has corrective action").
import { route } from '@forge/api';

import type { JiraRequester } from './jira-requester';
import { jsonRequest } from './json-request';
import { issueLinkTypeSchema, type IssueLinkTypeSummary } from './list-issue-link-types';
import { readJiraJson } from './read-jira-json';

export async function createIssueLinkType(jira: JiraRequester, input: Omit<IssueLinkTypeSummary, 'id'>): Promise<IssueLinkTypeSummary> {
  const body = { name: input.name, inward: input.inward, outward: input.outward };
  const response = await jira(route`/rest/api/3/issueLinkType`, jsonRequest('POST', body));
  return readJiraJson(response, 'POST /rest/api/3/issueLinkType', issueLinkTypeSchema);
}
