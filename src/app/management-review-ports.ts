// The storage ports the management review use cases share, the review's Jira issue (created once, found again by
// its clause9 id), and the view the reviews page shows.
import type { NewIssue } from '../adapters/jira/create-issue';
import type { JiraIssueRef } from '../adapters/storage/audit-programme-schemas';
import type { ReviewDraft, ReviewRecord } from '../adapters/storage/management-review-schemas';
import type { StoredPublishedReview } from '../adapters/storage/published-review-store';
import type { SetupState } from '../adapters/storage/setup-state';
import type { ChangeMeta, VersionedRecord, VersionedValue } from '../adapters/storage/versioned-value';
import type { ManagementReview, ReviewHistoryEntry } from '../domain/management-review/management-review';
import type { PublishedReviewRecord } from '../domain/management-review/publish-review';
import type { ReviewPack } from '../domain/management-review/review-pack';
import { AppError } from './app-error';
import { ensureClause9Issue, type AppIssuePorts } from './app-issue-ports';

export interface ReviewStorePorts {
  readonly reviewStore: (reviewId: string) => VersionedValue<ReviewRecord>;
  readonly draftStore: (reviewId: string) => VersionedValue<ReviewDraft>;
  readonly readReviewIds: () => Promise<readonly string[]>;
  readonly addReviewId: (reviewId: string, meta: Omit<ChangeMeta, 'expectedVersion'>) => Promise<void>;
  readonly writePack: (reviewId: string, pack: ReviewPack) => Promise<string>;
  readonly readPack: (reviewId: string, hash: string) => Promise<ReviewPack | undefined>;
  readonly deletePack: (reviewId: string, hash: string) => Promise<void>;
  readonly writePublished: (record: PublishedReviewRecord) => Promise<{ stored: StoredPublishedReview; created: boolean }>;
  readonly readPublished: (reviewId: string, version: number) => Promise<StoredPublishedReview | undefined>;
  readonly listPublished: (reviewId: string) => Promise<StoredPublishedReview[]>;
}

export async function requireReview(ports: Pick<ReviewStorePorts, 'reviewStore'>, reviewId: string): Promise<VersionedRecord<ReviewRecord>> {
  const record = await ports.reviewStore(reviewId).read();
  if (record === undefined) throw new AppError('NOT_FOUND', `There is no management review "${reviewId}".`, 'reviewId');
  return record;
}

export type ReviewView = ManagementReview & {
  readonly version: number;
  readonly jiraIssueKey: string | null;
  readonly history: readonly ReviewHistoryEntry[];
  readonly actionIssueKeys: Readonly<Record<string, string>>;
};

export function toReviewView(record: VersionedRecord<ReviewRecord>): ReviewView {
  const { review, jiraIssue, history, actionIssues } = record.value;
  const actionIssueKeys = Object.fromEntries(Object.entries(actionIssues).map(([itemId, ref]) => [itemId, ref.key]));
  return { ...review, version: record.version, jiraIssueKey: jiraIssue?.key ?? null, history, actionIssueKeys };
}

export const REVIEW_ISSUE_KIND = 'management-review';

export function reviewClause9Id(reviewId: string): string {
  return `${REVIEW_ISSUE_KIND}:${reviewId}`;
}

/** The review issue's clause9 property; once published it names the version in force and its content hash. */
export function reviewProperty(review: ManagementReview, published?: { readonly recordId: string; readonly contentHash: string }): Record<string, unknown> {
  return {
    id: reviewClause9Id(review.id),
    kind: REVIEW_ISSUE_KIND,
    status: review.status,
    v: 1,
    reviewId: review.id,
    scheduledDate: review.scheduledDate,
    publishedVersion: review.status === 'published' ? review.publishedVersion : null,
    publishedRecordId: published?.recordId ?? null,
    contentHash: published?.contentHash ?? null,
  };
}

function newReviewIssue(review: ManagementReview, setup: SetupState): NewIssue {
  return {
    fields: {
      project: { id: setup.projectId },
      issuetype: { id: setup.issueTypeIds.managementReview },
      summary: `${review.id}: ${review.title}`.slice(0, 255),
      duedate: review.scheduledDate,
    },
    properties: [{ key: 'clause9', value: reviewProperty(review) }],
  };
}

/** The review's "Management review" issue, created once. */
export async function ensureReviewIssue(ports: AppIssuePorts, review: ManagementReview): Promise<JiraIssueRef> {
  return (await ensureClause9Issue(ports, reviewClause9Id(review.id), () => newReviewIssue(review, ports.setup))).ref;
}
