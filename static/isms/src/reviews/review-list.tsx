// Every management review, newest first: when it is (was) held, the period it covers, where it stands (scheduled,
// in preparation, held, published with its version) and its Jira issue. ISMS managers schedule the next one here.
import { useCallback, useEffect, useState } from 'react';

import type { ReviewViewData } from '../../../../src/contracts/management-review-views';
import type { Answer } from '../../../shared/invoke';
import { EmptyState, Loading, PageError } from '../../../shared/states';
import { fetchReviews } from './api';
import { IssueLink } from './issue-link';
import { STATUS_TONES, statusText } from './review-format';
import { ScheduleForm } from './schedule-form';

export function ReviewList({ canManage, navigate }: { readonly canManage: boolean; readonly navigate: (path: string) => void }) {
  const [reviews, setReviews] = useState<Answer<ReviewViewData[]> | null>(null);
  const [scheduling, setScheduling] = useState(false);
  const reload = useCallback(() => { void fetchReviews().then(setReviews); }, []);
  useEffect(reload, [reload]);
  const open = (reviewId: string) => { navigate(`/reviews/${encodeURIComponent(reviewId)}`); };

  return (
    <>
      <div className="c9-page-head">
        <h1>Management reviews</h1>
        {canManage && !scheduling && (
          <button type="button" className="c9-button c9-button--primary" onClick={() => { setScheduling(true); }} data-testid="schedule-review">Schedule a review</button>
        )}
      </div>
      <p className="c9-muted">Top management reviews the ISMS at planned intervals (ISO/IEC 27001:2022 9.3). Each review’s pack is built from live data; once held, its minutes and decisions are published as an immutable, hashed version.</p>
      {scheduling && reviews?.state === 'ready' && (
        <ScheduleForm existing={reviews.data} onCancel={() => { setScheduling(false); }} onScheduled={open} />
      )}
      {reviews === null && <Loading what="management reviews" />}
      {reviews?.state === 'error' && <PageError error={reviews.error} />}
      {reviews?.state === 'ready' && (reviews.data.length === 0 ? (
        <EmptyState title="No management review yet">
          {canManage ? 'Schedule the first review: choose its date, the period it covers and who attends.' : 'Your ISMS manager schedules reviews; they appear here once scheduled.'}
        </EmptyState>
      ) : (
        <section className="c9-section" aria-labelledby="c9-reviews-title">
          <h2 id="c9-reviews-title">Reviews</h2>
          <div className="c9-table-scroll">
            <table className="c9-table" data-testid="review-list">
              <thead>
                <tr><th scope="col">Review</th><th scope="col">Title</th><th scope="col">Date</th><th scope="col">Period covered</th><th scope="col">Status</th><th scope="col">Pack</th><th scope="col">Jira issue</th></tr>
              </thead>
              <tbody>
                {reviews.data.map((review) => (
                  <tr key={review.id} data-review-id={review.id} data-status={review.status}>
                    <td><a className="c9-link" href={`#/reviews/${review.id}`} onClick={(event) => { event.preventDefault(); open(review.id); }}>{review.id}</a></td>
                    <td>{review.title}</td>
                    <td>{review.status === 'scheduled' || review.status === 'pack_ready' ? review.scheduledDate : review.heldOn}</td>
                    <td>{review.periodCovered.from} – {review.periodCovered.to}</td>
                    <td><span className={`c9-lozenge ${STATUS_TONES[review.status]}`} data-testid="review-status">{statusText(review)}</span></td>
                    <td>{packText(review)}</td>
                    <td>{review.jiraIssueKey === null ? '—' : <IssueLink issueKey={review.jiraIssueKey} />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}

function packText(review: ReviewViewData): string {
  switch (review.status) {
    case 'scheduled': return 'Not built yet';
    case 'pack_ready': return `As of ${review.packAsOf}; ${review.missingInputs === 0 ? 'complete' : `${review.missingInputs} missing`}`;
    case 'held':
    case 'published': return `As of ${review.packAsOf}`;
    default: {
      const never: never = review;
      return never;
    }
  }
}
