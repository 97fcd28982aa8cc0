import { checkCompletionSchema, monitoringCheckSchema } from '../../src/domain/monitoring-check-schema';
import { done, inProgress, reported, scheduled, skipped } from './monitoring-builders';

describe('monitoringCheckSchema (stored checks)', () => {
  it.each([
    ['scheduled', scheduled()],
    ['in progress', inProgress()],
    ['done', done({ outcome: 'nonconforming', findingsSummary: 'Alerts unanswered for 3 days' })],
    ['done and reported', reported('2026-03-12')],
    ['skipped', skipped()],
  ])('reads back a %s check unchanged', (_name, check) => {
    expect(monitoringCheckSchema.parse(check)).toEqual(check);
  });

  it.each([
    ['an unknown status', { ...scheduled(), status: 'blocked' }, 'status must be one of scheduled, in_progress, done, skipped'],
    ['an occurrence key that does not match', { ...scheduled(), occurrenceKey: 'item-1@2026-03-11' }, 'occurrenceKey must be itemId@dueOn'],
    ['a local time as startedAt', { ...inProgress(), startedAt: '2026-03-09 08:00' }, 'startedAt must be an ISO 8601 UTC timestamp such as 2026-01-31T09:00:00.000Z'],
    ['an unknown outcome', { ...done(), outcome: 'fail' }, 'outcome must be one of conforming, nonconforming, partially_conforming, not_applicable'],
    ['a skipped check without a reason', { ...skipped(), skipReason: '' }, 'skipReason must not be empty'],
  ])('rejects %s', (_name, input, message) => {
    expect(monitoringCheckSchema.safeParse(input).error?.issues.map((issue) => issue.message)).toContain(message);
  });

  it('strips an outcome from a check that is not done', () => {
    expect(monitoringCheckSchema.parse({ ...inProgress(), outcome: 'conforming' })).not.toHaveProperty('outcome');
  });
});

describe('checkCompletionSchema', () => {
  it('accepts a completion payload', () => {
    const payload = { outcome: 'partially_conforming', completedOn: '2026-03-10', findingsSummary: 'Two reviews missing', recommendations: 'Add a reminder' };
    expect(checkCompletionSchema.parse(payload)).toEqual(payload);
  });

  it.each([
    ['a missing outcome', { completedOn: '2026-03-10', findingsSummary: '', recommendations: '' }, 'outcome must be one of conforming, nonconforming, partially_conforming, not_applicable'],
    ['a bad date', { outcome: 'conforming', completedOn: '10/03/2026', findingsSummary: '', recommendations: '' }, 'completedOn must be a calendar date in the form YYYY-MM-DD'],
  ])('rejects %s', (_name, input, message) => {
    expect(checkCompletionSchema.safeParse(input).error?.issues[0]?.message).toBe(message);
  });
});
