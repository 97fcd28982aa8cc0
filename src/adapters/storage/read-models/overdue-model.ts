// Read model: the ISMS's late work (overdue checks, late monitoring reports, overdue corrective actions,
// effectiveness reviews due), one entry per Jira issue, with owner, since when and escalation level. Age is derived
// at render from `since` and today. Kept by the sweep (a full rebuild each day) and by product events (one entry).
import { z } from 'zod';

import { localDateSchema } from '../../../domain/local-date';
import { OVERDUE_REASONS } from '../../../domain/overdue-work';
import { shardedMap } from './sharded-map';

export const overdueEntrySchema = z.object({
  issueId: z.string(),
  key: z.string(),
  summary: z.string(),
  kind: z.enum(['check', 'corrective_action', 'finding']),
  reasons: z.array(z.enum(OVERDUE_REASONS)).min(1),
  ownerAccountId: z.string().nullable(),
  since: localDateSchema,
  dueOn: localDateSchema.nullable(),
  escalationLevel: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  itemId: z.string().nullable(),
});
export type OverdueEntry = z.infer<typeof overdueEntrySchema>;

/** 16 documents of ≤ 230 KiB hold ~14,000 entries: far more late work than an ISMS can have and still run. */
export const overdueModel = shardedMap('overdue', 16, overdueEntrySchema);
