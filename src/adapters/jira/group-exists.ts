// GET /rest/api/3/group/member?groupname=…&maxResults=1: whether a Jira group of that name exists (404 if not).
// Used to check a group name an admin types into the settings before it decides who may do what.
import { route } from '@forge/api';

import type { JiraRequester } from './jira-requester';
import { expectJiraSuccess, JSON_HEADERS } from './read-jira-json';

export async function groupExists(jira: JiraRequester, groupName: string): Promise<boolean> {
  const response = await jira(route`/rest/api/3/group/member?groupname=${groupName}&maxResults=1`, { headers: JSON_HEADERS });
  if (response.status === 404) return false;
  await expectJiraSuccess(response, 'GET /rest/api/3/group/member');
  return true;
}
