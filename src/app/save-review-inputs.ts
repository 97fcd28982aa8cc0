// The inputs the MR types in (9.3.2 b, c, d 4, e, f, resources, with the climate-change answers of 4.1/4.2) are
// kept on the review's versioned draft. They can change until the review is held; rebuild the pack to show them.
import type { VersionedRecord } from '../adapters/storage/versioned-value';
import { EMPTY_REVIEW_DRAFT, type ReviewDraft } from '../adapters/storage/management-review-schemas';
import type { SaveInputsPayload } from '../contracts/management-review-payloads';
import { AppError } from './app-error';
import type { Actor } from './audit-programme-ports';
import { requireReview, type ReviewStorePorts } from './management-review-ports';

export interface DraftView {
  readonly reviewId: string;
  readonly draft: ReviewDraft;
  /** 0 until first saved. */
  readonly version: number;
}

export function toDraftView(reviewId: string, record: VersionedRecord<ReviewDraft> | undefined): DraftView {
  return { reviewId, draft: record?.value ?? EMPTY_REVIEW_DRAFT, version: record?.version ?? 0 };
}

const INPUTS = ['issueChanges', 'interestedPartyChanges', 'interestedPartyFeedback', 'objectives', 'risk', 'resources'] as const;

export async function saveReviewInputs(ports: Pick<ReviewStorePorts, 'reviewStore' | 'draftStore'>, request: SaveInputsPayload, actor: Actor): Promise<DraftView> {
  const { review } = (await requireReview(ports, request.reviewId)).value;
  if (review.status !== 'scheduled' && review.status !== 'pack_ready') {
    throw new AppError('ILLEGAL_TRANSITION', `Management review "${review.id}" is ${review.status}: its inputs are fixed once the review is held.`);
  }
  const store = ports.draftStore(request.reviewId);
  const current = await store.read();
  const version = current?.version ?? 0;
  if (request.expectedVersion !== undefined && request.expectedVersion !== version) {
    throw new AppError('CONFLICT', `The inputs of "${review.id}" were changed by someone else (version ${version}); reload and try again.`, 'expectedVersion');
  }
  let next: ReviewDraft = current?.value ?? EMPTY_REVIEW_DRAFT;
  for (const input of INPUTS) {
    const value = request[input];
    if (value !== undefined) next = { ...next, [input]: value };
  }
  return toDraftView(request.reviewId, await store.write(next, { ...actor, expectedVersion: version }));
}
