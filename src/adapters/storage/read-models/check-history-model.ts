// Read model: per monitoring item, every check completed in the last CHECK_HISTORY_MONTHS (issue key, completion
// date, outcome), keyed by issue id so a reopened or changed check replaces its own entry. The coverage grid counts
// a cycle's months from it; the few-per-item digests (check-digest-model.ts) only know the latest checks.
import { z } from 'zod';

import { addMonths, localDateSchema, type LocalDate } from '../../../domain/local-date';
import { CHECK_OUTCOMES } from '../../../domain/monitoring-check';
import { shardedMap } from './sharded-map';

export const completedCheckSchema = z.object({ key: z.string(), completedOn: localDateSchema, outcome: z.enum(CHECK_OUTCOMES) });
export type CompletedCheck = z.infer<typeof completedCheckSchema>;

/** Issue id → the completed check, for one item. */
export type ItemCheckHistory = Readonly<Record<string, CompletedCheck>>;

/** A 36-month cycle (the longest allowed) plus the month before it began. */
export const CHECK_HISTORY_MONTHS = 37;

/** 16 documents: a thousand monthly items over three years, or a few hundred weekly ones. */
export const checkHistoryModel = shardedMap('check-history', 16, z.record(z.string(), completedCheckSchema));

export function historyKeptFrom(today: LocalDate): LocalDate {
  return addMonths(today, -CHECK_HISTORY_MONTHS);
}

/** The item's history after `issueId` became `entry` (or stopped being done: null), without entries older than `keptFrom`. */
export function withCompletedCheck(current: ItemCheckHistory, issueId: string, entry: CompletedCheck | null, keptFrom: LocalDate): Record<string, CompletedCheck> {
  const next: Record<string, CompletedCheck> = {};
  for (const [id, check] of Object.entries(current)) if (id !== issueId && check.completedOn >= keptFrom) next[id] = check;
  if (entry !== null && entry.completedOn >= keptFrom) next[issueId] = entry;
  return next;
}
