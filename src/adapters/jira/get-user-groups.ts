// GET /rest/api/3/user/groups?accountId=: the groups a user belongs to (the ISMS-group rule, escalation targets).
import { route } from '@forge/api';
import { z } from 'zod';

import type { JiraRequester } from './jira-requester';
import { JSON_HEADERS, readJiraJson } from './read-jira-json';

export const groupSchema = z.object({ name: z.string(), groupId: z.string().nullable().optional() });
export type GroupRef = z.infer<typeof groupSchema>;

export async function getUserGroups(jira: JiraRequester, accountId: string): Promise<GroupRef[]> {
  const response = await jira(route`/rest/api/3/user/groups?accountId=${accountId}`, { headers: JSON_HEADERS });
  return readJiraJson(response, 'GET /rest/api/3/user/groups', z.array(groupSchema));
}

/** Group names compare case-insensitively in Jira Cloud. */
export function isInGroup(groups: readonly GroupRef[], groupName: string): boolean {
  const wanted = groupName.toLowerCase();
  return groups.some((group) => group.name.toLowerCase() === wanted);
}
