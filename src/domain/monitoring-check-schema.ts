// Parses stored monitoring checks (the app's issue property on the check's Jira issue) and completion payloads.
import { z } from 'zod';
import { accountIdSchema, instantSchema, localDateFieldSchema, optionalTextSchema, requiredTextSchema, wholeNumberSchema } from './field-schemas';
import { CHECK_OUTCOMES, type CheckCompletion, type MonitoringCheck } from './monitoring-check';
import { monitoringItemIdSchema } from './monitoring-item-schema';

const outcomeSchema = z.enum(CHECK_OUTCOMES, { error: `outcome must be one of ${CHECK_OUTCOMES.join(', ')}` });

export const checkCompletionSchema: z.ZodType<CheckCompletion> = z.object(
  {
    outcome: outcomeSchema,
    completedOn: localDateFieldSchema('completedOn'),
    findingsSummary: optionalTextSchema('findingsSummary', 10_000),
    recommendations: optionalTextSchema('recommendations', 10_000),
  },
  { error: 'completion must be an object with outcome, completedOn, findingsSummary and recommendations' },
);

const baseFields = {
  id: requiredTextSchema('id', 100),
  itemId: monitoringItemIdSchema,
  occurrenceKey: requiredTextSchema('occurrenceKey', 200),
  dueOn: localDateFieldSchema('dueOn'),
  leadTimeDays: wholeNumberSchema('leadTimeDays', 0, 365),
  responsibleAccountId: accountIdSchema('responsibleAccountId'),
};

export const monitoringCheckSchema: z.ZodType<MonitoringCheck> = z
  .discriminatedUnion(
    'status',
    [
      z.object({ ...baseFields, status: z.literal('scheduled') }),
      z.object({ ...baseFields, status: z.literal('in_progress'), startedAt: instantSchema('startedAt') }),
      z.object({
        ...baseFields,
        status: z.literal('done'),
        startedAt: instantSchema('startedAt'),
        completedOn: localDateFieldSchema('completedOn'),
        completedBy: accountIdSchema('completedBy'),
        outcome: outcomeSchema,
        report: z.object({ findingsSummary: optionalTextSchema('report.findingsSummary', 10_000), recommendations: optionalTextSchema('report.recommendations', 10_000) }),
        reportSentOn: localDateFieldSchema('reportSentOn').nullable(),
      }),
      z.object({
        ...baseFields,
        status: z.literal('skipped'),
        startedAt: instantSchema('startedAt').nullable(),
        skippedAt: instantSchema('skippedAt'),
        skippedBy: accountIdSchema('skippedBy'),
        skipReason: requiredTextSchema('skipReason', 1000),
      }),
    ],
    { error: 'status must be one of scheduled, in_progress, done, skipped' },
  )
  .refine((check) => check.occurrenceKey === `${check.itemId}@${check.dueOn}`, {
    error: 'occurrenceKey must be itemId@dueOn',
    path: ['occurrenceKey'],
  });
