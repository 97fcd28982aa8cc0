// GET /rest/api/3/mypermissions: which of the named permissions the requesting principal holds (globally or in a project).
import { route } from '@forge/api';
import { z } from 'zod';

import type { JiraRequester } from './jira-requester';
import { JSON_HEADERS, readJiraJson } from './read-jira-json';

const myPermissionsSchema = z.object({
  permissions: z.record(z.string(), z.object({ havePermission: z.boolean() })),
});

export type PermissionKey = 'ADMINISTER' | 'BROWSE_PROJECTS' | 'CREATE_ISSUES' | 'EDIT_ISSUES' | 'TRANSITION_ISSUES' | 'ADMINISTER_PROJECTS';

export async function getMyPermissions(
  jira: JiraRequester,
  permissions: readonly PermissionKey[],
  projectKey?: string,
): Promise<ReadonlySet<PermissionKey>> {
  const keys = permissions.join(',');
  const path =
    projectKey === undefined
      ? route`/rest/api/3/mypermissions?permissions=${keys}`
      : route`/rest/api/3/mypermissions?permissions=${keys}&projectKey=${projectKey}`;
  const parsed = await readJiraJson(await jira(path, { headers: JSON_HEADERS }), 'GET /rest/api/3/mypermissions', myPermissionsSchema);
  return new Set(permissions.filter((key) => parsed.permissions[key]?.havePermission === true));
}
