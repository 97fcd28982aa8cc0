// A publish is a retry when the content equals the latest version; only the version bookkeeping may differ.
import { publishReview } from '../../../src/domain/management-review/publish-review';
import { sameReviewContent } from '../../../src/domain/management-review/same-review-content';
import { CEO, heldReview, minutes, MR, outputs, pack } from './review-builders';

const v1 = publishReview(heldReview(), pack(), minutes(), outputs(), '2026-06-16T09:00:00.000Z', MR, 1);

describe('sameReviewContent', () => {
  it('ignores record id, version, supersedes, publishedAt and publishedBy', () => {
    const later = publishReview(heldReview(), pack(), minutes(), outputs(), '2026-06-18T11:30:00.000Z', CEO, 1);
    expect(sameReviewContent(v1, later)).toBe(true);
  });

  it.each([
    ['the minutes', publishReview(heldReview(), pack(), minutes({ text: 'Corrected minutes.' }), outputs(), '2026-06-16T09:00:00.000Z', MR, 1)],
    ['the outputs', publishReview(heldReview(), pack(), minutes(), outputs({ resourceNeeds: [] }), '2026-06-16T09:00:00.000Z', MR, 1)],
    ['the distribution', publishReview(heldReview(), pack(), minutes({ distributedTo: [CEO] }), outputs(), '2026-06-16T09:00:00.000Z', MR, 1)],
  ])('sees a change in %s', (_what, changed) => {
    expect(sameReviewContent(v1, changed)).toBe(false);
  });
});
