// The `clause9` property of a Monitoring check issue (D7), laid out like the finding and corrective-action ones:
// the indexed { id: occurrence key, kind: 'check', status, v } plus the domain check, its history and a revision
// counter for optimistic concurrency.
import { z } from 'zod';

import type { CheckHistoryEntry, MonitoringCheck } from '../../domain/monitoring-check';
import { monitoringCheckSchema } from '../../domain/monitoring-check-schema';

export const CHECK_PROPERTY_KIND = 'check';
export const CHECK_PROPERTY_VERSION = 1;

export interface CheckProperty {
  readonly id: string;
  readonly kind: typeof CHECK_PROPERTY_KIND;
  readonly status: MonitoringCheck['status'];
  readonly v: typeof CHECK_PROPERTY_VERSION;
  readonly rev: number;
  readonly state: MonitoringCheck;
  readonly history: readonly CheckHistoryEntry[];
}

/** Reads the parts the sweep relies on; history entries are kept as stored. */
export const checkPropertySchema = z
  .looseObject({
    id: z.string().min(1),
    kind: z.literal(CHECK_PROPERTY_KIND),
    status: z.string(),
    v: z.literal(CHECK_PROPERTY_VERSION),
    state: monitoringCheckSchema,
  })
  .refine((property) => property.status === property.state.status && property.id === property.state.occurrenceKey, {
    error: 'the indexed id and status must match the stored check',
  });

export function checkProperty(state: MonitoringCheck, history: readonly CheckHistoryEntry[], rev: number): CheckProperty {
  return { id: state.occurrenceKey, kind: CHECK_PROPERTY_KIND, status: state.status, v: CHECK_PROPERTY_VERSION, rev, state, history };
}
