// GET /rest/api/3/mypermissions?issueKey=: which of the named permissions the requesting principal holds on one
// issue's project. Jira answers 404 when the issue does not exist or the caller cannot see it: an empty set here.
import { route } from '@forge/api';
import { z } from 'zod';

import type { PermissionKey } from './get-my-permissions';
import type { JiraRequester } from './jira-requester';
import { JSON_HEADERS, readJiraJson } from './read-jira-json';

const myPermissionsSchema = z.object({ permissions: z.record(z.string(), z.object({ havePermission: z.boolean() })) });

export async function getMyIssuePermissions(jira: JiraRequester, issueKey: string, permissions: readonly PermissionKey[]): Promise<ReadonlySet<PermissionKey>> {
  const keys = permissions.join(',');
  const response = await jira(route`/rest/api/3/mypermissions?issueKey=${issueKey}&permissions=${keys}`, { headers: JSON_HEADERS });
  if (response.status === 404) return new Set();
  const parsed = await readJiraJson(response, 'GET /rest/api/3/mypermissions', myPermissionsSchema);
  return new Set(permissions.filter((key) => parsed.permissions[key]?.havePermission === true));
}
