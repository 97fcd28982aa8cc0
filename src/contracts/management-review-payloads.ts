// Payloads of the reviews page (ISMS page "clause9-isms", sub-page reviews), shared with static/isms. The typed-in
// inputs reuse the domain's schemas (messages name the field); lists are capped so a draft fits one KVS value.
import { z } from 'zod';

import { accountIdSchema, hasNoDuplicates, localDateFieldSchema, requiredTextSchema, wholeNumberSchema } from '../domain/field-schemas';
import {
  interestedPartyChangesSchema,
  interestedPartyFeedbackSchema,
  issueChangesSchema,
  resourceAdequacySchema,
  securityObjectivesSchema,
} from '../domain/management-review/review-pack-inputs-schema';
import { scheduleReviewInputSchema } from '../domain/management-review/schedule-review';
import { recordIdSchema } from './audit-programme-payloads';

const MAX_ENTRIES = 100;
const reviewId = { reviewId: recordIdSchema('reviewId') };
const atMost = (field: string) => ({ error: `${field} must hold at most ${MAX_ENTRIES} entries`, path: [field.split('.').at(-1) ?? field] });

export const reviewRefPayloadSchema = z.object(reviewId).strict();

/** The id is checked first (it becomes part of KVS keys), then the domain's own scheduling schema. */
export const scheduleReviewPayloadSchema = z.looseObject({ id: recordIdSchema('id') }).pipe(scheduleReviewInputSchema);

export const buildPackPayloadSchema = z.object({ ...reviewId, asOf: localDateFieldSchema('asOf').optional() }).strict();

const count = (field: string) => wholeNumberSchema(field, 0, 100_000);

export const riskPayloadSchema = z
  .object({
    assessedOn: localDateFieldSchema('risk.assessedOn').nullable(),
    risksByLevel: z.array(z.object({ level: requiredTextSchema('risk.risksByLevel.level', 60), count: count('risk.risksByLevel.count') }), { error: 'risk.risksByLevel must be a list' }).max(20, { error: 'risk.risksByLevel must hold at most 20 levels' }),
    risksAboveAcceptance: count('risk.risksAboveAcceptance'),
    treatmentActionsTotal: count('risk.treatmentActionsTotal'),
    treatmentActionsCompleted: count('risk.treatmentActionsCompleted'),
    treatmentActionsOverdue: count('risk.treatmentActionsOverdue'),
  })
  .superRefine((risk, ctx) => {
    if (risk.treatmentActionsCompleted + risk.treatmentActionsOverdue > risk.treatmentActionsTotal) {
      ctx.addIssue({ code: 'custom', path: ['treatmentActionsTotal'], message: 'risk.treatmentActionsTotal must be at least treatmentActionsCompleted + treatmentActionsOverdue' });
    }
  });

/** Each input is optional: only those sent are replaced; null clears one (it is then listed as missing again). */
export const saveInputsPayloadSchema = z
  .object({
    ...reviewId,
    expectedVersion: z.number({ error: 'expectedVersion must be a number' }).int().min(0, { error: 'expectedVersion must be 0 or more' }).optional(),
    issueChanges: issueChangesSchema.refine((input) => input.changes.length <= MAX_ENTRIES, atMost('issueChanges.changes')).nullable().optional(),
    interestedPartyChanges: interestedPartyChangesSchema.refine((input) => input.changes.length <= MAX_ENTRIES, atMost('interestedPartyChanges.changes')).nullable().optional(),
    interestedPartyFeedback: interestedPartyFeedbackSchema.refine((input) => input.entries.length <= MAX_ENTRIES, atMost('interestedPartyFeedback.entries')).nullable().optional(),
    objectives: securityObjectivesSchema.max(MAX_ENTRIES, { error: `objectives must hold at most ${MAX_ENTRIES} entries` }).nullable().optional(),
    risk: riskPayloadSchema.nullable().optional(),
    resources: resourceAdequacySchema.nullable().optional(),
  })
  .strict();
export type SaveInputsPayload = z.infer<typeof saveInputsPayloadSchema>;
/** What the page sends (dates as typed, before parsing). */
export type SaveInputsRequest = z.input<typeof saveInputsPayloadSchema>;

/** The meeting as minuted (9.3.3); `outputs` are checked against `heldOn` by the domain (due dates after it). */
export const saveMinutesPayloadSchema = z
  .object({
    ...reviewId,
    heldOn: localDateFieldSchema('heldOn'),
    participants: z
      .array(accountIdSchema('participants'), { error: 'participants must be a list of account ids' })
      .min(1, { error: 'participants must name who took part' })
      .max(MAX_ENTRIES, { error: `participants must name at most ${MAX_ENTRIES} people` })
      .refine(hasNoDuplicates, { error: 'participants must not repeat an account' }),
    minutes: z.object(
      {
        text: requiredTextSchema('minutes.text', 100_000),
        distributedTo: z
          .array(accountIdSchema('minutes.distributedTo'), { error: 'minutes.distributedTo must be a list of account ids' })
          .min(1, { error: 'minutes.distributedTo must name at least one recipient' })
          .max(MAX_ENTRIES, { error: `minutes.distributedTo must name at most ${MAX_ENTRIES} people` }),
      },
      { error: 'minutes must have text and distributedTo' },
    ),
    outputs: z.unknown(),
  })
  .strict();
export type SaveMinutesPayload = z.infer<typeof saveMinutesPayloadSchema>;
export type SaveMinutesRequest = z.input<typeof saveMinutesPayloadSchema>;

export const exportReviewPayloadSchema = z
  .object({ ...reviewId, version: z.number({ error: 'version must be a number' }).int({ error: 'version must be a whole number' }).min(1, { error: 'version must be 1 or more' }).optional() })
  .strict();

export const emptyReviewPayloadSchema = z.object({}).strict();
