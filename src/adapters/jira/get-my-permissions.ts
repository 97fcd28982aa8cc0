// GET /rest/api/3/mypermissions as the calling user: which of the named permissions they hold.
import { asUser, route } from '@forge/api';
import { z } from 'zod';

import { JiraRequestError } from './jira-error';

const myPermissionsSchema = z.object({
  permissions: z.record(z.string(), z.object({ havePermission: z.boolean() })),
});

export type PermissionKey = 'ADMINISTER' | 'BROWSE_PROJECTS' | 'CREATE_ISSUES' | 'EDIT_ISSUES' | 'ADMINISTER_PROJECTS';

export async function getMyPermissions(
  permissions: readonly PermissionKey[],
  projectKey?: string,
): Promise<ReadonlySet<PermissionKey>> {
  const keys = permissions.join(',');
  const path =
    projectKey === undefined
      ? route`/rest/api/3/mypermissions?permissions=${keys}`
      : route`/rest/api/3/mypermissions?permissions=${keys}&projectKey=${projectKey}`;
  const response = await asUser().requestJira(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new JiraRequestError(response.status, '/rest/api/3/mypermissions', await response.text());
  const parsed = myPermissionsSchema.parse(await response.json());
  return new Set(permissions.filter((key) => parsed.permissions[key]?.havePermission === true));
}
