// When a monitoring item falls due: a recurrence rule anchored at a start date, expanded into calendar dates.
//
// Occurrences are calendar dates (LocalDate) with no time zone: callers turn "now" into today's date with
// `localDateAt(now, calendar.timeZone)` before asking, so a series never shifts with daylight saving or the server's zone.
//
// Rules, stated once:
// - Each occurrence is computed from the series anchor, never from the previous occurrence, so month ends do not drift:
//   monthly on day 31 from 2026-01-31 gives Jan 31, Feb 28, Mar 31, Apr 30 …
// - A day of month the month lacks becomes the month's last day (31 → 30 in April; Feb 29 → Feb 28 in common years).
// - Periods are counted from the start: every 2 weeks means the start's ISO week (Monday-based), then every 2nd week;
//   every 3 months means the start's month, then every 3rd month. Dates before `startsOn` are never occurrences.
// - `ends.count` counts occurrences from the start of the series, whatever window is asked for.
// - Windows are half-open, [from, to), so adjacent windows never share or lose an occurrence.
import { fromEpochDay, toEpochDay, type LocalDate, type Weekday } from './local-date';
import { collectOccurrences, compileSeries, lastOccurrenceDay } from './recurrence-series';

export { MONTHS_PER_PERIOD } from './recurrence-series';

export type RecurrenceFrequency = 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'semi_annual' | 'annual';
export type MonthBasedFrequency = Extract<RecurrenceFrequency, 'monthly' | 'quarterly' | 'semi_annual' | 'annual'>;

/** Which week of the month: the 1st–4th occurrence of the weekday, or the last one (4th or 5th). */
export type WeekOfMonth = 1 | 2 | 3 | 4 | 'last';

/** Which day of a month a month-based rule falls on. */
export type MonthDayRule =
  | { readonly kind: 'day_of_month'; /** 1–31; clamped to the month's last day */ readonly day: number }
  | { readonly kind: 'weekday_of_month'; readonly week: WeekOfMonth; readonly weekday: Weekday };

export type RecurrenceRule =
  | { readonly frequency: 'daily'; readonly interval: number }
  | { readonly frequency: 'weekly'; readonly interval: number; readonly weekdays: readonly Weekday[] }
  | { readonly frequency: MonthBasedFrequency; readonly interval: number; readonly on: MonthDayRule };

export type RecurrenceEnd =
  | { readonly kind: 'never' }
  | { readonly kind: 'on_date'; /** inclusive */ readonly until: LocalDate }
  | { readonly kind: 'after_count'; readonly count: number };

export interface Recurrence {
  readonly startsOn: LocalDate;
  /** `interval` multiplies the unit: weekly with interval 2 is every other week, quarterly with interval 2 every 6 months. */
  readonly rule: RecurrenceRule;
  readonly ends: RecurrenceEnd;
}

/** Occurrences in `[from, to)`, ascending. Cost grows with the occurrences returned, not with the series' age. */
export function occurrencesBetween(recurrence: Recurrence, from: LocalDate, to: LocalDate): LocalDate[] {
  const days = collectOccurrences(compileSeries(recurrence), toEpochDay(from), toEpochDay(to), Number.POSITIVE_INFINITY);
  return days.map(fromEpochDay);
}

/** The first occurrence on or after `date`, or null when the series has ended by then. */
export function nextOccurrenceOnOrAfter(recurrence: Recurrence, date: LocalDate): LocalDate | null {
  const [next] = collectOccurrences(compileSeries(recurrence), toEpochDay(date), Number.POSITIVE_INFINITY, 1);
  return next === undefined ? null : fromEpochDay(next);
}

/** The series' final occurrence, or null when it never ends (or ends before its first occurrence). */
export function lastOccurrence(recurrence: Recurrence): LocalDate | null {
  const last = lastOccurrenceDay(compileSeries(recurrence));
  return last === null ? null : fromEpochDay(last);
}
