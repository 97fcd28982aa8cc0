// Calendar dates without a time of day ("2026-03-31"), and the few pure operations the domain needs on them.
// Arithmetic runs on UTC midnights so it never shifts across daylight-saving changes.
import { z } from 'zod';

declare const localDateBrand: unique symbol;
/** An ISO calendar date, `YYYY-MM-DD`, in the organisation's time zone. */
export type LocalDate = string & { readonly [localDateBrand]: true };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isLocalDate(value: string): value is LocalDate {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.toISOString().slice(0, 10) === value;
}

/** Parses `YYYY-MM-DD`; throws a RangeError naming the bad value (use `localDateSchema` at boundaries). */
export function localDate(value: string): LocalDate {
  if (!isLocalDate(value)) throw new RangeError(`"${value}" is not a calendar date in the form YYYY-MM-DD`);
  return value;
}

export const localDateSchema = z
  .string()
  .refine(isLocalDate, { message: 'must be a calendar date in the form YYYY-MM-DD' })
  .transform((value) => value as LocalDate);

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

function toEpochDay(date: LocalDate): number {
  const { year, month, day } = toParts(date);
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

function fromEpochDay(epochDay: number): LocalDate {
  return localDate(new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10));
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
  const utcDay = new Date(toEpochDay(date) * MS_PER_DAY).getUTCDay(); // 0 = Sunday
  return (utcDay === 0 ? 7 : utcDay) as Weekday;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
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
