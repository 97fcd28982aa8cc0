// Published management review versions: immutable evidence (7.5.3). Each version is one plain KVS value written
// with keyPolicy FAIL_IF_EXISTS, so nothing — a retry, a concurrent publish, a bug — can overwrite it. The value
// holds the record and the SHA-256 of its canonical JSON; every read recomputes the hash and refuses a mismatch.
import { kvs, WhereConditions } from '@forge/kvs';
import { z } from 'zod';

import { publishedReviewJson, type PublishedReviewRecord } from '../../domain/management-review/publish-review';
import { publishedReviewRecordSchema } from '../../contracts/management-review-views';
import { CONTENT_HASH_ALGORITHM, sha256Hex } from './content-hash';
import { ISMS_RECORD_KEYS } from './storage-keys';

/** KVS refuses values above 240 KiB; the record and its envelope must fit. */
export const MAX_PUBLISHED_BYTES = 235 * 1024;

/** The record schema is shared with the reviews page, which parses the same record. */
const recordSchema = publishedReviewRecordSchema;

/** A published record as read back: the domain's record, with plain (not deep-readonly) types for the renderers. */
export type PublishedRecord = z.output<typeof recordSchema>;

export interface StoredPublishedReview {
  readonly contentHash: string;
  readonly hashAlgorithm: typeof CONTENT_HASH_ALGORITHM;
  readonly record: PublishedRecord;
}

const storedSchema = z.object({ contentHash: z.string(), hashAlgorithm: z.literal(CONTENT_HASH_ALGORITHM), record: recordSchema });

/** The stored bytes do not hash to the hash stored with them: the record was altered outside the app. */
export class PublishedRecordIntegrityError extends Error {
  override readonly name = 'PublishedRecordIntegrityError';
  constructor(readonly key: string) {
    super(`The published record at ${key} does not match its content hash; it was changed outside Clause9.`);
  }
}

export class PublishedRecordTooLargeError extends Error {
  override readonly name = 'PublishedRecordTooLargeError';
  constructor(readonly bytes: number) {
    super(`The published record would be ${Math.ceil(bytes / 1024)} KiB; at most ${MAX_PUBLISHED_BYTES / 1024} KiB can be stored.`);
  }
}

function verified(key: string, value: unknown): StoredPublishedReview {
  const stored = storedSchema.parse(value);
  if (sha256Hex(publishedReviewJson(stored.record)) !== stored.contentHash) throw new PublishedRecordIntegrityError(key);
  return stored;
}

export async function readPublishedReview(reviewId: string, version: number): Promise<StoredPublishedReview | undefined> {
  const key = ISMS_RECORD_KEYS.publishedReview(reviewId, version);
  const value = await kvs.get<unknown>(key);
  return value === undefined ? undefined : verified(key, value);
}

/**
 * Writes the version once. `created: false` means the version was already stored (a retry or a concurrent
 * publish): the caller gets what is stored and decides whether it is the same content.
 */
export async function writePublishedReview(record: PublishedReviewRecord): Promise<{ stored: StoredPublishedReview; created: boolean }> {
  const key = ISMS_RECORD_KEYS.publishedReview(record.reviewId, record.version);
  const data = recordSchema.parse(record);
  const json = publishedReviewJson(data);
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > MAX_PUBLISHED_BYTES) throw new PublishedRecordTooLargeError(bytes);
  const stored: StoredPublishedReview = { contentHash: sha256Hex(json), hashAlgorithm: CONTENT_HASH_ALGORITHM, record: data };
  try {
    await kvs.set(key, stored, { keyPolicy: 'FAIL_IF_EXISTS' });
    return { stored, created: true };
  } catch (error) {
    // Whatever the platform calls the refusal, a value at the key means this version exists; anything else is real.
    const existing = await kvs.get<unknown>(key);
    if (existing === undefined) throw error;
    return { stored: verified(key, existing), created: false };
  }
}

/** Every stored version of a review, oldest first, each verified against its hash. */
export async function listPublishedReviews(reviewId: string): Promise<StoredPublishedReview[]> {
  const found: StoredPublishedReview[] = [];
  let cursor: string | undefined;
  do {
    let query = kvs.query().where('key', WhereConditions.beginsWith(ISMS_RECORD_KEYS.publishedReviewPrefix(reviewId))).limit(10);
    if (cursor !== undefined) query = query.cursor(cursor);
    const page = await query.getMany<unknown>();
    for (const row of page.results) found.push(verified(row.key, row.value));
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return found.sort((a, b) => a.record.version - b.record.version);
}
