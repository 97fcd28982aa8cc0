// Management reviews in KVS: the review record and the draft are versioned (versioned-value.ts); a built pack is a
// plain value addressed by its hash, because it is derived from live data and rebuilt on demand (the hash on the
// review record pins the one the review is held on). The index lists every review, for the reviews page.
import { kvs } from '@forge/kvs';

import { canonicalJson } from '../../domain/management-review/canonical-json';
import type { ReviewPack } from '../../domain/management-review/review-pack';
import { sha256Hex } from './content-hash';
import {
  reviewDraftSchema,
  reviewIndexSchema,
  reviewPackSchema,
  reviewRecordSchema,
  type ReviewDraft,
  type ReviewRecord,
} from './management-review-schemas';
import { ISMS_RECORD_KEYS } from './storage-keys';
import { versionedValue, type ChangeMeta, type VersionedValue } from './versioned-value';

export const reviewRecordStore = (reviewId: string): VersionedValue<ReviewRecord> => versionedValue(ISMS_RECORD_KEYS.managementReview(reviewId), reviewRecordSchema);

export const reviewDraftStore = (reviewId: string): VersionedValue<ReviewDraft> => versionedValue(ISMS_RECORD_KEYS.managementReviewDraft(reviewId), reviewDraftSchema);

const reviewIndexStore = versionedValue(ISMS_RECORD_KEYS.managementReviewIndex, reviewIndexSchema);

export async function readReviewIds(): Promise<readonly string[]> {
  return (await reviewIndexStore.read())?.value.reviewIds ?? [];
}

/** Adds the id unless listed (a retried schedule adds nothing); retries when another write got in first. */
export async function addReviewId(reviewId: string, meta: Omit<ChangeMeta, 'expectedVersion'>): Promise<void> {
  await reviewIndexStore.update((current) => {
    const ids = current?.reviewIds ?? [];
    return ids.includes(reviewId) ? { reviewIds: ids } : { reviewIds: [...ids, reviewId] };
  }, meta);
}

export function packHash(pack: ReviewPack): string {
  return sha256Hex(canonicalJson(pack));
}

/** Stores the pack under its own hash (so a half-finished rebuild never replaces the pack a review is held on). */
export async function writeReviewPack(reviewId: string, pack: ReviewPack): Promise<string> {
  const hash = packHash(pack);
  await kvs.set(ISMS_RECORD_KEYS.managementReviewPack(reviewId, hash), pack);
  return hash;
}

export async function readReviewPack(reviewId: string, hash: string): Promise<ReviewPack | undefined> {
  const stored = await kvs.get<unknown>(ISMS_RECORD_KEYS.managementReviewPack(reviewId, hash));
  return stored === undefined ? undefined : reviewPackSchema.parse(stored);
}

/** Drops a pack no review points at any more (best effort: a leftover pack is harmless). */
export async function deleteReviewPack(reviewId: string, hash: string): Promise<void> {
  await kvs.delete(ISMS_RECORD_KEYS.managementReviewPack(reviewId, hash));
}
