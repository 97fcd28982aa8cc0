// Publishing (7.5.3, 9.3.3) after a confirmation: pack, minutes and outputs become version N, immutable and hashed,
// and the action items become Jira issues. Publishing unchanged content again is a retry and returns version N.
// The confirmation is inline, not a modal: Jira sizes the iframe to its content, so a centred modal could open
// far below the part of the page the user is looking at.
import { useState } from 'react';

import type { PublishResultData, ReviewViewData } from '../../../../src/contracts/management-review-views';
import type { Answer } from '../../../shared/invoke';
import { PageError } from '../../../shared/states';
import { publishReview } from './api';

export function PublishPanel({ review, version, onPublished }: { readonly review: ReviewViewData; readonly version: number; readonly onPublished: (outcome: PublishResultData) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [answer, setAnswer] = useState<Answer<PublishResultData> | 'publishing' | null>(null);
  const publish = () => {
    setAnswer('publishing');
    void publishReview(review.id).then((result) => {
      setAnswer(result);
      setConfirming(false);
      if (result.state === 'ready') onPublished(result.data);
    });
  };
  return (
    <section className="c9-section c9-no-print" aria-labelledby="c9-publish-title" data-testid="publish-panel">
      <h2 id="c9-publish-title">{version === 1 ? 'Publish the review' : `Publish the correction as version ${version}`}</h2>
      <p>
        Publishing makes the pack, the minutes and the outputs version {version}: an immutable record with a SHA-256 content hash, for the auditor and the archive.
        {version > 1 ? ` Version ${version - 1} stays unchanged and is marked as superseded.` : ''} Action items become Jira issues assigned to their owners.
      </p>
      {!confirming && (
        <button type="button" className="c9-button c9-button--primary" onClick={() => { setConfirming(true); }} data-testid="publish">
          Publish version {version}…
        </button>
      )}
      {answer !== null && answer !== 'publishing' && answer.state === 'error' && <PageError error={answer.error} testId="publish-error" />}
      {confirming && (
        <div className="c9-state c9-state--warning c9-confirm" role="alertdialog" aria-labelledby="c9-publish-confirm-title" aria-describedby="c9-publish-confirm-text" data-testid="publish-dialog">
          <h3 id="c9-publish-confirm-title">Publish {review.id} as version {version}?</h3>
          <p id="c9-publish-confirm-text">Once published, version {version} cannot be edited or deleted. A later correction is published as version {version + 1}, which supersedes it.</p>
          <div className="c9-actions">
            <button type="button" className="c9-button c9-button--primary" onClick={publish} disabled={answer === 'publishing'} data-testid="confirm-publish" autoFocus>
              {answer === 'publishing' ? 'Publishing…' : `Publish version ${version}`}
            </button>
            <button type="button" className="c9-button" onClick={() => { setConfirming(false); }} disabled={answer === 'publishing'}>Cancel</button>
          </div>
        </div>
      )}
    </section>
  );
}
