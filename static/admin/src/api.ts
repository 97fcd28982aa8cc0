// Typed invoke wrappers for the admin page's resolver keys.
import { invoke } from '@forge/bridge';
import { z } from 'zod';

import { envelopeSchema } from '../../../src/contracts/envelope';

const appStatusSchema = z.object({
  setUp: z.boolean(),
  setupCompletedAt: z.string().nullable(),
  projectKeys: z.array(z.string()),
});
export type AppStatus = z.infer<typeof appStatusSchema>;

export async function fetchAppStatus() {
  return envelopeSchema(appStatusSchema).parse(await invoke('admin/status', {}));
}
