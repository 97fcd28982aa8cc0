// The `clause9` property of a Corrective action issue (D7): { id, kind: 'corrective-action', status, v }, the
// domain action with its history, a revision counter, and the finding (and its issue) it corrects.
import { z } from 'zod';

import type { CorrectiveAction, CorrectiveActionHistoryEntry } from '../../domain/corrective-action';
import { CORRECTIVE_ACTION_STATUSES } from '../../domain/corrective-action';
import { correctiveActionHistoryEntrySchema, correctiveActionSchema } from '../../domain/corrective-action-schema';

export const CORRECTIVE_ACTION_PROPERTY_KIND = 'corrective-action';
export const CORRECTIVE_ACTION_PROPERTY_VERSION = 1;

const findingRefSchema = z.object({ id: z.string().min(1), issueId: z.string().min(1), issueKey: z.string().min(1) });
export type FindingRef = z.infer<typeof findingRefSchema>;

export interface CorrectiveActionProperty {
  readonly id: string;
  readonly kind: typeof CORRECTIVE_ACTION_PROPERTY_KIND;
  readonly status: CorrectiveAction['status'];
  readonly v: typeof CORRECTIVE_ACTION_PROPERTY_VERSION;
  readonly rev: number;
  readonly state: CorrectiveAction;
  readonly history: readonly CorrectiveActionHistoryEntry[];
  readonly finding: FindingRef;
}

export const correctiveActionPropertySchema: z.ZodType<CorrectiveActionProperty> = z
  .object({
    id: z.string().min(1),
    kind: z.literal(CORRECTIVE_ACTION_PROPERTY_KIND),
    status: z.enum(CORRECTIVE_ACTION_STATUSES),
    v: z.literal(CORRECTIVE_ACTION_PROPERTY_VERSION),
    rev: z.number().int().min(1),
    state: correctiveActionSchema,
    history: z.array(correctiveActionHistoryEntrySchema),
    finding: findingRefSchema,
  })
  .refine((property) => property.status === property.state.status && property.id === property.state.id, {
    error: 'the indexed id and status must match the stored corrective action',
  });

export function correctiveActionProperty(
  state: CorrectiveAction,
  history: readonly CorrectiveActionHistoryEntry[],
  finding: FindingRef,
  rev: number,
): CorrectiveActionProperty {
  return { id: state.id, kind: CORRECTIVE_ACTION_PROPERTY_KIND, status: state.status, v: CORRECTIVE_ACTION_PROPERTY_VERSION, rev, state, history, finding };
}
