// 10.2 d): when the effectiveness review is due, its result, evidence and reviewer — and the earlier cycles whose
// review found the actions ineffective.
import { rootCauseStatement } from '../../../src/domain/root-cause';
import type { FindingPanelView } from './api';

type Review = NonNullable<FindingPanelView['effectivenessReview']>;

function ResultBadge({ result }: { readonly result: 'effective' | 'ineffective' }) {
  return <span className={`c9-lozenge ${result === 'effective' ? 'c9-tone-success' : 'c9-tone-danger'}`} data-testid="review-result">{result === 'effective' ? 'Effective' : 'Ineffective'}</span>;
}

export function EffectivenessReviewSection({ review, nameOf }: { readonly review: Review; readonly nameOf: (id: string) => string }) {
  return (
    <section className="c9-section" aria-labelledby="c9f-review-title" data-testid="effectiveness-review">
      <h2 id="c9f-review-title">Effectiveness review <span className="c9-muted">10.2 d</span></h2>
      <dl className="c9f-facts">
        <dt>Due</dt>
        <dd data-testid="review-due">
          {review.dueOn ?? <span className="c9-muted">Not scheduled — it is scheduled once the actions are implemented</span>}
          {review.overdue && <> <span className="c9-lozenge c9-tone-danger">Overdue</span></>}
        </dd>
        {review.review !== null && (
          <>
            <dt>Result</dt><dd><ResultBadge result={review.review.result} /></dd>
            <dt>Reviewed</dt><dd>{review.review.reviewOn} by {nameOf(review.review.reviewedBy)}</dd>
            <dt>Evidence</dt><dd>{review.review.evidence}</dd>
          </>
        )}
      </dl>
      {review.priorCycles.length > 0 && (
        <>
          <h3>Earlier cycles</h3>
          <ol className="c9-list" data-testid="prior-cycles">
            {review.priorCycles.map((cycle) => (
              <li key={cycle.cycle}>
                <div className="c9-row-title"><strong>Cycle {cycle.cycle}</strong> <ResultBadge result={cycle.review.result} /></div>
                <div className="c9-muted">Reviewed {cycle.review.reviewOn} by {nameOf(cycle.review.reviewedBy)} (due {cycle.reviewDueOn}; actions implemented {cycle.implementedOn})</div>
                <p><span className="c9-muted">Evidence:</span> {cycle.review.evidence}</p>
                <p><span className="c9-muted">Root cause then:</span> {rootCauseStatement(cycle.rootCause)}</p>
                <p><span className="c9-muted">Why ineffective:</span> {cycle.reason}</p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
