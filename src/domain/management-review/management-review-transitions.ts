// The guarded intents of a management review. Each returns the new review and its history entry; an intent from the
// wrong status is an ILLEGAL_TRANSITION naming where it is allowed from.
import { DomainError } from '../domain-error';
import { hasNoDuplicates } from '../field-schemas';
import { historyEntry, type AccountId, type TransitionContext } from '../history-entry';
import { compareLocalDates, type LocalDate } from '../local-date';
import type { HeldReview, ManagementReview, PackReadyReview, PublishedReview, ReviewIntent, ReviewStatus, ReviewTransition } from './management-review';
import type { PublishedReviewRecord } from './publish-review';
import type { ReviewPack } from './review-pack';

const FROM = {
  preparePack: ['scheduled', 'pack_ready'],
  recordHeld: ['pack_ready'],
  publish: ['held', 'published'],
} as const satisfies Record<Exclude<ReviewIntent, 'schedule'>, readonly ReviewStatus[]>;

type GuardedIntent = keyof typeof FROM;
type ReviewIn<I extends GuardedIntent> = Extract<ManagementReview, { readonly status: (typeof FROM)[I][number] }>;

export function canApplyToReview<I extends GuardedIntent>(review: ManagementReview, intent: I): review is ReviewIn<I> {
  const allowed: readonly ReviewStatus[] = FROM[intent];
  return allowed.includes(review.status);
}

function requireIntent<I extends GuardedIntent>(review: ManagementReview, intent: I): ReviewIn<I> {
  if (canApplyToReview(review, intent)) return review;
  const allowed: readonly ReviewStatus[] = FROM[intent];
  throw new DomainError('ILLEGAL_TRANSITION', `cannot "${intent}" a management review in status "${review.status}": allowed from ${allowed.map((s) => `"${s}"`).join(' or ')}`, {
    reviewId: review.id,
    intent,
    from: review.status,
    allowedFrom: allowed,
  });
}

/** Attaches a (re)built pack; missing inputs do not block — they are shown in the pack and minuted. */
export function preparePack(review: ManagementReview, pack: ReviewPack, ctx: TransitionContext): ReviewTransition<PackReadyReview> {
  const from = requireIntent(review, 'preparePack');
  const next: PackReadyReview = { ...from, status: 'pack_ready', packAsOf: pack.asOf, missingInputs: pack.missing.length };
  const note = ctx.note ?? `pack as of ${pack.asOf}, ${pack.missing.length} input(s) missing`;
  return { review: next, history: historyEntry({ ...ctx, note }, from.status, next.status, 'preparePack') };
}

export function recordReviewHeld(
  review: ManagementReview,
  meeting: { readonly heldOn: LocalDate; readonly participants: readonly AccountId[] },
  ctx: TransitionContext,
): ReviewTransition<HeldReview> {
  const from = requireIntent(review, 'recordHeld');
  if (compareLocalDates(meeting.heldOn, from.packAsOf) < 0) {
    throw new DomainError('INVALID_INPUT', `heldOn ${meeting.heldOn} must not be before the pack date ${from.packAsOf}`, { field: 'heldOn' });
  }
  if (meeting.participants.length === 0) throw new DomainError('INVALID_INPUT', 'participants must name who took part', { field: 'participants' });
  if (!hasNoDuplicates(meeting.participants)) throw new DomainError('INVALID_INPUT', 'participants must not repeat an account', { field: 'participants' });
  const next: HeldReview = { ...from, status: 'held', heldOn: meeting.heldOn, participants: meeting.participants };
  return { review: next, history: historyEntry(ctx, from.status, next.status, 'recordHeld') };
}

/** Points the review at a record `publishReview` produced for it; its author and instant make the history entry. */
export function markReviewPublished(review: ManagementReview, record: PublishedReviewRecord): ReviewTransition<PublishedReview> {
  const from = requireIntent(review, 'publish');
  const expected = from.status === 'published' ? from.publishedVersion + 1 : 1;
  if (record.reviewId !== from.id || record.version !== expected) {
    throw new DomainError('INVALID_INPUT', `record ${record.recordId} is not version ${expected} of management review ${from.id}`, { field: 'record', recordId: record.recordId });
  }
  const next: PublishedReview = { ...from, status: 'published', publishedVersion: record.version, publishedRecordId: record.recordId };
  const ctx = { at: record.publishedAt, by: record.publishedBy, note: `version ${record.version}` };
  return { review: next, history: historyEntry(ctx, from.status, next.status, 'publish') };
}
