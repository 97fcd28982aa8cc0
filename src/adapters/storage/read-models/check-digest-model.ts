// Read model: per monitoring item, its most recent done checks (by due date) — all the coverage computation needs
// to tell whether the item's evidence is current and what it last found. Kept per item, so it is bounded by the
// matrix, not by the years of checks behind it.
import { z } from 'zod';

import { localDateSchema, type LocalDate } from '../../../domain/local-date';
import { CHECK_OUTCOMES } from '../../../domain/monitoring-check';
import { shardedMap } from './sharded-map';

export const checkDigestSchema = z.object({
  issueId: z.string(),
  key: z.string(),
  itemId: z.string(),
  dueOn: localDateSchema,
  completedOn: localDateSchema,
  outcome: z.enum(CHECK_OUTCOMES),
});
export type CheckDigest = z.infer<typeof checkDigestSchema>;

/** Enough to survive a reopened latest check; the coverage rule looks at the latest due occurrence only. */
export const DIGESTS_PER_ITEM = 3;

export const checkDigestModel = shardedMap('check-digests', 16, z.array(checkDigestSchema));

/** The item's digests after `issueId` became `digest` (or stopped being done: null), newest due date first. */
export function withDigest(current: readonly CheckDigest[], issueId: string, digest: CheckDigest | null): CheckDigest[] {
  const others = current.filter((entry) => entry.issueId !== issueId);
  const all = digest === null ? others : [...others, digest];
  return all.sort((a, b) => byDueThenCompleted(b, a)).slice(0, DIGESTS_PER_ITEM);
}

function byDueThenCompleted(a: CheckDigest, b: CheckDigest): number {
  return compare(a.dueOn, b.dueOn) || compare(a.completedOn, b.completedOn) || compare(a.issueId, b.issueId);
}

function compare(a: LocalDate | string, b: LocalDate | string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
