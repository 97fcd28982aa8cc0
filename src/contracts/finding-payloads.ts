// What the finding panel (and the Automation actions) may send for each finding and corrective-action intent.
// Shapes are checked here with messages naming the field; lifecycle rules (which step is allowed, dates in order)
// stay in the domain. Text limits keep a finding's whole record inside Jira's 32 KB issue-property limit.
import { z } from 'zod';

import { correctiveActionHistoryEntrySchema, correctiveActionSchema } from '../domain/corrective-action-schema';
import { effectivenessReviewSchema } from '../domain/effectiveness-review';
import { accountIdSchema, localDateFieldSchema, optionalTextSchema, requiredTextSchema } from '../domain/field-schemas';
import { FINDING_KINDS, FINDING_SOURCES } from '../domain/finding';
import { findingHistoryEntrySchema, findingSchema } from '../domain/finding-schema';
import { rootCauseAnalysisSchema } from '../domain/root-cause';

/** Client request ids become KVS keys and the finding's stable id: letters, digits and . _ : - only. */
export const REQUEST_ID_RULE = 'requestId must be 8 to 100 characters: letters, digits, ".", "_", ":" or "-"';
export const requestIdSchema = z.string({ error: REQUEST_ID_RULE }).regex(/^[A-Za-z0-9._:-]{8,100}$/, { error: REQUEST_ID_RULE });

const ISSUE_KEY_RULE = 'issueKey must be a Jira issue key such as ISMS-42';
const issueKeySchema = z.string({ error: ISSUE_KEY_RULE }).regex(/^[A-Z][A-Z0-9_]{0,9}-[1-9]\d*$/, { error: ISSUE_KEY_RULE });

const expectedRevisionSchema = z.number({ error: 'expectedRevision must be a whole number from 1' }).int({ error: 'expectedRevision must be a whole number from 1' }).min(1, { error: 'expectedRevision must be a whole number from 1' });

/** Every lifecycle payload: which issue (default: the panel's issue), the revision the UI showed, a history note. */
const step = {
  issueKey: issueKeySchema.optional(),
  expectedRevision: expectedRevisionSchema.optional(),
  note: optionalTextSchema('note', 2_000).optional(),
};

export const findingReadPayloadSchema = z.object({ issueKey: issueKeySchema.optional() }, { error: 'the payload must be an object' });

export const raiseFindingPayloadSchema = z.object({
  requestId: requestIdSchema,
  kind: z.enum(FINDING_KINDS, { error: `kind must be one of ${FINDING_KINDS.join(', ')}` }),
  source: z.enum(FINDING_SOURCES, { error: `source must be one of ${FINDING_SOURCES.join(', ')}` }),
  sourceRef: requiredTextSchema('sourceRef', 255).nullable(),
  references: z.array(z.string({ error: 'references[] must be text' }), { error: 'references must be a list of clause or control ids' }).max(50, { error: 'references must hold at most 50 ids' }),
  title: requiredTextSchema('title', 255),
  description: requiredTextSchema('description', 8_000),
  /** Default: today in the organisation's time zone. */
  raisedOn: localDateFieldSchema('raisedOn').optional(),
});
export type RaiseFindingPayload = z.infer<typeof raiseFindingPayloadSchema>;

/** Records a Finding issue created in Jira as a Clause9 finding: its summary and description are the issue's own. */
export const recordIssuePayloadSchema = raiseFindingPayloadSchema.pick({ kind: true, source: true, sourceRef: true, references: true }).extend({
  issueKey: issueKeySchema.optional(),
  /** Only for an issue without a description; it is written to the issue too. */
  description: optionalTextSchema('description', 8_000).optional(),
});

export const containPayloadSchema = z.object({
  ...step,
  containment: z.object({
    correction: requiredTextSchema('containment.correction', 2_000),
    consequences: optionalTextSchema('containment.consequences', 2_000).optional(),
    containedOn: localDateFieldSchema('containment.containedOn').optional(),
  }),
});

export const rootCausePayloadSchema = z.object({ ...step, rootCause: rootCauseAnalysisSchema });

export const newCorrectiveActionSchema = z.object({
  /** Issue summary; default: the start of the description. */
  summary: requiredTextSchema('summary', 255).optional(),
  description: requiredTextSchema('description', 4_000),
  completionCriterion: requiredTextSchema('completionCriterion', 2_000),
  owner: accountIdSchema('owner').nullable(),
  dueDate: localDateFieldSchema('dueDate').nullable(),
});
export type NewCorrectiveAction = z.infer<typeof newCorrectiveActionSchema>;

const actionsSchema = z.array(newCorrectiveActionSchema, { error: 'actions must be a list' }).max(20, { error: 'actions must hold at most 20 corrective actions' });

export const planActionsPayloadSchema = z.object({
  ...step,
  actions: actionsSchema,
  /** Observations and OFIs only: what will be done (their tracked actions are optional). */
  plan: requiredTextSchema('plan', 2_000).optional(),
});

export const emptyStepPayloadSchema = z.object(step, { error: 'the payload must be an object' });

export const scheduleReviewPayloadSchema = z.object({ ...step, reviewDueOn: localDateFieldSchema('reviewDueOn') });

/** The reviewer is whoever records it; the day defaults to today. */
export const reviewInputSchema = z.object({
  reviewOn: localDateFieldSchema('review.reviewOn').optional(),
  evidence: requiredTextSchema('review.evidence', 2_000),
  result: effectivenessReviewSchema.shape.result,
});
export type ReviewInput = z.infer<typeof reviewInputSchema>;

export const recordReviewPayloadSchema = z.object({ ...step, review: reviewInputSchema });
export const reopenPayloadSchema = z.object({ ...step, review: reviewInputSchema, reason: requiredTextSchema('reason', 2_000) });
export const replanPayloadSchema = z.object({
  ...step,
  review: reviewInputSchema,
  reason: requiredTextSchema('reason', 2_000),
  actions: actionsSchema,
  /** Ids of earlier actions that stay in the new plan. */
  keepActionIds: z.array(requiredTextSchema('keepActionIds[]', 255)).max(20).optional(),
});

export const closeImprovementPayloadSchema = z.object({ ...step, result: requiredTextSchema('result', 2_000), closedOn: localDateFieldSchema('closedOn').optional() });
export const closeWithoutActionPayloadSchema = z.object({ ...step, reason: requiredTextSchema('reason', 2_000), closedOn: localDateFieldSchema('closedOn').optional() });

/** Corrective actions are worked on their own issue: its key is required. */
const actionStep = { ...step, issueKey: issueKeySchema };
export const startActionPayloadSchema = z.object(actionStep);
export const actionImplementedPayloadSchema = z.object({
  ...actionStep,
  implementedOn: localDateFieldSchema('implementedOn').optional(),
  implementationEvidence: requiredTextSchema('implementationEvidence', 2_000),
});
export const cancelActionPayloadSchema = z.object({ ...actionStep, reason: requiredTextSchema('reason', 2_000), cancelledOn: localDateFieldSchema('cancelledOn').optional() });

/** Only the fields sent change; owner or dueDate null clears it (refused while work is in progress). */
const REVISE_RULE = 'give at least one of owner, dueDate, description or completionCriterion to revise';
export const reviseActionPayloadSchema = z
  .object({
    ...actionStep,
    owner: newCorrectiveActionSchema.shape.owner.optional(),
    dueDate: newCorrectiveActionSchema.shape.dueDate.optional(),
    description: newCorrectiveActionSchema.shape.description.optional(),
    completionCriterion: newCorrectiveActionSchema.shape.completionCriterion.optional(),
  })
  .refine((payload) => [payload.owner, payload.dueDate, payload.description, payload.completionCriterion].some((value) => value !== undefined), { error: REVISE_RULE });

/** Findings and corrective actions with their history, as the domain records them (demo seed, register import). */
export const importFindingsPayloadSchema = z.object({
  findings: z
    .array(z.object({ finding: findingSchema, history: z.array(findingHistoryEntrySchema) }), { error: 'findings must be a list of { finding, history }' })
    .max(100, { error: 'findings must hold at most 100 findings per call' }),
  correctiveActions: z
    .array(z.object({ action: correctiveActionSchema, history: z.array(correctiveActionHistoryEntrySchema) }), { error: 'correctiveActions must be a list of { action, history }' })
    .max(300, { error: 'correctiveActions must hold at most 300 actions per call' }),
});
