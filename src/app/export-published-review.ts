// Exports a published review version as one print-ready HTML document (self-contained, escaped, with the content
// hash and version in the footer), for the minutes archive and the external auditor. The hash is re-verified on read.
import { reviewRecordId } from '../domain/management-review/publish-review';
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

/** The named version, or the one in force. */
export async function exportPublishedReview(ports: Pick<ReviewStorePorts, 'reviewStore' | 'readPublished'>, reviewId: string, version: number | undefined): Promise<ReviewExport> {
  const { review } = (await requireReview(ports, reviewId)).value;
  if (review.status !== 'published') throw new AppError('NOT_FOUND', `Management review "${reviewId}" has not been published yet.`, 'reviewId');
  const wanted = version ?? review.publishedVersion;
  const stored = await ports.readPublished(reviewId, wanted);
  if (stored === undefined) throw new AppError('NOT_FOUND', `Management review "${reviewId}" has no published version ${wanted}.`, 'version');
  const { record } = stored;
  return {
    recordId: record.recordId,
    version: record.version,
    contentHash: stored.contentHash,
    fileName: `${record.reviewId}-v${record.version}.html`,
    html: renderReviewHtml(stored, { supersededBy: wanted < review.publishedVersion ? reviewRecordId(reviewId, wanted + 1) : null }),
  };
}
