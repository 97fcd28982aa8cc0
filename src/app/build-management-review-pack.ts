// Builds the review pack from LIVE data as of a date (9.3.2): the computed inputs (Jira, KPIs, audits) plus the
// inputs the MR typed into the draft, shaped by the domain, which lists every missing input. The pack is stored
// under its hash and the review points at it; it may be rebuilt until the review is held.
import type { LocalDate } from '../domain/local-date';
import { buildReviewPack } from '../domain/management-review/build-review-pack';
import { canApplyToReview, preparePack } from '../domain/management-review/management-review-transitions';
import type { ReviewPack } from '../domain/management-review/review-pack';
import type { ReviewPackInputs } from '../domain/management-review/review-pack-inputs';
import { EMPTY_REVIEW_DRAFT, type ReviewDraft } from '../adapters/storage/management-review-schemas';
import { AppError } from './app-error';
import type { AppIssuePorts } from './app-issue-ports';
import type { Actor } from './audit-programme-ports';
import { gatherReviewInputs, type LiveInputPorts } from './gather-review-inputs';
import { requireReview, toReviewView, type ReviewStorePorts, type ReviewView } from './management-review-ports';

export interface BuiltPack {
  readonly review: ReviewView;
  readonly pack: ReviewPack;
  readonly packHash: string;
}

/** The typed-in inputs; a field nobody has entered stays undefined, so the pack lists it as missing. */
export function draftInputs(draft: ReviewDraft): ReviewPackInputs {
  const defined = <T>(value: T | null): T | undefined => value ?? undefined;
  return {
    issueChanges: defined(draft.issueChanges),
    interestedPartyChanges: defined(draft.interestedPartyChanges),
    interestedPartyFeedback: defined(draft.interestedPartyFeedback),
    objectives: defined(draft.objectives),
    risk: defined(draft.risk),
    resources: defined(draft.resources),
  };
}

export async function buildManagementReviewPack(ports: ReviewStorePorts & LiveInputPorts & Pick<AppIssuePorts, 'followStatus'>, reviewId: string, asOf: LocalDate, actor: Actor): Promise<BuiltPack> {
  const current = await requireReview(ports, reviewId);
  const { review } = current.value;
  if (!canApplyToReview(review, 'preparePack')) {
    throw new AppError('ILLEGAL_TRANSITION', `Management review "${reviewId}" is ${review.status}: its pack is fixed once the review is held.`);
  }
  const draft = (await ports.draftStore(reviewId).read())?.value ?? EMPTY_REVIEW_DRAFT;
  const live = await gatherReviewInputs(ports, review, asOf);
  const pack = buildReviewPack({ ...live, ...draftInputs(draft) }, asOf);
  const { review: ready, history } = preparePack(review, pack, actor);
  const packHash = await ports.writePack(reviewId, pack);
  const written = await ports.reviewStore(reviewId).write({ ...current.value, review: ready, history: [...current.value.history, history], packHash }, { ...actor, expectedVersion: current.version });
  const replaced = current.value.packHash;
  if (replaced !== null && replaced !== packHash) await ports.deletePack(reviewId, replaced);
  // Its first pack puts the review in preparation: work in progress on boards and in `statusCategory` JQL. A rebuild
  // leaves the status alone, so it stays one search.
  if (review.status === 'scheduled' && written.value.jiraIssue !== null) await ports.followStatus(written.value.jiraIssue.id, 'indeterminate');
  return { review: toReviewView(written), pack, packHash };
}
