import { recurrenceSchema } from '../../src/domain/recurrence-schema';

const valid = {
  startsOn: '2026-01-31',
  rule: { frequency: 'monthly', interval: 1, on: { kind: 'day_of_month', day: 31 } },
  ends: { kind: 'never' },
};

function firstMessage(input: unknown): string | undefined {
  return recurrenceSchema.safeParse(input).error?.issues[0]?.message;
}

describe('recurrenceSchema', () => {
  it.each([
    ['monthly on day 31', valid],
    ['weekly', { ...valid, rule: { frequency: 'weekly', interval: 2, weekdays: [1, 4] } }],
    ['quarterly on the last Friday', { ...valid, rule: { frequency: 'quarterly', interval: 1, on: { kind: 'weekday_of_month', week: 'last', weekday: 5 } } }],
    ['semi-annual', { ...valid, rule: { frequency: 'semi_annual', interval: 1, on: { kind: 'day_of_month', day: 1 } } }],
    ['until the start day', { ...valid, ends: { kind: 'on_date', until: '2026-01-31' } }],
    ['after 12', { ...valid, ends: { kind: 'after_count', count: 12 } }],
  ])('accepts %s', (_name, input) => {
    expect(recurrenceSchema.parse(input)).toEqual(input);
  });

  it.each([
    ['a non-date start', { ...valid, startsOn: '2026-02-30' }, 'startsOn must be a calendar date in the form YYYY-MM-DD'],
    ['an unknown frequency', { ...valid, rule: { frequency: 'hourly', interval: 1 } }, 'frequency must be one of daily, weekly, monthly, quarterly, semi_annual, annual'],
    ['interval 0', { ...valid, rule: { frequency: 'daily', interval: 0 } }, 'interval must be a whole number from 1 to 999'],
    ['a fractional interval', { ...valid, rule: { frequency: 'daily', interval: 1.5 } }, 'interval must be a whole number from 1 to 999'],
    ['no weekdays', { ...valid, rule: { frequency: 'weekly', interval: 1, weekdays: [] } }, 'weekdays must list at least one weekday'],
    ['weekday 0', { ...valid, rule: { frequency: 'weekly', interval: 1, weekdays: [0] } }, 'weekdays must be ISO weekdays: 1 (Monday) to 7 (Sunday)'],
    ['a repeated weekday', { ...valid, rule: { frequency: 'weekly', interval: 1, weekdays: [2, 2] } }, 'weekdays must not repeat a weekday'],
    ['day 32', { ...valid, rule: { ...valid.rule, on: { kind: 'day_of_month', day: 32 } } }, 'on.day must be a whole number from 1 to 31'],
    ['a 5th week', { ...valid, rule: { ...valid.rule, on: { kind: 'weekday_of_month', week: 5, weekday: 1 } } }, 'on.week must be 1, 2, 3, 4 or "last"'],
    ['a missing month day rule', { ...valid, rule: { frequency: 'monthly', interval: 1 } }, 'on.kind must be "day_of_month" or "weekday_of_month"'],
    ['until before the start', { ...valid, ends: { kind: 'on_date', until: '2026-01-30' } }, 'ends.until must be on or after startsOn'],
    ['count 0', { ...valid, ends: { kind: 'after_count', count: 0 } }, 'ends.count must be a whole number from 1 to 10000'],
    ['an unknown end', { ...valid, ends: { kind: 'sometime' } }, 'ends.kind must be "never", "on_date" or "after_count"'],
    ['not an object', 'monthly', 'recurrence must be an object with startsOn, rule and ends'],
  ])('rejects %s: "%s"', (_name, input, message) => {
    expect(firstMessage(input)).toBe(message);
  });

  it('reports where the problem is', () => {
    expect(recurrenceSchema.safeParse({ ...valid, ends: { kind: 'on_date', until: '2025-12-31' } }).error?.issues[0]?.path).toEqual(['ends', 'until']);
  });
});
