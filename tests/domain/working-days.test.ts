import fc from 'fast-check';
import { addDays, fromEpochDay, toEpochDay, weekdayOf } from '../../src/domain/local-date';
import type { LocalDate, Weekday } from '../../src/domain/local-date';
import { addWorkingDays, isWorkingDay, reportDeadline, todayIn, workingDayCalendarSchema, workingDaysBetween } from '../../src/domain/working-days';
import type { WorkingDayCalendar } from '../../src/domain/working-days';
import { calendar, d } from './monitoring-builders';
import { thrownDomainError } from './thrown-domain-error';

const nl = calendar();

describe('isWorkingDay', () => {
  it.each([
    ['2026-01-01', false, 'New Year holiday'],
    ['2026-01-02', true, 'Friday'],
    ['2026-01-03', false, 'Saturday'],
    ['2026-01-04', false, 'Sunday'],
    ['2026-04-03', false, 'Good Friday'],
    ['2026-04-07', true, 'Tuesday after Easter'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(isWorkingDay(nl, d(date))).toBe(expected);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['over a weekend', '2026-01-30', 3, '2026-02-04'],
    ['over Easter (Good Friday, weekend, Easter Monday)', '2026-04-02', 3, '2026-04-09'],
    ['over Christmas', '2026-12-23', 3, '2026-12-29'],
    ['into the next year', '2026-12-30', 3, '2027-01-04'],
    ['from a Saturday', '2026-01-03', 1, '2026-01-05'],
    ['zero days is the date itself', '2026-01-03', 0, '2026-01-03'],
    ['a working year: 261 weekdays less 8 weekday holidays', '2026-01-01', 253, '2026-12-31'],
  ])('%s: %s + %i → %s', (_name, date, n, expected) => {
    expect(addWorkingDays(nl, d(date), n)).toBe(expected);
  });

  it('respects a Friday–Saturday weekend', () => {
    expect(addWorkingDays(calendar({ weekendDays: [5, 6], holidays: [] }), d('2026-01-01'), 1)).toBe('2026-01-04');
  });

  it('refuses a negative or fractional count', () => {
    thrownDomainError('INVALID_INPUT', () => addWorkingDays(nl, d('2026-01-01'), -1));
    thrownDomainError('INVALID_INPUT', () => addWorkingDays(nl, d('2026-01-01'), 1.5));
  });

  it('refuses a calendar with no working day (bypassing the schema)', () => {
    thrownDomainError('INVALID_CALENDAR', () => addWorkingDays(calendar({ weekendDays: [1, 2, 3, 4, 5, 6, 7] }), d('2026-01-01'), 1));
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['(from, to] over a weekend', '2026-01-30', '2026-02-04', 3],
    ['the same day', '2026-02-04', '2026-02-04', 0],
    ['backwards is negative', '2026-02-04', '2026-01-30', -3],
    ['backwards over a weekend is zero, not -0', '2026-01-04', '2026-01-03', 0],
    ['a holiday-heavy May', '2026-04-30', '2026-05-31', 18],
  ])('%s: %s → %s = %i', (_name, from, to, expected) => {
    expect(workingDaysBetween(nl, d(from), d(to))).toBe(expected);
  });

  it('counts ten years without holidays as every weekday', () => {
    expect(workingDaysBetween(calendar({ holidays: [] }), d('2026-01-01'), d('2036-01-01'))).toBe(2608);
  });
});

describe('reportDeadline', () => {
  it('defaults to 3 working days after the measurement', () => {
    expect(reportDeadline(nl, d('2026-05-13'))).toBe('2026-05-19'); // Ascension Day on the 14th
  });

  it('takes a configured number of working days', () => {
    expect(reportDeadline(nl, d('2026-05-13'), 5)).toBe('2026-05-21');
  });
});

describe('todayIn', () => {
  it("reads today's date in the calendar's time zone", () => {
    expect(todayIn(nl, new Date('2026-03-28T23:30:00.000Z'))).toBe('2026-03-29');
    expect(todayIn(calendar({ timeZone: 'America/New_York' }), new Date('2026-03-28T23:30:00.000Z'))).toBe('2026-03-28');
  });
});

describe('workingDayCalendarSchema', () => {
  it('accepts a calendar', () => {
    expect(workingDayCalendarSchema.parse({ weekendDays: [6, 7], holidays: ['2026-12-25'], timeZone: 'Europe/Amsterdam' })).toEqual(calendar({ holidays: [d('2026-12-25')] }));
  });

  it.each([
    ['an unknown zone', { timeZone: 'Mars/Olympus_Mons' }, 'timeZone must be an IANA time zone such as Europe/Amsterdam'],
    ['every day a weekend', { weekendDays: [1, 2, 3, 4, 5, 6, 7] }, 'weekendDays must leave at least one working day in the week'],
    ['a repeated weekend day', { weekendDays: [6, 6] }, 'weekendDays must not repeat a weekday'],
    ['weekday 8', { weekendDays: [8] }, 'weekendDays must be ISO weekdays: 1 (Monday) to 7 (Sunday)'],
    ['a bad holiday', { holidays: ['2026-02-30'] }, 'holidays must be a calendar date in the form YYYY-MM-DD'],
  ])('rejects %s', (_name, override, message) => {
    const result = workingDayCalendarSchema.safeParse({ weekendDays: [6, 7], holidays: [], timeZone: 'Europe/Amsterdam', ...override });
    expect(result.error?.issues[0]?.message).toBe(message);
  });
});

describe('working-day properties', () => {
  const BASE = toEpochDay(d('2026-01-01'));
  const date = fc.integer({ min: 0, max: 1100 }).map((offset) => fromEpochDay(BASE + offset));
  const calendarArb: fc.Arbitrary<WorkingDayCalendar> = fc.record({
    weekendDays: fc.uniqueArray(fc.constantFrom<Weekday>(1, 2, 3, 4, 5, 6, 7), { maxLength: 6 }),
    holidays: fc.array(date, { maxLength: 60 }),
    timeZone: fc.constant('Europe/Amsterdam'),
  });

  function naiveAdd(cal: WorkingDayCalendar, from: LocalDate, n: number): LocalDate {
    const off = (day: LocalDate): boolean => cal.weekendDays.includes(weekdayOf(day)) || cal.holidays.includes(day);
    let day = from;
    for (let remaining = n; remaining > 0; ) {
      day = addDays(day, 1);
      if (!off(day)) remaining -= 1;
    }
    return day;
  }

  it('addWorkingDays lands on a working day, matches a day-by-day walk, and round-trips through workingDaysBetween', () => {
    fc.assert(
      fc.property(calendarArb, date, fc.integer({ min: 0, max: 400 }), (cal, from, n) => {
        const result = addWorkingDays(cal, from, n);
        expect(result).toBe(naiveAdd(cal, from, n));
        expect(workingDaysBetween(cal, from, result)).toBe(n);
        if (n > 0) expect(isWorkingDay(cal, result)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('workingDaysBetween is additive and antisymmetric', () => {
    fc.assert(
      fc.property(calendarArb, date, date, date, (cal, a, b, c) => {
        expect(workingDaysBetween(cal, a, c)).toBe(workingDaysBetween(cal, a, b) + workingDaysBetween(cal, b, c));
        expect(workingDaysBetween(cal, b, a) + workingDaysBetween(cal, a, b)).toBe(0);
      }),
    );
  });
});
