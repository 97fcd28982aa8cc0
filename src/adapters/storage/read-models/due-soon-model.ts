// Read model: the monitoring checks not done yet whose due date falls within DUE_SOON_HORIZON_DAYS from today (today
// included), one entry per Jira issue. The overdue gadget shows those within its configured days. Kept by the sweep
// (rebuilt each day with the late work) and by product events (one entry). Never escalated: nothing is late yet.
import { z } from 'zod';

import { DUE_SOON_HORIZON_DAYS } from '../../../contracts/gadget-configuration';
import { localDateSchema } from '../../../domain/local-date';
import { shardedMap } from './sharded-map';

export { DUE_SOON_HORIZON_DAYS };

export const dueSoonEntrySchema = z.object({
  issueId: z.string(),
  key: z.string(),
  summary: z.string(),
  ownerAccountId: z.string().nullable(),
  dueOn: localDateSchema,
  itemId: z.string().nullable(),
});
export type DueSoonEntry = z.infer<typeof dueSoonEntrySchema>;

export const dueSoonModel = shardedMap('due-soon', 4, dueSoonEntrySchema);
