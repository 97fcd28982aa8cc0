// Northwind's working-day calendar (London office): weekends and the bank holidays of England and Wales, computed
// for the years around the demo's "today" so the "report within 3 working days" rule always has real holidays.
import type { LocalDate } from '../../../src/domain/local-date';
import { addDays, daysInMonth, fromParts, toParts, weekdayOf } from '../../../src/domain/local-date';
import type { WorkingDayCalendar } from '../../../src/domain/working-days';

/** Easter Sunday (Anonymous Gregorian algorithm). */
function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return fromParts(year, month, ((h + l - 7 * m + 114) % 31) + 1);
}

/** The first (or, with `last`, the last) Monday of a month. */
function monday(year: number, month: number, last = false): LocalDate {
  let date = fromParts(year, month, last ? daysInMonth(year, month) : 1);
  while (weekdayOf(date) !== 1) date = addDays(date, last ? -1 : 1);
  return date;
}

/** A holiday on a weekend moves to the next free weekday. */
function substitute(date: LocalDate, taken: readonly LocalDate[]): LocalDate {
  let day = date;
  while (weekdayOf(day) >= 6 || taken.includes(day)) day = addDays(day, 1);
  return day;
}

export function englandBankHolidays(year: number): LocalDate[] {
  const easter = easterSunday(year);
  const newYear = substitute(fromParts(year, 1, 1), []);
  const christmas = substitute(fromParts(year, 12, 25), []);
  const boxingDay = substitute(fromParts(year, 12, 26), [christmas]);
  return [newYear, addDays(easter, -2), addDays(easter, 1), monday(year, 5), monday(year, 5, true), monday(year, 8, true), christmas, boxingDay];
}

export function demoWorkingDayCalendar(today: LocalDate): WorkingDayCalendar {
  const { year } = toParts(today);
  return { weekendDays: [6, 7], holidays: [year - 2, year - 1, year, year + 1].flatMap(englandBankHolidays), timeZone: 'Europe/London' };
}
