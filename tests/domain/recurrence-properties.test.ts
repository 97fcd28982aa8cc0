// Properties of recurrence expansion, checked against a deliberately naive oracle that walks day by day with Date.
import fc from 'fast-check';
import { addDays, fromEpochDay, toEpochDay } from '../../src/domain/local-date';
import type { LocalDate, Weekday } from '../../src/domain/local-date';
import { MONTHS_PER_PERIOD, nextOccurrenceOnOrAfter, occurrencesBetween } from '../../src/domain/recurrence';
import type { MonthDayRule, Recurrence, RecurrenceEnd, RecurrenceRule } from '../../src/domain/recurrence';
import { recurrenceSchema } from '../../src/domain/recurrence-schema';
import { d } from './monitoring-builders';

const DAY_MS = 86_400_000;
const BASE = toEpochDay(d('2020-01-01'));

const dateNear = (min: number, max: number): fc.Arbitrary<LocalDate> => fc.integer({ min, max }).map((offset) => fromEpochDay(BASE + offset));
const weekday = fc.constantFrom<Weekday>(1, 2, 3, 4, 5, 6, 7);
const monthDayRule: fc.Arbitrary<MonthDayRule> = fc.oneof(
  fc.integer({ min: 1, max: 31 }).map((day): MonthDayRule => ({ kind: 'day_of_month', day })),
  fc.record({ kind: fc.constant('weekday_of_month' as const), week: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 'last' as const), weekday }),
);
const rule: fc.Arbitrary<RecurrenceRule> = fc.oneof(
  fc.record({ frequency: fc.constant('daily' as const), interval: fc.integer({ min: 1, max: 10 }) }),
  fc.record({ frequency: fc.constant('weekly' as const), interval: fc.integer({ min: 1, max: 4 }), weekdays: fc.uniqueArray(weekday, { minLength: 1, maxLength: 7 }) }),
  fc.record({
    frequency: fc.constantFrom('monthly' as const, 'quarterly' as const, 'semi_annual' as const, 'annual' as const),
    interval: fc.integer({ min: 1, max: 3 }),
    on: monthDayRule,
  }),
);
const recurrenceArb: fc.Arbitrary<Recurrence> = fc
  .record({ startsOn: dateNear(0, 3650), rule, endKind: fc.constantFrom('never', 'on_date', 'after_count'), endDays: fc.integer({ min: 0, max: 900 }), count: fc.integer({ min: 1, max: 40 }) })
  .map(({ startsOn, rule: r, endKind, endDays, count }) => {
    const ends: RecurrenceEnd = endKind === 'never' ? { kind: 'never' } : endKind === 'on_date' ? { kind: 'on_date', until: addDays(startsOn, endDays) } : { kind: 'after_count', count };
    return { startsOn, rule: r, ends };
  });
/** Ascending dates a ≤ b ≤ c around the series. */
const threeDates = (rec: Recurrence): fc.Arbitrary<[LocalDate, LocalDate, LocalDate]> =>
  fc.tuple(fc.integer({ min: -100, max: 900 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 })).map(([offset, first, second]) => {
    const a = addDays(rec.startsOn, offset);
    return [a, addDays(a, first), addDays(a, first + second)];
  });

// ---- the oracle ----
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const isoWeekday = (ms: number): number => new Date(ms).getUTCDay() || 7;

const dayInMonthCache = new Map<string, number>();

function naiveDayInMonth(on: MonthDayRule, year: number, monthIndex: number): number {
  const key = `${JSON.stringify(on)}/${year}/${monthIndex}`;
  const cached = dayInMonthCache.get(key);
  if (cached !== undefined) return cached;
  const day = computeDayInMonth(on, year, monthIndex);
  dayInMonthCache.set(key, day);
  return day;
}

function computeDayInMonth(on: MonthDayRule, year: number, monthIndex: number): number {
  const days: number[] = [];
  for (let ms = Date.UTC(year, monthIndex, 1); new Date(ms).getUTCMonth() === monthIndex; ms += DAY_MS) days.push(ms);
  if (on.kind === 'day_of_month') return Math.min(on.day, days.length);
  const matching = days.filter((ms) => isoWeekday(ms) === on.weekday).map((ms) => new Date(ms).getUTCDate());
  return (on.week === 'last' ? matching[matching.length - 1] : matching[on.week - 1]) ?? -1;
}

function matches(rec: Recurrence, ms: number, startMs: number): boolean {
  const { rule: r } = rec;
  switch (r.frequency) {
    case 'daily':
      return Math.round((ms - startMs) / DAY_MS) % r.interval === 0;
    case 'weekly': {
      const mondayMs = startMs - (isoWeekday(startMs) - 1) * DAY_MS;
      return r.weekdays.some((w) => w === isoWeekday(ms)) && Math.floor(Math.round((ms - mondayMs) / DAY_MS) / 7) % r.interval === 0;
    }
    default: {
      const date = new Date(ms);
      const start = new Date(startMs);
      const months = date.getUTCFullYear() * 12 + date.getUTCMonth() - (start.getUTCFullYear() * 12 + start.getUTCMonth());
      return months % (r.interval * MONTHS_PER_PERIOD[r.frequency]) === 0 && date.getUTCDate() === naiveDayInMonth(r.on, date.getUTCFullYear(), date.getUTCMonth());
    }
  }
}

function naiveOccurrences(rec: Recurrence, from: LocalDate, to: LocalDate): string[] {
  const startMs = Date.parse(`${rec.startsOn}T00:00:00Z`);
  const found: string[] = [];
  for (let ms = startMs; ms < Date.parse(`${to}T00:00:00Z`); ms += DAY_MS) {
    if (rec.ends.kind === 'on_date' && iso(ms) > rec.ends.until) break;
    if (matches(rec, ms, startMs)) {
      found.push(iso(ms));
      if (rec.ends.kind === 'after_count' && found.length === rec.ends.count) break;
    }
  }
  return found.filter((date) => date >= from);
}

describe('recurrence properties', () => {
  it('agrees with the day-by-day oracle', () => {
    fc.assert(
      fc.property(recurrenceArb.chain((rec) => fc.tuple(fc.constant(rec), threeDates(rec))), ([rec, [from, , to]]) => {
        expect(occurrencesBetween(rec, from, to)).toEqual(naiveOccurrences(rec, from, to));
      }),
      { numRuns: 400 },
    );
  });

  it('returns dates strictly inside [from, to), ascending, without duplicates', () => {
    fc.assert(
      fc.property(recurrenceArb.chain((rec) => fc.tuple(fc.constant(rec), threeDates(rec))), ([rec, [from, , to]]) => {
        const dates = occurrencesBetween(rec, from, to);
        const misplaced = dates.filter((date, index) => date < from || date >= to || (index > 0 && (dates[index - 1] ?? '') >= date));
        expect(misplaced).toEqual([]);
      }),
    );
  });

  it('is stable across window splits: [a, c) = [a, b) ++ [b, c)', () => {
    fc.assert(
      fc.property(recurrenceArb.chain((rec) => fc.tuple(fc.constant(rec), threeDates(rec))), ([rec, [a, b, c]]) => {
        expect(occurrencesBetween(rec, a, c)).toEqual([...occurrencesBetween(rec, a, b), ...occurrencesBetween(rec, b, c)]);
      }),
    );
  });

  it('nextOccurrenceOnOrAfter is the first occurrence of any window starting there', () => {
    fc.assert(
      fc.property(recurrenceArb.chain((rec) => fc.tuple(fc.constant(rec), threeDates(rec))), ([rec, [date]]) => {
        const next = nextOccurrenceOnOrAfter(rec, date);
        const upcoming = occurrencesBetween(rec, date, addDays(date, 800));
        if (next === null) expect(upcoming).toEqual([]);
        else {
          expect(upcoming[0] ?? next).toBe(next);
          expect(nextOccurrenceOnOrAfter(rec, next)).toBe(next);
        }
      }),
    );
  });

  it('generated recurrences are accepted by the schema unchanged', () => {
    fc.assert(
      fc.property(recurrenceArb, (rec) => {
        expect(recurrenceSchema.parse(rec)).toEqual(rec);
      }),
      { numRuns: 200 },
    );
  });
});
