// Parses a stored corrective action (the `clause9` issue property of a Corrective action issue) and its history.
import { z } from 'zod';

import type { CorrectiveAction, CorrectiveActionHistoryEntry, CorrectiveActionIntent, CorrectiveActionStatus } from './corrective-action';
import { CORRECTIVE_ACTION_STATUSES } from './corrective-action';
import { accountIdSchema, instantSchema, localDateFieldSchema, requiredTextSchema } from './field-schemas';

const text = (field: string) => z.string({ error: `${field} must be text` });

const facts = {
  id: requiredTextSchema('id', 255),
  findingId: requiredTextSchema('findingId', 255),
  description: text('description'),
  completionCriterion: text('completionCriterion'),
  owner: accountIdSchema('owner').nullable(),
  dueDate: localDateFieldSchema('dueDate').nullable(),
};
const committed = { owner: accountIdSchema('owner'), dueDate: localDateFieldSchema('dueDate') };

export const correctiveActionSchema: z.ZodType<CorrectiveAction> = z.discriminatedUnion(
  'status',
  [
    z.object({ ...facts, status: z.literal('planned') }),
    z.object({ ...facts, ...committed, status: z.literal('in_progress') }),
    z.object({
      ...facts,
      ...committed,
      status: z.literal('implemented'),
      implementedOn: localDateFieldSchema('implementedOn'),
      implementationEvidence: text('implementationEvidence'),
    }),
    z.object({ ...facts, status: z.literal('cancelled'), cancelledOn: localDateFieldSchema('cancelledOn'), reason: text('reason') }),
  ],
  { error: `status must be one of ${CORRECTIVE_ACTION_STATUSES.join(', ')}` },
);

const statusSchema: z.ZodType<CorrectiveActionStatus> = z.enum(CORRECTIVE_ACTION_STATUSES);
const intentSchema: z.ZodType<CorrectiveActionIntent | 'plan'> = z.enum(['start', 'markImplemented', 'cancel', 'revise', 'plan']);

export const correctiveActionHistoryEntrySchema: z.ZodType<CorrectiveActionHistoryEntry> = z.object({
  at: instantSchema('history[].at'),
  by: accountIdSchema('history[].by'),
  from: statusSchema.nullable(),
  to: statusSchema,
  intent: intentSchema,
  note: z.string().nullable(),
});
