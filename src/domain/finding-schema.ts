// Parses a stored finding (the `clause9` issue property of a Finding issue) back into the domain's types, so a
// hand-edited or truncated property is refused at the boundary instead of surfacing as a half-formed finding.
import { z } from 'zod';

import { effectivenessReviewSchema } from './effectiveness-review';
import { accountIdSchema, instantSchema, localDateFieldSchema, requiredTextSchema } from './field-schemas';
import type { CorrectiveActionIds, Finding, FindingStatus } from './finding';
import { FINDING_SOURCES, FINDING_STATUSES } from './finding';
import type { FindingHistoryEntry, FindingIntent } from './finding-intents';
import { FINDING_INTENTS } from './finding-intents';
import { rootCauseAnalysisSchema } from './root-cause';

const text = (field: string) => z.string({ error: `${field} must be text` });
const date = localDateFieldSchema;

const containmentSchema = z.object({
  correction: requiredTextSchema('containment.correction', 32_000),
  consequences: text('containment.consequences').optional(),
  containedOn: date('containment.containedOn'),
});

const actionIdsSchema = z
  .array(requiredTextSchema('correctiveActionIds[]', 255))
  .min(1, { error: 'correctiveActionIds needs at least one corrective action' })
  .transform(([first = '', ...rest]): CorrectiveActionIds => [first, ...rest]);

const passedReviewSchema = effectivenessReviewSchema.extend({ result: z.literal('effective') });
const failedReviewSchema = effectivenessReviewSchema.extend({ result: z.literal('ineffective') });

const facts = {
  id: requiredTextSchema('id', 255),
  source: z.enum(FINDING_SOURCES, { error: `source must be one of ${FINDING_SOURCES.join(', ')}` }),
  sourceRef: text('sourceRef').nullable(),
  references: z.array(text('references[]')),
  raisedBy: accountIdSchema('raisedBy'),
  raisedOn: date('raisedOn'),
  title: text('title'),
  description: text('description'),
};

export const ineffectiveCycleSchema = z.object({
  cycle: z.number().int().min(1),
  containment: containmentSchema,
  rootCause: rootCauseAnalysisSchema,
  correctiveActionIds: actionIdsSchema,
  implementedOn: date('implementedOn'),
  reviewDueOn: date('reviewDueOn'),
  review: failedReviewSchema,
  reason: text('reason'),
});

const nonconformityFacts = {
  ...facts,
  kind: z.enum(['major_nonconformity', 'minor_nonconformity']),
  cycle: z.number().int().min(1, { error: 'cycle must be a whole number from 1' }),
  priorCycles: z.array(ineffectiveCycleSchema),
};
const analysed = { containment: containmentSchema, rootCause: rootCauseAnalysisSchema };
const planned = { ...analysed, correctiveActionIds: actionIdsSchema };
const implemented = { ...planned, implementedOn: date('implementedOn') };
const reviewing = { ...implemented, reviewDueOn: date('reviewDueOn') };

const nonconformitySchema = z.discriminatedUnion('status', [
  z.object({ ...nonconformityFacts, status: z.literal('open') }),
  z.object({ ...nonconformityFacts, status: z.literal('contained'), containment: containmentSchema }),
  z.object({ ...nonconformityFacts, status: z.literal('root_cause_analysed'), ...analysed }),
  z.object({ ...nonconformityFacts, status: z.literal('corrective_action_planned'), ...planned }),
  z.object({ ...nonconformityFacts, status: z.literal('actions_implemented'), ...implemented }),
  z.object({ ...nonconformityFacts, status: z.literal('effectiveness_review'), ...reviewing }),
  z.object({ ...nonconformityFacts, status: z.literal('closed'), ...reviewing, review: passedReviewSchema }),
  z.object({ ...nonconformityFacts, status: z.literal('reopened'), containment: containmentSchema }),
]);

const improvementFacts = { ...facts, kind: z.enum(['observation', 'opportunity_for_improvement']) };

const closureSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('actioned'), plan: text('plan'), correctiveActionIds: z.array(text('correctiveActionIds[]')), result: text('result'), closedOn: date('closedOn') }),
  z.object({ outcome: z.literal('no_action'), reason: text('reason'), closedOn: date('closedOn') }),
]);

const improvementSchema = z.discriminatedUnion('status', [
  z.object({ ...improvementFacts, status: z.literal('open') }),
  z.object({ ...improvementFacts, status: z.literal('action_planned'), plan: text('plan'), correctiveActionIds: z.array(text('correctiveActionIds[]')) }),
  z.object({ ...improvementFacts, status: z.literal('closed'), closure: closureSchema }),
]);

/** A nonconformity or an observation/OFI in any status; the kind decides which lifecycle applies. */
export const findingSchema: z.ZodType<Finding> = z.union([nonconformitySchema, improvementSchema], {
  error: 'not a finding: kind and status do not match any lifecycle state',
});

const statusSchema: z.ZodType<FindingStatus> = z.enum(FINDING_STATUSES);
const isHistoryIntent = (value: string): value is FindingIntent | 'raise' => value === 'raise' || (FINDING_INTENTS as readonly string[]).includes(value);
const intentSchema: z.ZodType<FindingIntent | 'raise'> = z.string().refine(isHistoryIntent, { error: 'history[].intent must be "raise" or a finding intent' });

export const findingHistoryEntrySchema: z.ZodType<FindingHistoryEntry> = z.object({
  at: instantSchema('history[].at'),
  by: accountIdSchema('history[].by'),
  from: statusSchema.nullable(),
  to: statusSchema,
  intent: intentSchema,
  note: z.string().nullable(),
});
