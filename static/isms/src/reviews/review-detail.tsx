// One management review, in the order it happens: the pack built from live data (9.3.2) with the inputs the ISMS
// manager types in, the meeting's minutes and outputs (9.3.3), publishing as an immutable version, and the
// published versions with their export. Each step is editable only by ISMS managers and only while it may change.
import { useCallback, useEffect, useState } from 'react';

import type { PublishResultData, ReviewDetailData } from '../../../../src/contracts/management-review-views';
import type { Answer } from '../../../shared/invoke';
import { useDisplayNames } from '../../../shared/people';
import { Loading, PageError } from '../../../shared/states';
import { fetchReview } from './api';
import { InputsSection } from './inputs-section';
import { IssueLink } from './issue-link';
import { MinutesSection } from './minutes-section';
import { PackSection } from './pack-section';
import { PublishOutcomeNote } from './publish-outcome';
import { PublishPanel } from './publish-panel';
import { PublishedVersions } from './published-versions';
import { ReviewHistory } from './review-history';
import { STATUS_TONES, statusText } from './review-format';

export function ReviewDetailPage({ reviewId, canManage, navigate }: { readonly reviewId: string; readonly canManage: boolean; readonly navigate: (path: string) => void }) {
  const [detail, setDetail] = useState<Answer<ReviewDetailData> | null>(null);
  const reload = useCallback(() => { void fetchReview(reviewId).then(setDetail); }, [reviewId]);
  useEffect(reload, [reload]);
  return (
    <>
      <nav className="c9-no-print c9-breadcrumbs" aria-label="Breadcrumbs">
        <a className="c9-link" href="#/reviews" onClick={(event) => { event.preventDefault(); navigate('/reviews'); }}>Management reviews</a>
        <span aria-hidden="true"> / </span><span>{reviewId}</span>
      </nav>
      {detail === null && <Loading what={`management review ${reviewId}`} />}
      {detail?.state === 'error' && <PageError error={detail.error} />}
      {detail?.state === 'ready' && <ReviewDetail detail={detail.data} canManage={canManage} reload={reload} />}
    </>
  );
}

function ReviewDetail({ detail, canManage, reload }: { readonly detail: ReviewDetailData; readonly canManage: boolean; readonly reload: () => void }) {
  const { review, draft, pack } = detail;
  const owners = draft.draft.outputs?.actionItems.map((item) => item.owner) ?? [];
  const names = useDisplayNames([...review.attendees, ...('participants' in review ? review.participants : []), ...owners, ...(draft.draft.minutes?.distributedTo ?? []), ...review.history.map((entry) => entry.by)]);
  const nameOf = (accountId: string) => names.get(accountId) ?? accountId;
  const preparing = review.status === 'scheduled' || review.status === 'pack_ready';
  const [outcome, setOutcome] = useState<PublishResultData | null>(null);
  const published = (result: PublishResultData) => { setOutcome(result); reload(); };
  return (
    <div data-testid="review-detail" data-review-id={review.id} data-status={review.status}>
      <div className="c9-page-head">
        <h1>{review.id}: {review.title}</h1>
        <span className={`c9-lozenge ${STATUS_TONES[review.status]}`} data-testid="review-status">{statusText(review)}</span>
      </div>
      <dl className="c9-facts" data-testid="review-facts">
        <div><dt>Review date</dt><dd>{review.scheduledDate}</dd></div>
        {'heldOn' in review && <div><dt>Held on</dt><dd>{review.heldOn}</dd></div>}
        <div><dt>Period covered</dt><dd>{review.periodCovered.from} – {review.periodCovered.to}</dd></div>
        <div><dt>Attendees</dt><dd>{review.attendees.map(nameOf).join(', ')}</dd></div>
        {'participants' in review && <div><dt>Took part</dt><dd>{review.participants.map(nameOf).join(', ')}</dd></div>}
        <div><dt>Jira issue</dt><dd>{review.jiraIssueKey === null ? 'Not created yet' : <IssueLink issueKey={review.jiraIssueKey} />}</dd></div>
      </dl>
      {!canManage && review.status !== 'published' && <p className="c9-state" data-testid="read-only-note">You are viewing this review read-only; ISMS managers prepare, minute and publish it.</p>}
      {outcome !== null && <PublishOutcomeNote outcome={outcome} />}
      {review.status === 'published' ? (
        <>
          <PublishedVersions review={review} versions={detail.published} names={names} />
          {canManage && (
            <MinutesSection review={review} draft={draft} canManage names={names} onSaved={reload}>
              <PublishPanel review={review} version={review.publishedVersion + 1} onPublished={published} />
            </MinutesSection>
          )}
        </>
      ) : (
        <>
          <PackSection review={review} pack={pack} canManage={canManage && preparing} onBuilt={reload} />
          {preparing && canManage && <InputsSection reviewId={review.id} draft={draft} hasPack={pack !== null} onSaved={reload} />}
          {review.status !== 'scheduled' && <MinutesSection review={review} draft={draft} canManage={canManage} names={names} onSaved={reload} />}
          {review.status === 'held' && canManage && <PublishPanel review={review} version={1} onPublished={published} />}
        </>
      )}
      <ReviewHistory history={review.history} nameOf={nameOf} />
    </div>
  );
}
