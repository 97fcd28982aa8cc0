// The record the one-click setup leaves behind: which Jira objects the app created or adopted, and when.
import { kvs } from '@forge/kvs';
import { z } from 'zod';

import { STORAGE_KEYS } from './storage-keys';

export const setupStateSchema = z.object({
  completedAt: z.iso.datetime(),
  completedBy: z.string(),
  issueTypeIds: z.record(z.string(), z.string()),
  linkTypeIds: z.record(z.string(), z.string()),
  projectKeys: z.array(z.string()),
});
export type SetupState = z.infer<typeof setupStateSchema>;

/** Undefined until setup has run once on this site. */
export async function readSetupState(): Promise<SetupState | undefined> {
  const stored = await kvs.get<unknown>(STORAGE_KEYS.setupState);
  return stored === undefined ? undefined : setupStateSchema.parse(stored);
}
