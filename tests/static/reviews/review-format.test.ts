// The reviews page's pure wording and defaults: the next review id, the default period, action item ids, statuses.
import { defaultPeriod, instantText, nextActionItemId, nextReviewId, statusText } from '../../../static/isms/src/reviews/review-format';

describe('nextReviewId', () => {
  it.each([
    [[], 'MR-01'],
    [['MR-07'], 'MR-08'],
    [['MR-07', 'MR-12', 'MR-09'], 'MR-13'],
    [['MR-2026-1'], 'MR-2026-2'],
    [['MR-09', 'annual'], 'MR-10'],
    [['review'], 'MR-01'],
  ])('after %j proposes %s', (existing, expected) => {
    expect(nextReviewId(existing)).toBe(expected);
  });
});

describe('defaultPeriod', () => {
  it('runs from the day after the previous review covered to the day before this one', () => {
    expect(defaultPeriod('2026-12-10', '2026-06-24')).toEqual({ from: '2026-06-25', to: '2026-12-09' });
  });
  it('covers the half-year before the review when there is no earlier one, or it ended later', () => {
    expect(defaultPeriod('2026-12-10', null)).toEqual({ from: '2026-06-11', to: '2026-12-09' });
    expect(defaultPeriod('2026-12-10', '2026-12-31')).toEqual({ from: '2026-06-11', to: '2026-12-09' });
  });
  it('leaves both empty until a valid date is chosen', () => {
    expect(defaultPeriod('', null)).toEqual({ from: '', to: '' });
  });
});

describe('nextActionItemId', () => {
  it('numbers action items after the highest in use', () => {
    expect(nextActionItemId('MR-08', [])).toBe('MR-08-A1');
    expect(nextActionItemId('MR-08', ['MR-08-A1', 'MR-08-A3', 'custom'])).toBe('MR-08-A4');
  });
});

describe('statusText and instantText', () => {
  it('names the published version', () => {
    expect(statusText({ status: 'published', publishedVersion: 2 })).toBe('Published · v2');
    expect(statusText({ status: 'pack_ready' })).toBe('In preparation');
  });
  it('shows instants to the minute in UTC', () => {
    expect(instantText('2026-11-22T13:49:11.523Z')).toBe('2026-11-22 13:49 UTC');
    expect(instantText('not a date')).toBe('not a date');
  });
});
