// PUT /rest/api/3/issuetypescheme/{issueTypeSchemeId}/issuetype (Administer Jira): appends issue types to a scheme
// (204). Jira refuses the whole call (400) if any of them is already in it, and the default scheme cannot be changed.
import { route } from '@forge/api';

import type { JiraRequester } from './jira-requester';
import { jsonRequest } from './json-request';
import { expectJiraSuccess } from './read-jira-json';

export async function addIssueTypesToScheme(jira: JiraRequester, issueTypeSchemeId: string, issueTypeIds: readonly string[]): Promise<void> {
  const response = await jira(route`/rest/api/3/issuetypescheme/${issueTypeSchemeId}/issuetype`, jsonRequest('PUT', { issueTypeIds }));
  await expectJiraSuccess(response, 'PUT /rest/api/3/issuetypescheme/{issueTypeSchemeId}/issuetype');
}
