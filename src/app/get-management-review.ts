// Reads for the reviews page: every review (newest first), one review with its draft, pack and published versions,
// and the list of published versions with what supersedes what.
import type { ReviewPack } from '../domain/management-review/review-pack';
import { requireReview, toReviewView, type ReviewStorePorts, type ReviewView } from './management-review-ports';
import { toPublishedSummary, type PublishedSummary } from './publish-management-review';
import { toDraftView, type DraftView } from './save-review-inputs';

export interface ReviewDetail {
  readonly review: ReviewView;
  readonly draft: DraftView;
  /** The pack the review points at; null before one is built. */
  readonly pack: ReviewPack | null;
  readonly published: readonly PublishedVersion[];
}

export interface PublishedVersion extends PublishedSummary {
  /** The record id of the version that replaced this one; null for the version in force. */
  readonly supersededBy: string | null;
}

export async function listManagementReviews(ports: Pick<ReviewStorePorts, 'readReviewIds' | 'reviewStore'>): Promise<ReviewView[]> {
  const ids = await ports.readReviewIds();
  const records = await Promise.all(ids.map((id) => ports.reviewStore(id).read()));
  return records
    .flatMap((record) => (record === undefined ? [] : [toReviewView(record)]))
    .sort((a, b) => (a.scheduledDate < b.scheduledDate ? 1 : a.scheduledDate > b.scheduledDate ? -1 : a.id < b.id ? -1 : 1));
}

export async function listPublishedVersions(ports: Pick<ReviewStorePorts, 'reviewStore' | 'listPublished'>, reviewId: string): Promise<PublishedVersion[]> {
  await requireReview(ports, reviewId);
  const versions = (await ports.listPublished(reviewId)).map(toPublishedSummary);
  return versions.map((version) => ({ ...version, supersededBy: versions.find((later) => later.supersedes === version.recordId)?.recordId ?? null }));
}

export async function getManagementReview(ports: ReviewStorePorts, reviewId: string): Promise<ReviewDetail> {
  const record = await requireReview(ports, reviewId);
  const hash = record.value.packHash;
  const [draft, pack, published] = await Promise.all([
    ports.draftStore(reviewId).read(),
    hash === null ? Promise.resolve(undefined) : ports.readPack(reviewId, hash),
    listPublishedVersions(ports, reviewId),
  ]);
  return { review: toReviewView(record), draft: toDraftView(reviewId, draft), pack: pack ?? null, published };
}
