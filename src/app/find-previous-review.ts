// The previous management review, whose action items are input a) of this one: the latest review other than this
// one that was published and held on or before `asOf`. Its latest published version says what was decided.
import { compareLocalDates, type LocalDate } from '../domain/local-date';
import type { ManagementReview } from '../domain/management-review/management-review';
import type { PreviousReview } from './gather-review-inputs';
import type { ReviewStorePorts } from './management-review-ports';

export async function findPreviousReview(
  ports: Pick<ReviewStorePorts, 'readReviewIds' | 'reviewStore' | 'readPublished'>,
  review: ManagementReview,
  asOf: LocalDate,
): Promise<PreviousReview | null> {
  const ids = (await ports.readReviewIds()).filter((id) => id !== review.id);
  const records = await Promise.all(ids.map((id) => ports.reviewStore(id).read()));
  let previous: { readonly id: string; readonly heldOn: LocalDate; readonly version: number; readonly issueKeys: Record<string, string> } | null = null;
  for (const record of records) {
    const candidate = record?.value.review;
    if (candidate?.status !== 'published' || compareLocalDates(candidate.heldOn, asOf) > 0) continue;
    if (previous !== null && compareLocalDates(candidate.heldOn, previous.heldOn) <= 0) continue;
    const issueKeys = Object.fromEntries(Object.entries(record?.value.actionIssues ?? {}).map(([itemId, ref]) => [itemId, ref.key]));
    previous = { id: candidate.id, heldOn: candidate.heldOn, version: candidate.publishedVersion, issueKeys };
  }
  if (previous === null) return null;
  const published = await ports.readPublished(previous.id, previous.version);
  if (published === undefined) return null;
  return { reviewId: previous.id, actionItems: published.record.outputs.actionItems, issueKeys: previous.issueKeys };
}
