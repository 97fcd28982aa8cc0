// Publishing a held management review: minutes, outputs and the pack they were based on become one immutable,
// versioned record (7.5.3: documented information is protected from unintended alteration). The record is a deep
// copy, deeply frozen; the storage layer hashes `publishedReviewJson(record)` and keeps both. A correction is a new
// version whose `supersedes` names the record it replaces — a published version itself never changes.
import { DomainError } from '../domain-error';
import { isIsoInstant, type AccountId } from '../history-entry';
import type { LocalDate } from '../local-date';
import { canonicalJson } from './canonical-json';
import { deepFreeze, type DeepReadonly } from './deep-freeze';
import type { ManagementReview, PeriodCovered } from './management-review';
import type { ReviewPack } from './review-pack';
import { validateReviewOutputs, type ReviewOutputs } from './review-outputs';

export interface ReviewMinutes {
  readonly text: string;
  /** Stakeholders the minutes are distributed to. */
  readonly distributedTo: readonly AccountId[];
}

interface PublishedReviewContent {
  readonly recordType: 'management_review';
  readonly recordId: string;
  readonly reviewId: string;
  readonly version: number;
  /** The record id of the version this one replaces; null for version 1. */
  readonly supersedes: string | null;
  readonly title: string;
  readonly scheduledDate: LocalDate;
  readonly heldOn: LocalDate;
  readonly periodCovered: PeriodCovered;
  readonly participants: readonly AccountId[];
  readonly publishedAt: string;
  readonly publishedBy: AccountId;
  readonly pack: ReviewPack;
  readonly minutes: ReviewMinutes;
  readonly outputs: ReviewOutputs;
}

export type PublishedReviewRecord = DeepReadonly<PublishedReviewContent>;

export function reviewRecordId(reviewId: string, version: number): string {
  return `${reviewId}@v${version}`;
}

function invalid(field: string, message: string): DomainError {
  return new DomainError('INVALID_INPUT', `${field} ${message}`, { field });
}

function requireMinutes(minutes: ReviewMinutes): ReviewMinutes {
  const text = minutes.text.trim();
  if (text === '') throw invalid('minutes.text', 'is required');
  if (minutes.distributedTo.length === 0) throw invalid('minutes.distributedTo', 'must name at least one recipient');
  return { text, distributedTo: [...new Set(minutes.distributedTo)] };
}

function supersededRecord(reviewId: string, version: number, previous: PublishedReviewRecord | undefined): string | null {
  if (!Number.isInteger(version) || version < 1) throw invalid('version', `must be a whole number of 1 or more, got ${version}`);
  if (version === 1) return null;
  if (previous?.reviewId !== reviewId || previous.version !== version - 1) {
    throw invalid('previous', `must be version ${version - 1} of management review ${reviewId}, which version ${version} supersedes`);
  }
  return previous.recordId;
}

/**
 * Version 1 publishes a held review; version n+1 re-publishes a published one (pass version n as `previous`).
 * Outputs are validated against the day the review was held: every action item has an owner and a later due date.
 */
export function publishReview(
  review: ManagementReview,
  pack: ReviewPack,
  minutes: ReviewMinutes,
  outputs: ReviewOutputs,
  publishedAt: string,
  publishedBy: AccountId,
  version: number,
  previous?: PublishedReviewRecord,
): PublishedReviewRecord {
  if (review.status !== 'held' && review.status !== 'published') {
    throw new DomainError('ILLEGAL_TRANSITION', `cannot publish management review ${review.id} in status "${review.status}": it must be held first`, { reviewId: review.id, from: review.status });
  }
  const expected = review.status === 'published' ? review.publishedVersion + 1 : 1;
  if (version !== expected) throw invalid('version', `must be ${expected} for management review ${review.id}, got ${version}`);
  if (pack.asOf !== review.packAsOf) throw invalid('pack', `must be the pack the review was held on (as of ${review.packAsOf}), got one as of ${pack.asOf}`);
  if (!isIsoInstant(publishedAt)) throw invalid('publishedAt', `must be an ISO-8601 instant with a zone, got "${publishedAt}"`);
  if (publishedBy.trim() === '') throw invalid('publishedBy', 'is required');
  const content: PublishedReviewContent = {
    recordType: 'management_review',
    recordId: reviewRecordId(review.id, version),
    reviewId: review.id,
    version,
    supersedes: supersededRecord(review.id, version, previous),
    title: review.title,
    scheduledDate: review.scheduledDate,
    heldOn: review.heldOn,
    periodCovered: review.periodCovered,
    participants: review.participants,
    publishedAt,
    publishedBy,
    pack,
    minutes: requireMinutes(minutes),
    outputs: validateReviewOutputs(outputs, review.heldOn),
  };
  // A deep copy through canonical JSON: the caller's objects stay theirs, later edits to them cannot reach the record,
  // and anything that would not survive storage (a Date, NaN) fails here rather than after the hash.
  return deepFreeze(JSON.parse(canonicalJson(content)) as PublishedReviewContent);
}

/** The canonical serialisation the storage layer hashes: same content, same bytes, whatever the key order. */
export function publishedReviewJson(record: PublishedReviewRecord): string {
  return canonicalJson(record);
}
