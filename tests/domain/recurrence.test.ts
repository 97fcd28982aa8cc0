import { lastOccurrence, nextOccurrenceOnOrAfter, occurrencesBetween } from '../../src/domain/recurrence';
import type { MonthDayRule, Recurrence, RecurrenceEnd, RecurrenceRule } from '../../src/domain/recurrence';
import { d, recurrence } from './monitoring-builders';
import { thrownDomainError } from './thrown-domain-error';

const dayOfMonth = (day: number): MonthDayRule => ({ kind: 'day_of_month', day });
const monthly = (on: MonthDayRule, interval = 1): RecurrenceRule => ({ frequency: 'monthly', interval, on });

function between(rec: Recurrence, from: string, to: string): string[] {
  return occurrencesBetween(rec, d(from), d(to));
}

describe('occurrencesBetween', () => {
  it.each<[string, RecurrenceRule, string, string, string, string[]]>([
    ['daily', { frequency: 'daily', interval: 1 }, '2026-01-01', '2026-01-30', '2026-02-02', ['2026-01-30', '2026-01-31', '2026-02-01']],
    ['every 3 days', { frequency: 'daily', interval: 3 }, '2026-01-01', '2026-01-01', '2026-01-12', ['2026-01-01', '2026-01-04', '2026-01-07', '2026-01-10']],
    ['weekly Mon + Thu from a Thursday', { frequency: 'weekly', interval: 1, weekdays: [4, 1] }, '2026-01-01', '2026-01-01', '2026-01-15', ['2026-01-01', '2026-01-05', '2026-01-08', '2026-01-12']],
    ['weekly Monday from a Wednesday', { frequency: 'weekly', interval: 1, weekdays: [1] }, '2026-01-07', '2026-01-01', '2026-01-27', ['2026-01-12', '2026-01-19', '2026-01-26']],
    ['every 2 weeks on Friday', { frequency: 'weekly', interval: 2, weekdays: [5] }, '2026-01-05', '2026-01-01', '2026-02-10', ['2026-01-09', '2026-01-23', '2026-02-06']],
    ['monthly on day 31 (clamped, no drift)', monthly(dayOfMonth(31)), '2026-01-31', '2026-01-01', '2026-07-01', ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30']],
    ['monthly on day 30 in a leap year', monthly(dayOfMonth(30)), '2028-01-30', '2028-01-01', '2028-04-01', ['2028-01-30', '2028-02-29', '2028-03-30']],
    ['monthly on day 10 starting after the 10th', monthly(dayOfMonth(10)), '2026-01-15', '2026-01-01', '2026-04-01', ['2026-02-10', '2026-03-10']],
    ['every 2 months on day 31', monthly(dayOfMonth(31), 2), '2026-01-31', '2026-01-01', '2026-08-01', ['2026-01-31', '2026-03-31', '2026-05-31', '2026-07-31']],
    ['monthly on the 2nd Tuesday', monthly({ kind: 'weekday_of_month', week: 2, weekday: 2 }), '2026-01-01', '2026-01-01', '2026-05-01', ['2026-01-13', '2026-02-10', '2026-03-10', '2026-04-14']],
    ['monthly on the last Friday', monthly({ kind: 'weekday_of_month', week: 'last', weekday: 5 }), '2026-01-01', '2026-01-01', '2026-05-01', ['2026-01-30', '2026-02-27', '2026-03-27', '2026-04-24']],
    ['monthly on the 4th Sunday', monthly({ kind: 'weekday_of_month', week: 4, weekday: 7 }), '2026-02-01', '2026-02-01', '2026-04-01', ['2026-02-22', '2026-03-22']],
    ['quarterly on day 31', { frequency: 'quarterly', interval: 1, on: dayOfMonth(31) }, '2026-01-31', '2026-01-01', '2027-02-01', ['2026-01-31', '2026-04-30', '2026-07-31', '2026-10-31', '2027-01-31']],
    ['semi-annual on day 15', { frequency: 'semi_annual', interval: 1, on: dayOfMonth(15) }, '2026-03-15', '2026-01-01', '2027-04-01', ['2026-03-15', '2026-09-15', '2027-03-15']],
    ['annual on Feb 29 (Feb 28 in common years)', { frequency: 'annual', interval: 1, on: dayOfMonth(29) }, '2024-02-29', '2024-01-01', '2029-01-01', ['2024-02-29', '2025-02-28', '2026-02-28', '2027-02-28', '2028-02-29']],
    ['annual on the last Monday of May', { frequency: 'annual', interval: 1, on: { kind: 'weekday_of_month', week: 'last', weekday: 1 } }, '2026-05-01', '2026-01-01', '2029-01-01', ['2026-05-25', '2027-05-31', '2028-05-29']],
    ['every 2 years on day 1', { frequency: 'annual', interval: 2, on: dayOfMonth(1) }, '2026-07-01', '2026-01-01', '2031-01-01', ['2026-07-01', '2028-07-01', '2030-07-01']],
  ])('%s', (_name, rule, startsOn, from, to, expected) => {
    expect(between(recurrence(rule, startsOn), from, to)).toEqual(expected);
  });

  it('treats the window as [from, to): from included, to excluded', () => {
    const daily = recurrence({ frequency: 'daily', interval: 1 }, '2026-01-01');
    expect(between(daily, '2026-03-10', '2026-03-12')).toEqual(['2026-03-10', '2026-03-11']);
    expect(between(daily, '2026-03-10', '2026-03-10')).toEqual([]);
    expect(between(daily, '2026-03-12', '2026-03-10')).toEqual([]);
  });

  it('never returns dates before the start', () => {
    expect(between(recurrence(monthly(dayOfMonth(1)), '2026-06-01'), '2026-01-01', '2026-08-01')).toEqual(['2026-06-01', '2026-07-01']);
  });

  it('carries on across year boundaries', () => {
    const weekly = recurrence({ frequency: 'weekly', interval: 1, weekdays: [3] }, '2026-01-01');
    expect(between(weekly, '2026-12-20', '2027-01-15')).toEqual(['2026-12-23', '2026-12-30', '2027-01-06', '2027-01-13']);
  });

  it('computes a window decades after the start directly and correctly', () => {
    const fromLongAgo = recurrence(monthly(dayOfMonth(31)), '1990-01-31');
    expect(between(fromLongAgo, '2090-02-01', '2090-05-01')).toEqual(['2090-02-28', '2090-03-31', '2090-04-30']);
    const everyOtherWeek = recurrence({ frequency: 'weekly', interval: 2, weekdays: [1] }, '2000-01-03');
    // 2026-01-12 is 1,358 weeks (an even number) after 2000-01-03.
    expect(between(everyOtherWeek, '2026-01-01', '2026-01-27')).toEqual(['2026-01-12', '2026-01-26']);
  });

  describe('ends', () => {
    const monthly31 = (ends: RecurrenceEnd): Recurrence => recurrence(monthly(dayOfMonth(31)), '2026-01-31', ends);

    it.each<[string, RecurrenceEnd, string, string, string[]]>([
      ['until is inclusive', { kind: 'on_date', until: d('2026-03-31') }, '2026-01-01', '2027-01-01', ['2026-01-31', '2026-02-28', '2026-03-31']],
      ['until between occurrences', { kind: 'on_date', until: d('2026-03-15') }, '2026-01-01', '2027-01-01', ['2026-01-31', '2026-02-28']],
      ['count from the start', { kind: 'after_count', count: 3 }, '2026-01-01', '2027-01-01', ['2026-01-31', '2026-02-28', '2026-03-31']],
      ['count from the start, not the window', { kind: 'after_count', count: 3 }, '2026-03-01', '2027-01-01', ['2026-03-31']],
      ['count exhausted before the window', { kind: 'after_count', count: 3 }, '2026-04-01', '2027-01-01', []],
    ])('%s', (_name, ends, from, to, expected) => {
      expect(between(monthly31(ends), from, to)).toEqual(expected);
    });

    it('counts a weekly series per occurrence, skipping weekdays before the start', () => {
      const rec = recurrence({ frequency: 'weekly', interval: 1, weekdays: [1, 4] }, '2026-01-01', { kind: 'after_count', count: 5 });
      expect(between(rec, '2025-12-01', '2026-03-01')).toEqual(['2026-01-01', '2026-01-05', '2026-01-08', '2026-01-12', '2026-01-15']);
      expect(lastOccurrence(rec)).toBe('2026-01-15');
    });

    it('counts a monthly series whose first month is before the start', () => {
      const rec = recurrence(monthly(dayOfMonth(10)), '2026-01-15', { kind: 'after_count', count: 2 });
      expect(lastOccurrence(rec)).toBe('2026-03-10');
    });
  });
});

describe('nextOccurrenceOnOrAfter', () => {
  const monthly31 = recurrence(monthly(dayOfMonth(31)), '2026-01-31');

  it.each([
    ['2026-02-01', '2026-02-28'],
    ['2026-02-28', '2026-02-28'],
    ['2025-06-01', '2026-01-31'],
    ['2026-12-31', '2026-12-31'],
    ['2027-01-01', '2027-01-31'],
  ])('after %s comes %s', (date, expected) => {
    expect(nextOccurrenceOnOrAfter(monthly31, d(date))).toBe(expected);
  });

  it('is null once the series has ended', () => {
    const limited: Recurrence = { ...monthly31, ends: { kind: 'after_count', count: 2 } };
    expect(nextOccurrenceOnOrAfter(limited, d('2026-02-28'))).toBe('2026-02-28');
    expect(nextOccurrenceOnOrAfter(limited, d('2026-03-01'))).toBeNull();
  });
});

describe('lastOccurrence', () => {
  it.each<[string, RecurrenceEnd, string | null]>([
    ['never ends', { kind: 'never' }, null],
    ['until a date between occurrences', { kind: 'on_date', until: d('2026-05-15') }, '2026-04-30'],
    ['until before the first occurrence', { kind: 'on_date', until: d('2026-01-31') }, null],
    ['after 13 occurrences (Feb 2026 – Feb 2027)', { kind: 'after_count', count: 13 }, '2027-02-28'],
  ])('%s', (_name, ends, expected) => {
    expect(lastOccurrence(recurrence(monthly(dayOfMonth(31)), '2026-02-01', ends))).toBe(expected);
  });
});

describe('invalid recurrences (bypassing the schema)', () => {
  it.each<[string, Recurrence]>([
    ['interval 0', recurrence({ frequency: 'daily', interval: 0 })],
    ['no weekdays', recurrence({ frequency: 'weekly', interval: 1, weekdays: [] })],
    ['day 32', recurrence(monthly(dayOfMonth(32)))],
    ['count 0', recurrence({ frequency: 'daily', interval: 1 }, '2026-01-01', { kind: 'after_count', count: 0 })],
  ])('%s is INVALID_RECURRENCE rather than an endless loop', (_name, rec) => {
    thrownDomainError('INVALID_RECURRENCE', () => occurrencesBetween(rec, d('2026-01-01'), d('2026-02-01')));
  });
});
