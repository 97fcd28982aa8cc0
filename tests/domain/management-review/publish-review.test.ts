import { canonicalJson } from '../../../src/domain/management-review/canonical-json';
import { markReviewPublished } from '../../../src/domain/management-review/management-review-transitions';
import { publishedReviewJson, publishReview, type ReviewMinutes } from '../../../src/domain/management-review/publish-review';
import type { ReviewOutputs } from '../../../src/domain/management-review/review-outputs';
import { thrownDomainError } from '../thrown-domain-error';
import { CEO, d, heldReview, MR, minutes, outputs, pack, packReadyReview } from './review-builders';

const at = '2026-06-16T10:00:00.000Z';

describe('publishReview', () => {
  describe('given a held review, when version 1 is published', () => {
    const review = heldReview();
    const callerMinutes: { text: string; distributedTo: string[] } = { ...minutes(), distributedTo: [CEO, MR] };
    const record = publishReview(review, pack(), callerMinutes, outputs(), at, MR, 1);

    it('then the record holds the review, pack, minutes and outputs, superseding nothing', () => {
      expect(record).toMatchObject({
        recordType: 'management_review',
        recordId: 'MR-2026-1@v1',
        reviewId: 'MR-2026-1',
        version: 1,
        supersedes: null,
        heldOn: '2026-06-15',
        participants: [CEO, MR],
        publishedAt: at,
        publishedBy: MR,
        minutes: { distributedTo: [CEO, MR] },
      });
      expect(record.pack.missing).toEqual([]);
      expect(record.outputs.actionItems).toHaveLength(1);
    });

    it('then the record is deeply frozen: a mutation attempt throws in strict mode', () => {
      expect(Object.isFrozen(record)).toBe(true);
      expect(Object.isFrozen(record.pack.monitoring?.kpis[0])).toBe(true);
      expect(Reflect.set(record, 'version', 2)).toBe(false);
      expect(() => {
        (record.minutes as { text: string }).text = 'rewritten';
      }).toThrow(TypeError);
      expect(() => {
        (record.outputs.actionItems as unknown[]).push({});
      }).toThrow(TypeError);
      expect(record.minutes.text).toBe(minutes().text);
    });

    it('then later changes to the caller’s objects do not reach the record', () => {
      callerMinutes.distributedTo.push('acc-intruder');
      expect(record.minutes.distributedTo).toEqual([CEO, MR]);
    });

    it('then its canonical JSON is stable, whatever the key order of equal content', () => {
      const json = publishedReviewJson(record);
      const reordered = JSON.parse(json, (_key, value: unknown) =>
        value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
      ) as unknown;
      expect(canonicalJson(reordered)).toBe(json);
      expect(json.startsWith('{"heldOn":"2026-06-15","minutes":')).toBe(true);
    });

    it('then version 2 is a new record that supersedes version 1, and version 1 is unchanged', () => {
      const published = markReviewPublished(review, record).review;
      const corrected = publishReview(published, pack(), minutes({ text: 'Corrected: CTO was absent.' }), outputs(), '2026-06-20T08:00:00.000Z', MR, 2, record);
      expect(corrected).toMatchObject({ recordId: 'MR-2026-1@v2', version: 2, supersedes: 'MR-2026-1@v1', minutes: { text: 'Corrected: CTO was absent.' } });
      expect(record.minutes.text).toBe(minutes().text);
    });

    it('then version 2 without the record it supersedes is refused', () => {
      const published = markReviewPublished(review, record).review;
      const error = thrownDomainError('INVALID_INPUT', () => publishReview(published, pack(), minutes(), outputs(), at, MR, 2));
      expect(error.message).toBe('previous must be version 1 of management review MR-2026-1, which version 2 supersedes');
    });
  });

  describe('refuses what cannot be published', () => {
    const review = heldReview();
    it.each<[string, () => unknown, string]>([
      ['a second version 1', () => publishReview(markReviewPublished(review, publishReview(review, pack(), minutes(), outputs(), at, MR, 1)).review, pack(), minutes(), outputs(), at, MR, 1), 'version must be 2 for management review MR-2026-1, got 1'],
      ['another pack than the one held', () => publishReview(review, pack({}, d('2026-06-12')), minutes(), outputs(), at, MR, 1), 'pack must be the pack the review was held on (as of 2026-06-10), got one as of 2026-06-12'],
      ['blank minutes', () => publishReview(review, pack(), minutes({ text: ' ' }), outputs(), at, MR, 1), 'minutes.text is required'],
      ['minutes sent to nobody', () => publishReview(review, pack(), minutes({ distributedTo: [] } satisfies Partial<ReviewMinutes>), outputs(), at, MR, 1), 'minutes.distributedTo must name at least one recipient'],
      ['an action item due on the review day', () => publishReview(review, pack(), minutes(), outputs({ actionItems: [{ id: 'A1', description: 'x', owner: CEO, dueDate: d('2026-06-15') }] } satisfies Partial<ReviewOutputs>), at, MR, 1), 'actionItems.dueDate 2026-06-15 of "A1" must be after the review date 2026-06-15'],
      ['a local time without a zone', () => publishReview(review, pack(), minutes(), outputs(), '2026-06-16T10:00:00', MR, 1), 'publishedAt must be an ISO-8601 instant with a zone, got "2026-06-16T10:00:00"'],
    ])('%s', (_, run, message) => {
      expect(thrownDomainError('INVALID_INPUT', run).message).toBe(message);
    });

    it('a review not yet held', () => {
      thrownDomainError('ILLEGAL_TRANSITION', () => publishReview(packReadyReview(), pack(), minutes(), outputs(), at, MR, 1));
    });
  });
});
