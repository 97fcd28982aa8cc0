// The Management reviews sub-page (9.3): the list of reviews with "Schedule a review" at its root, one review's
// pack, inputs, minutes and published versions at /reviews/<id>. Whether the user may change anything is asked
// once; readers get the same pages read-only.
import { useEffect, useState } from 'react';

import type { IsmsAccess } from '../../../../src/contracts/isms-access';
import type { Answer } from '../../../shared/invoke';
import { Loading } from '../../../shared/states';
import type { SubPageProps } from '../sub-page';
import { fetchIsmsAccess } from '../isms-access';
import { ReviewDetailPage } from './review-detail';
import { ReviewList } from './review-list';
import './reviews.css';

export function ReviewsPage({ subPath, navigate }: SubPageProps) {
  const [access, setAccess] = useState<Answer<IsmsAccess> | null>(null);
  useEffect(() => { void fetchIsmsAccess().then(setAccess); }, []);
  // An access error (FORBIDDEN, not set up) shows where the data would be: the list and detail load and report it.
  const canManage = access?.state === 'ready' && access.data.canManage;
  const reviewId = subPath.split('/')[0] ?? '';
  if (access === null) return <Loading what="management reviews" />;
  return (
    <div className="c9-reviews" data-testid="reviews-page" data-can-manage={canManage}>
      {reviewId === ''
        ? <ReviewList canManage={canManage} navigate={navigate} />
        : <ReviewDetailPage key={reviewId} reviewId={reviewId} canManage={canManage} navigate={navigate} />}
    </div>
  );
}
