// What a management review looks like in KVS, parsed on every read: the review record (lifecycle, history, Jira
// issues) and the draft the MR fills in (9.3.2 inputs typed by hand, minutes, outputs). Plain z.string() here, not
// the trimming input schemas: a stored value is read back exactly as it was written.
import { z } from 'zod';

import { localDateSchema } from '../../domain/local-date';
import type { ManagementReview, ReviewHistoryEntry } from '../../domain/management-review/management-review';
import { REVIEW_STATUSES } from '../../domain/management-review/management-review';
import type { ReviewMinutes } from '../../domain/management-review/publish-review';
import type { ReviewOutputs } from '../../domain/management-review/review-outputs';
import type {
  ChangesInput,
  FeedbackInput,
  InterestedPartyChange,
  IssueChange,
  ResourceAdequacy,
  RiskInput,
  SecurityObjectiveSummary,
} from '../../domain/management-review/review-pack-inputs';
import { reviewPackSchema, riskInputSchema } from '../../contracts/review-pack-schema';
import { jiraIssueRefSchema, type JiraIssueRef } from './audit-programme-schemas';

const facts = {
  id: z.string().min(1),
  title: z.string(),
  scheduledDate: localDateSchema,
  periodCovered: z.object({ from: localDateSchema, to: localDateSchema }),
  attendees: z.array(z.string()),
};
const held = { packAsOf: localDateSchema, heldOn: localDateSchema, participants: z.array(z.string()) };

export const managementReviewSchema = z.discriminatedUnion('status', [
  z.object({ ...facts, status: z.literal('scheduled') }),
  z.object({ ...facts, status: z.literal('pack_ready'), packAsOf: localDateSchema, missingInputs: z.number().int().min(0) }),
  z.object({ ...facts, status: z.literal('held'), ...held }),
  z.object({ ...facts, status: z.literal('published'), ...held, publishedVersion: z.number().int().min(1), publishedRecordId: z.string() }),
]) satisfies z.ZodType<ManagementReview>;

const historySchema = z.object({
  at: z.string(),
  by: z.string(),
  from: z.enum(REVIEW_STATUSES).nullable(),
  to: z.enum(REVIEW_STATUSES),
  intent: z.enum(['schedule', 'preparePack', 'recordHeld', 'publish']),
  note: z.string().nullable(),
}) satisfies z.ZodType<ReviewHistoryEntry>;

export interface ActionIssueRef extends JiraIssueRef {
  /** The "raised by" link to the review issue is known to exist. */
  readonly linked: boolean;
}

export interface ReviewRecord {
  readonly review: ManagementReview;
  readonly history: readonly ReviewHistoryEntry[];
  /** The "Management review" Jira issue, once created. */
  readonly jiraIssue: JiraIssueRef | null;
  /** Action item id → its "Review action" issue. */
  readonly actionIssues: Readonly<Record<string, ActionIssueRef>>;
  /** SHA-256 of the pack stored at review:pack:<id> when it was built: the pack the review is held on. */
  readonly packHash: string | null;
}

export const reviewRecordSchema = z.object({
  review: managementReviewSchema,
  history: z.array(historySchema),
  jiraIssue: jiraIssueRefSchema.nullable(),
  actionIssues: z.record(z.string(), jiraIssueRefSchema.extend({ linked: z.boolean() })),
  packHash: z.string().nullable(),
}) satisfies z.ZodType<ReviewRecord>;

function changesSchema<C extends z.ZodType>(change: C) {
  return z.object({ changes: z.array(change), noChangesConfirmed: z.boolean(), climate: z.object({ relevant: z.enum(['yes', 'no', 'not_assessed']), note: z.string() }) });
}

export const storedOutputsSchema = z.object({
  improvementDecisions: z.array(z.object({ description: z.string(), relatedFindingIds: z.array(z.string()) })),
  ismsChangeDecisions: z.array(z.object({ description: z.string(), relatedFindingIds: z.array(z.string()) })),
  resourceNeeds: z.array(z.object({ description: z.string(), owner: z.string().nullable() })),
  actionItems: z.array(z.object({ id: z.string(), description: z.string(), owner: z.string(), dueDate: localDateSchema })),
}) satisfies z.ZodType<ReviewOutputs>;

export const storedMinutesSchema = z.object({ text: z.string(), distributedTo: z.array(z.string()) }) satisfies z.ZodType<ReviewMinutes>;

/** What the MR enters (null = not entered yet, which the pack lists as missing), and the minutes and outputs. */
export interface ReviewDraft {
  readonly issueChanges: ChangesInput<IssueChange> | null;
  readonly interestedPartyChanges: ChangesInput<InterestedPartyChange> | null;
  readonly interestedPartyFeedback: FeedbackInput | null;
  readonly objectives: readonly SecurityObjectiveSummary[] | null;
  readonly risk: RiskInput | null;
  readonly resources: ResourceAdequacy | null;
  readonly minutes: ReviewMinutes | null;
  readonly outputs: ReviewOutputs | null;
}

export const EMPTY_REVIEW_DRAFT: ReviewDraft = {
  issueChanges: null,
  interestedPartyChanges: null,
  interestedPartyFeedback: null,
  objectives: null,
  risk: null,
  resources: null,
  minutes: null,
  outputs: null,
};

export const reviewDraftSchema = z.object({
  issueChanges: changesSchema(z.object({ origin: z.enum(['external', 'internal']), description: z.string() })).nullable(),
  interestedPartyChanges: changesSchema(z.object({ party: z.string(), change: z.string() })).nullable(),
  interestedPartyFeedback: z.object({ entries: z.array(z.object({ party: z.string(), summary: z.string(), receivedOn: localDateSchema })), noFeedbackConfirmed: z.boolean() }).nullable(),
  objectives: z.array(z.object({ id: z.string(), title: z.string(), target: z.string(), actual: z.string().nullable(), achieved: z.boolean().nullable() })).nullable(),
  risk: riskInputSchema.nullable(),
  resources: z.object({ assessment: z.enum(['adequate', 'inadequate', 'not_assessed']), note: z.string() }).nullable(),
  minutes: storedMinutesSchema.nullable(),
  outputs: storedOutputsSchema.nullable(),
}) satisfies z.ZodType<ReviewDraft>;

export const reviewIndexSchema = z.object({ reviewIds: z.array(z.string()) });

export { reviewPackSchema };
