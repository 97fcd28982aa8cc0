// Calendar dates without a time of day ("2026-03-31"), and the few pure operations the domain needs on them.
// Arithmetic runs on UTC midnights so it never shifts across daylight-saving changes.
import { z } from 'zod';

declare const localDateBrand: unique symbol;
/** An ISO calendar date, `YYYY-MM-DD`, in the organisation's time zone. */
export type LocalDate = string & { readonly [localDateBrand]: true };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: string): value is LocalDate {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const month = Number(m);
  const day = Number(d);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(y), month);
}

/** Parses `YYYY-MM-DD`; throws a RangeError naming the bad value (use `localDateSchema` at boundaries). */
export function localDate(value: string): LocalDate {
  if (!isLocalDate(value)) throw new RangeError(`"${value}" is not a calendar date in the form YYYY-MM-DD`);
  return value;
}

export const localDateSchema = z
  .string()
  .refine(isLocalDate, { message: 'must be a calendar date in the form YYYY-MM-DD' }); // the type guard narrows the output to LocalDate

export interface DateParts {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–31
}

export function toParts(date: LocalDate): DateParts {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function fromParts(year: number, month: number, day: number): LocalDate {
  const normalised = new Date(Date.UTC(year, month - 1, day));
  normalised.setUTCFullYear(year); // years below 100 would otherwise map to 19xx
  return localDate(normalised.toISOString().slice(0, 10));
}

// Epoch days (days since 1970-01-01) with integer civil-calendar arithmetic (H. Hinnant's algorithm): hot loops such
// as recurrence expansion and working-day counts run on plain numbers, with no Date objects or re-parsing.

const TWO_DIGITS: readonly string[] = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, '0'));

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1–12; a day beyond the month's end rolls over). */
export function epochDayFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const marchBasedMonth = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * marchBasedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function toEpochDay(date: LocalDate): number {
  const { year, month, day } = toParts(date);
  return epochDayFromParts(year, month, day);
}

/** The date of an epoch day; throws a RangeError outside years 0000–9999, which `YYYY-MM-DD` cannot spell. */
export function fromEpochDay(epochDay: number): LocalDate {
  const shifted = epochDay + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchBasedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * marchBasedMonth + 2) / 5) + 1;
  const month = marchBasedMonth < 10 ? marchBasedMonth + 3 : marchBasedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (!Number.isInteger(epochDay) || year < 0 || year > 9999) throw new RangeError(`epoch day ${epochDay} is not a date in years 0000–9999`);
  return `${year >= 1000 ? String(year) : String(year).padStart(4, '0')}-${TWO_DIGITS[month] ?? ''}-${TWO_DIGITS[day] ?? ''}` as LocalDate;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export function weekdayOf(date: LocalDate): Weekday {
  return weekdayOfEpochDay(toEpochDay(date));
}

/** 1970-01-01 was a Thursday (ISO 4). */
export function weekdayOfEpochDay(epochDay: number): Weekday {
  return ((((epochDay + 3) % 7) + 7) % 7 + 1) as Weekday;
}

export function daysInMonth(year: number, month: number): number {
  return epochDayFromParts(year, month + 1, 1) - epochDayFromParts(year, month, 1); // month 13 is next January
}

/** Adds calendar months, clamping the day to the target month's last day (Jan 31 + 1 month → Feb 28/29). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = toParts(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  return fromParts(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxLocalDate(a: LocalDate, b: LocalDate): LocalDate {
  return a >= b ? a : b;
}

export function minLocalDate(a: LocalDate, b: LocalDate): LocalDate {
  return a <= b ? a : b;
}

/** The calendar date an instant falls on in an IANA time zone (e.g. "Europe/Amsterdam"). */
export function localDateAt(instant: Date, timeZone: string): LocalDate {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const pick = (type: Intl.DateTimeFormatPartTypes): string => parts.find((part) => part.type === type)?.value ?? '';
  return localDate(`${pick('year')}-${pick('month')}-${pick('day')}`);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
