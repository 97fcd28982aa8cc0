// Exports a published review version as one print-ready HTML document (self-contained, escaped, with the content
// hash and version in the footer), for the minutes archive and the external auditor. The hash is re-verified on read.
import { reviewRecordId } from '../domain/management-review/publish-review';
import type { StoredPublishedReview } from '../adapters/storage/published-review-store';
import { AppError } from './app-error';
import { requireReview, type ReviewStorePorts } from './management-review-ports';
import { renderReviewHtml } from './render-review-html';

export interface ReviewExport {
  readonly recordId: string;
  readonly version: number;
  readonly contentHash: string;
  readonly fileName: string;
  readonly html: string;
}

export interface PublishedVersionView extends StoredPublishedReview {
  /** The record id of the version that replaced this one; null for the version in force. */
  readonly supersededBy: string | null;
}

/** The named published version, or the one in force, as stored (hash re-verified on read). */
export async function readPublishedVersion(ports: Pick<ReviewStorePorts, 'reviewStore' | 'readPublished'>, reviewId: string, version: number | undefined): Promise<PublishedVersionView> {
  const { review } = (await requireReview(ports, reviewId)).value;
  if (review.status !== 'published') throw new AppError('NOT_FOUND', `Management review "${reviewId}" has not been published yet.`, 'reviewId');
  const wanted = version ?? review.publishedVersion;
  const stored = await ports.readPublished(reviewId, wanted);
  if (stored === undefined) throw new AppError('NOT_FOUND', `Management review "${reviewId}" has no published version ${wanted}.`, 'version');
  return { ...stored, supersededBy: wanted < review.publishedVersion ? reviewRecordId(reviewId, wanted + 1) : null };
}

/** The named version, or the one in force, as one print-ready HTML document. */
export async function exportPublishedReview(ports: Pick<ReviewStorePorts, 'reviewStore' | 'readPublished'>, reviewId: string, version: number | undefined): Promise<ReviewExport> {
  const { supersededBy, ...stored } = await readPublishedVersion(ports, reviewId, version);
  const { record } = stored;
  return {
    recordId: record.recordId,
    version: record.version,
    contentHash: stored.contentHash,
    fileName: `${record.reviewId}-v${record.version}.html`,
    html: renderReviewHtml(stored, { supersededBy }),
  };
}
