// The finding panel's reading of `finding/get` and of the lifecycle steps' answers, built from the domain's own
// schemas, so the panel checks what it is sent against the same rules the stored record follows.
import { z } from 'zod';

import { correctiveActionSchema } from '../domain/corrective-action-schema';
import { effectivenessReviewSchema } from '../domain/effectiveness-review';
import { localDateSchema } from '../domain/local-date';
import { findingHistoryEntrySchema, findingSchema, ineffectiveCycleSchema } from '../domain/finding-schema';
import { rootCauseAnalysisSchema } from '../domain/root-cause';
import type { FindingPanelView, RecordableIssue } from './finding-view';
import { ACTION_INTENT_KEYS, FINDING_INTENT_KEYS } from './finding-view';

const findingKeys = [...new Set(Object.values(FINDING_INTENT_KEYS))] as [FindingPanelView['nextAllowed'][number], ...FindingPanelView['nextAllowed'][number][]];
const actionKeys = Object.values(ACTION_INTENT_KEYS) as [FindingPanelView['correctiveActions'][number]['nextAllowed'][number], ...FindingPanelView['correctiveActions'][number]['nextAllowed'][number][]];

export const correctiveActionViewSchema = z.object({
  id: z.string(),
  issueKey: z.string(),
  issueId: z.string(),
  state: correctiveActionSchema,
  revision: z.number().int(),
  nextAllowed: z.array(z.enum(actionKeys)),
  overdue: z.boolean(),
  currentCycle: z.boolean(),
  jiraStatus: z.object({ name: z.string(), category: z.enum(['new', 'indeterminate', 'done']), matchesState: z.boolean() }).nullable(),
});

export const findingPanelViewSchema: z.ZodType<FindingPanelView> = z.object({
  issue: z.object({ id: z.string(), key: z.string(), statusName: z.string().nullable(), jiraStatusInSync: z.boolean() }),
  finding: findingSchema,
  stage: z.string(),
  revision: z.number().int(),
  nextAllowed: z.array(z.enum(findingKeys)),
  rootCause: z.object({ analysis: rootCauseAnalysisSchema, statement: z.string() }).nullable(),
  correctiveActions: z.array(correctiveActionViewSchema),
  effectivenessReview: z
    .object({ dueOn: localDateSchema.nullable(), overdue: z.boolean(), review: effectivenessReviewSchema.nullable(), priorCycles: z.array(ineffectiveCycleSchema) })
    .nullable(),
  history: z.array(findingHistoryEntrySchema),
  canEdit: z.boolean(),
});

export const recordableIssueSchema: z.ZodType<RecordableIssue> = z.object({
  issueKey: z.string(),
  summary: z.string(),
  recordable: z.boolean(),
  reason: z.string().nullable(),
  needsDescription: z.boolean(),
  canEdit: z.boolean(),
});

/** Every step answers the record's new revision; the panel then reads the whole view again. */
export const stepAnswerSchema = z.looseObject({ revision: z.number().int() });
