// GET /rest/api/3/myself?expand=groups: who is calling (asUser) and the groups they belong to.
import { route } from '@forge/api';
import { z } from 'zod';

import type { JiraRequester } from './jira-requester';
import { JSON_HEADERS, readJiraJson } from './read-jira-json';
import { groupSchema, type GroupRef } from './get-user-groups';

const myselfSchema = z.object({
  accountId: z.string(),
  displayName: z.string().optional(),
  timeZone: z.string().optional(),
  groups: z.object({ items: z.array(groupSchema) }).optional(),
});

export interface Myself {
  readonly accountId: string;
  readonly displayName: string;
  readonly timeZone: string | undefined;
  readonly groups: readonly GroupRef[];
}

export async function getMyself(jira: JiraRequester): Promise<Myself> {
  const response = await jira(route`/rest/api/3/myself?expand=groups`, { headers: JSON_HEADERS });
  const me = await readJiraJson(response, 'GET /rest/api/3/myself', myselfSchema);
  return { accountId: me.accountId, displayName: me.displayName ?? '', timeZone: me.timeZone, groups: me.groups?.items ?? [] };
}
