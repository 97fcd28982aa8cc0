// Publishes a held review (7.5.3, 9.3.3): pack + minutes + outputs become an immutable version with a SHA-256
// content hash, written once; the review issue's clause9 property names the version in force and its hash; the
// action items become Jira issues. A publish whose content equals the latest version is a retry and returns that
// version; changed content becomes version n+1, which supersedes n — n itself is never touched.
import type { ActionIssueRef } from '../adapters/storage/management-review-schemas';
import type { StoredPublishedReview } from '../adapters/storage/published-review-store';
import { markReviewPublished } from '../domain/management-review/management-review-transitions';
import { publishReview } from '../domain/management-review/publish-review';
import { sameReviewContent } from '../domain/management-review/same-review-content';
import { AppError } from './app-error';
import type { AppIssuePorts } from './app-issue-ports';
import type { Actor } from './audit-programme-ports';
import { createReviewActions, type ActionItemOutcome } from './create-review-actions';
import { ensureReviewIssue, requireReview, reviewProperty, toReviewView, type ReviewStorePorts, type ReviewView } from './management-review-ports';

export interface PublishedSummary {
  readonly recordId: string;
  readonly version: number;
  readonly supersedes: string | null;
  readonly contentHash: string;
  readonly hashAlgorithm: string;
  readonly publishedAt: string;
  readonly publishedBy: string;
}

export interface PublishResult {
  readonly review: ReviewView;
  readonly published: PublishedSummary;
  /** True when nothing changed since the latest version, which is returned as it is. */
  readonly reused: boolean;
  readonly actionItems: readonly ActionItemOutcome[];
}

export function toPublishedSummary(stored: StoredPublishedReview): PublishedSummary {
  const { record } = stored;
  return { recordId: record.recordId, version: record.version, supersedes: record.supersedes, contentHash: stored.contentHash, hashAlgorithm: stored.hashAlgorithm, publishedAt: record.publishedAt, publishedBy: record.publishedBy };
}

export async function publishManagementReview(ports: ReviewStorePorts & AppIssuePorts, reviewId: string, actor: Actor): Promise<PublishResult> {
  let current = await requireReview(ports, reviewId);
  const { review } = current.value;
  if (review.status !== 'held' && review.status !== 'published') {
    throw new AppError('ILLEGAL_TRANSITION', `Management review "${reviewId}" is ${review.status}: record the meeting (minutes and outputs) before publishing.`);
  }
  const draft = (await ports.draftStore(reviewId).read())?.value;
  if (draft === undefined || draft.minutes === null || draft.outputs === null) throw new AppError('INVALID_PAYLOAD', 'minutes: record the minutes and outputs before publishing', 'minutes');
  const hash = current.value.packHash;
  const pack = hash === null ? undefined : await ports.readPack(reviewId, hash);
  if (pack === undefined) throw new AppError('CONFLICT', `The pack management review "${reviewId}" was held on is no longer stored; contact support.`);
  const latest = review.status === 'published' ? await ports.readPublished(reviewId, review.publishedVersion) : undefined;
  const version = latest === undefined ? 1 : latest.record.version + 1;
  const candidate = publishReview(review, pack, draft.minutes, draft.outputs, actor.at, actor.by, version, latest?.record);
  let stored: StoredPublishedReview;
  const reused = latest !== undefined && sameReviewContent(candidate, latest.record);
  if (latest !== undefined && reused) {
    stored = latest;
  } else {
    const written = await ports.writePublished(candidate);
    // Not created: a run that stopped before updating the review already wrote this version. Adopt it only if it says the same.
    if (!written.created && !sameReviewContent(written.stored.record, candidate)) {
      throw new AppError('CONFLICT', `Version ${version} of "${reviewId}" was just published with other content; reload and review it.`);
    }
    stored = written.stored;
    const { review: published, history } = markReviewPublished(review, stored.record);
    current = await ports.reviewStore(reviewId).write({ ...current.value, review: published, history: [...current.value.history, history] }, { ...actor, expectedVersion: current.version });
  }
  const reviewIssue = current.value.jiraIssue ?? (await ensureReviewIssue(ports, current.value.review));
  await ports.setClause9Property(reviewIssue.id, reviewProperty(current.value.review, { recordId: stored.record.recordId, contentHash: stored.contentHash }));
  // Published is the review's last step, so its issue leaves boards and `statusCategory != Done` searches.
  await ports.followStatus(reviewIssue.id, 'done');
  // The draft's items: the published version holds the same ones (equal content), in the domain's own types.
  const actions = await createReviewActions(ports, reviewId, reviewIssue, draft.outputs.actionItems, current.value.actionIssues);
  if (current.value.jiraIssue === null || changedIssues(current.value.actionIssues, actions.issues)) {
    current = await ports.reviewStore(reviewId).write({ ...current.value, jiraIssue: reviewIssue, actionIssues: actions.issues }, { ...actor, expectedVersion: current.version });
  }
  return { review: toReviewView(current), published: toPublishedSummary(stored), reused, actionItems: actions.outcomes };
}

function changedIssues(before: Readonly<Record<string, ActionIssueRef>>, after: Readonly<Record<string, ActionIssueRef>>): boolean {
  return JSON.stringify(before) !== JSON.stringify(after);
}
