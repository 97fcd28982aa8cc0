import fc from 'fast-check';
import { addDays, epochDayFromParts, fromEpochDay, isLocalDate, localDate, toEpochDay, weekdayOf, weekdayOfEpochDay } from '../../src/domain/local-date';

const MS_PER_DAY = 86_400_000;
/** Oracle: the platform's own calendar. */
function isoOfEpochDay(epochDay: number): string {
  return new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10);
}

describe('epoch days', () => {
  it.each([
    ['1970-01-01', 0],
    ['1969-12-31', -1],
    ['2000-02-29', 11_016],
    ['2026-01-31', 20_484],
    ['0001-01-01', -719_162],
    ['9999-12-31', 2_932_896],
  ])('%s is epoch day %i, both ways', (date, epochDay) => {
    expect(toEpochDay(localDate(date))).toBe(epochDay);
    expect(fromEpochDay(epochDay)).toBe(date);
  });

  it('agrees with Date for every day of years 0100–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: toEpochDay(localDate('0100-01-01')), max: toEpochDay(localDate('9999-12-31')) }), (epochDay) => {
        const date = fromEpochDay(epochDay);
        expect(date).toBe(isoOfEpochDay(epochDay));
        expect(toEpochDay(date)).toBe(epochDay);
        expect(weekdayOfEpochDay(epochDay)).toBe(new Date(epochDay * MS_PER_DAY).getUTCDay() || 7);
      }),
      { numRuns: 2000 },
    );
  });

  it('handles years below 100 without mapping them to 19xx', () => {
    expect(addDays(localDate('0099-12-31'), 1)).toBe('0100-01-01');
    expect(toEpochDay(localDate('0050-03-01')) - toEpochDay(localDate('0050-02-28'))).toBe(1);
  });

  it('rolls a day past the month end into the next month', () => {
    expect(fromEpochDay(epochDayFromParts(2026, 4, 31))).toBe('2026-05-01');
    expect(fromEpochDay(epochDayFromParts(2026, 2, 29))).toBe('2026-03-01');
  });

  it('refuses days outside years 0000–9999 and fractional days', () => {
    expect(() => fromEpochDay(toEpochDay(localDate('9999-12-31')) + 1)).toThrow(RangeError);
    expect(() => fromEpochDay(0.5)).toThrow(RangeError);
  });

  it.each([
    ['2026-01-31', 6],
    ['2026-02-01', 7],
    ['2026-02-02', 1],
  ])('%s is ISO weekday %i', (date, weekday) => {
    expect(weekdayOf(localDate(date))).toBe(weekday);
  });
});

describe('calendar validity', () => {
  it.each([
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['0004-02-29', true],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-01', false],
  ])('%s is a calendar date: %s', (value, valid) => {
    expect(isLocalDate(value)).toBe(valid);
  });
});
