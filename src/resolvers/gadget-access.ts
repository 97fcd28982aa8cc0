// Gadget authorisation, cheap enough for dashboards that re-render every few minutes: the calling user must hold
// Browse Projects in the ISMS project, checked AS THE USER with one `mypermissions` call, and a grant is remembered
// per user and project for GRANT_TTL_SECONDS (a KVS key with a TTL). Refusals are never cached, so a newly
// granted user gets in at once; a revoked user may keep seeing the gadget until the grant expires (docs/decisions.md).
import { kvs } from '@forge/kvs';

import type { JiraRequester } from '../adapters/jira/jira-requester';
import { SWEEP_KEYS } from '../adapters/storage/storage-keys';
import { requireBrowseProject } from './authorise';

export const GRANT_TTL_SECONDS = 300;

export interface GadgetAccessOptions {
  /** Defaults to the calling user (asUser). */
  readonly jira?: JiraRequester;
}

export async function requireGadgetAccess(accountId: string, projectKey: string, options: GadgetAccessOptions = {}): Promise<void> {
  const key = SWEEP_KEYS.gadgetAccess(accountId, projectKey);
  // The cache is keyed by the platform-verified accountId of this invocation, so it cannot vouch for anyone else.
  if ((await kvs.get<unknown>(key)) !== undefined) return;
  await requireBrowseProject(projectKey, options.jira === undefined ? {} : { jira: options.jira });
  await kvs.set(key, { granted: 'BROWSE_PROJECTS' }, { ttl: { value: GRANT_TTL_SECONDS, unit: 'SECONDS' } });
}
