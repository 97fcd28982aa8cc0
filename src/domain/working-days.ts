// Working days: the unit of the "report within 3 working days of the measurement" rule. Weekends and the
// organisation's holidays do not count. All arithmetic is on calendar dates; `timeZone` is where the organisation
// lives, used by the shell to turn "now" into today's date (`todayIn`).
//
// Counting jumps over whole weeks and counts holidays by binary search, so spans of years cost O(log holidays).
import { z } from 'zod';
import { DomainError } from './domain-error';
import { hasNoDuplicates, localDateFieldSchema } from './field-schemas';
import { fromEpochDay, isValidTimeZone, localDateAt, toEpochDay, weekdayOfEpochDay, type LocalDate, type Weekday } from './local-date';

export interface WorkingDayCalendar {
  readonly weekendDays: readonly Weekday[];
  /** Non-working dates; duplicates and holidays on a weekend are harmless. */
  readonly holidays: readonly LocalDate[];
  /** IANA zone, e.g. "Europe/Amsterdam". */
  readonly timeZone: string;
}

export const workingDayCalendarSchema: z.ZodType<WorkingDayCalendar> = z.object(
  {
    weekendDays: z
      .array(z.literal([1, 2, 3, 4, 5, 6, 7], { error: 'weekendDays must be ISO weekdays: 1 (Monday) to 7 (Sunday)' }), {
        error: 'weekendDays must be a list of weekdays',
      })
      .max(6, { error: 'weekendDays must leave at least one working day in the week' })
      .refine(hasNoDuplicates, { error: 'weekendDays must not repeat a weekday' }),
    holidays: z.array(localDateFieldSchema('holidays'), { error: 'holidays must be a list of dates' }),
    timeZone: z
      .string({ error: 'timeZone must be an IANA time zone such as Europe/Amsterdam' })
      .refine(isValidTimeZone, { error: 'timeZone must be an IANA time zone such as Europe/Amsterdam' }),
  },
  { error: 'calendar must be an object with weekendDays, holidays and timeZone' },
);

interface CompiledCalendar {
  readonly weekend: readonly boolean[]; // index = ISO weekday
  readonly workingDaysPerWeek: number;
  /** Holidays that fall on working weekdays, unique, ascending epoch days. */
  readonly holidays: readonly number[];
  readonly holidaySet: ReadonlySet<number>;
}

// Calendars are immutable values; compiling each once keeps a sweep over thousands of checks cheap.
const compiled = new WeakMap<WorkingDayCalendar, CompiledCalendar>();

function compile(calendar: WorkingDayCalendar): CompiledCalendar {
  const cached = compiled.get(calendar);
  if (cached) return cached;
  const weekend = Array.from({ length: 8 }, (_, weekday) => calendar.weekendDays.some((day) => day === weekday));
  const workingDaysPerWeek = 7 - weekend.filter(Boolean).length;
  if (workingDaysPerWeek === 0) throw new DomainError('INVALID_CALENDAR', 'weekendDays must leave at least one working day in the week', { weekendDays: calendar.weekendDays });
  const holidays = [...new Set(calendar.holidays.map(toEpochDay))].filter((day) => weekend[weekdayOfEpochDay(day)] !== true).sort((a, b) => a - b);
  const result = { weekend, workingDaysPerWeek, holidays, holidaySet: new Set(holidays) };
  compiled.set(calendar, result);
  return result;
}

function isWorkingEpochDay(calendar: CompiledCalendar, day: number): boolean {
  return calendar.weekend[weekdayOfEpochDay(day)] !== true && !calendar.holidaySet.has(day);
}

/** How many of the sorted `days` are ≤ `limit`. */
function countUpTo(days: readonly number[], limit: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((days[middle] ?? Number.POSITIVE_INFINITY) <= limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Working days in (from, to] for from ≤ to. */
function countWorkingDays(calendar: CompiledCalendar, from: number, to: number): number {
  const fullWeeks = Math.floor((to - from) / 7);
  let count = fullWeeks * calendar.workingDaysPerWeek;
  for (let day = from + fullWeeks * 7 + 1; day <= to; day += 1) {
    if (calendar.weekend[weekdayOfEpochDay(day)] !== true) count += 1;
  }
  return count - (countUpTo(calendar.holidays, to) - countUpTo(calendar.holidays, from));
}

export function isWorkingDay(calendar: WorkingDayCalendar, date: LocalDate): boolean {
  return isWorkingEpochDay(compile(calendar), toEpochDay(date));
}

/** The nth working day after `date` (n = 0 returns `date` itself, working day or not). */
export function addWorkingDays(calendar: WorkingDayCalendar, date: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n) || n < 0) throw new DomainError('INVALID_INPUT', `working days to add must be a whole number ≥ 0, got ${n}`, { n });
  const cal = compile(calendar);
  let day = toEpochDay(date);
  let remaining = n;
  while (remaining > 0) {
    // Jump whole weeks while that cannot overshoot (a week holds at most workingDaysPerWeek), then step to land exactly.
    const weeks = Math.floor((remaining - 1) / cal.workingDaysPerWeek);
    if (weeks > 0) {
      remaining -= countWorkingDays(cal, day, day + weeks * 7);
      day += weeks * 7;
    } else {
      day += 1;
      if (isWorkingEpochDay(cal, day)) remaining -= 1;
    }
  }
  return fromEpochDay(day);
}

/** Working days in (from, to]; negative when `to` is before `from`. Inverse of `addWorkingDays`. */
export function workingDaysBetween(calendar: WorkingDayCalendar, from: LocalDate, to: LocalDate): number {
  const cal = compile(calendar);
  const start = toEpochDay(from);
  const end = toEpochDay(to);
  return end >= start ? countWorkingDays(cal, start, end) : 0 - countWorkingDays(cal, end, start); // 0 - x: never -0
}

export const DEFAULT_REPORT_WORKING_DAYS = 3;

/** The last day a monitoring report may reach the steering committee: n working days after the measurement. */
export function reportDeadline(calendar: WorkingDayCalendar, measuredOn: LocalDate, n: number = DEFAULT_REPORT_WORKING_DAYS): LocalDate {
  return addWorkingDays(calendar, measuredOn, n);
}

/** Today's date where the organisation is; the shell's bridge from the clock into the calendar-date domain. */
export function todayIn(calendar: WorkingDayCalendar, now: Date): LocalDate {
  return localDateAt(now, calendar.timeZone);
}
