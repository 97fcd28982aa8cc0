// Date operands: Jira's literal formats, relative periods ("-1w", "4w 2d") and the date functions, all evaluated
// once at compile time against ctx.now in the user's time zone.
//
// Semantics (after Jira's AbstractDateFunction and its tests):
// - Literals: 'yyyy-MM-dd', 'yyyy/MM/dd', optionally followed by ' HH:mm', read as wall-clock time in ctx.timeZone.
// - Relative periods: an optional sign then one or more `<n><unit>` with units y M w d h m (M = month, m = minute),
//   applied to ctx.now with calendar arithmetic in ctx.timeZone (so "-1d" keeps the wall-clock time across DST).
// - Functions take an optional increment `(+/-)n(y|M|w|d|h|m)`; without a unit it counts the function's own period
//   (startOfMonth(-1) = start of last month). An increment finer than the period shifts the boundary
//   (startOfMonth("+14d") = the 15th, endOfDay("+3h") = 02:59:59.999 tomorrow); one equal or coarser shifts now and
//   then takes the boundary (startOfWeek("+1M") = the start of the week one month from now, as in Jira's tests).
// - endOf... is the last millisecond of the period. Weeks start on ctx.weekStart (default Monday, see types.ts).
import { ClauseProblem, jqlMessages } from './errors';
import { dayOfWeek, daysInMonth, formatDate, type WallClock, type Zone } from './zone';

export type DateUnit = 'y' | 'M' | 'w' | 'd' | 'h' | 'm';
type Period = 'day' | 'week' | 'month' | 'year';

export interface DateEnv {
  readonly now: number;
  readonly zone: Zone;
  readonly weekStartsOnSunday: boolean;
}

/** A resolved date operand: the instant (for datetime fields) and its calendar date (for date-only fields). */
export interface DateValue {
  readonly instant: number;
  readonly date: string;
}

const UNIT_RANK: Readonly<Record<DateUnit, number>> = { m: 0, h: 1, d: 2, w: 3, M: 4, y: 5 };
const PERIOD_UNIT: Readonly<Record<Period, DateUnit>> = { day: 'd', week: 'w', month: 'M', year: 'y' };

function isDateUnit(value: string): value is DateUnit {
  return value in UNIT_RANK;
}

function normalise(year: number, month: number, day: number, rest: Omit<WallClock, 'year' | 'month' | 'day'>): WallClock {
  const date = new Date(Date.UTC(year, month - 1, day));
  return { ...rest, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Adds `amount` units to an instant: calendar arithmetic for y/M/w/d (day clamped to the month), exact for h/m. */
export function addToInstant(env: DateEnv, instant: number, amount: number, unit: DateUnit): number {
  if (unit === 'h') return instant + amount * 3_600_000;
  if (unit === 'm') return instant + amount * 60_000;
  const wall = env.zone.wallClock(instant);
  if (unit === 'd' || unit === 'w') {
    return env.zone.instant(normalise(wall.year, wall.month, wall.day + amount * (unit === 'w' ? 7 : 1), wall));
  }
  const months = wall.year * 12 + (wall.month - 1) + amount * (unit === 'y' ? 12 : 1);
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  return env.zone.instant({ ...wall, year, month, day: Math.min(wall.day, daysInMonth(year, month)) });
}

function startOfPeriod(env: DateEnv, instant: number, period: Period): number {
  const wall = env.zone.wallClock(instant);
  const midnight = { hour: 0, minute: 0, second: 0, millisecond: 0 };
  switch (period) {
    case 'day':
      return env.zone.instant({ ...wall, ...midnight });
    case 'week': {
      const back = (dayOfWeek(wall.year, wall.month, wall.day) - (env.weekStartsOnSunday ? 0 : 1) + 7) % 7;
      return env.zone.instant(normalise(wall.year, wall.month, wall.day - back, midnight));
    }
    case 'month':
      return env.zone.instant({ year: wall.year, month: wall.month, day: 1, ...midnight });
    case 'year':
      return env.zone.instant({ year: wall.year, month: 1, day: 1, ...midnight });
  }
}

function endOfPeriod(env: DateEnv, instant: number, period: Period): number {
  return addToInstant(env, startOfPeriod(env, instant, period), 1, PERIOD_UNIT[period]) - 1;
}

const FUNCTIONS: Readonly<Record<string, { readonly name: string; readonly period?: Period; readonly end?: boolean }>> = {
  now: { name: 'now' },
  startofday: { name: 'startOfDay', period: 'day' },
  endofday: { name: 'endOfDay', period: 'day', end: true },
  startofweek: { name: 'startOfWeek', period: 'week' },
  endofweek: { name: 'endOfWeek', period: 'week', end: true },
  startofmonth: { name: 'startOfMonth', period: 'month' },
  endofmonth: { name: 'endOfMonth', period: 'month', end: true },
  startofyear: { name: 'startOfYear', period: 'year' },
  endofyear: { name: 'endOfYear', period: 'year', end: true },
};

export function isDateFunction(name: string): boolean {
  return name.toLowerCase() in FUNCTIONS;
}

const INCREMENT = /^([-+]?)(\d+)([yMwdhm]?)$/;

/** Evaluates now(), startOf...() and endOf...() with their optional increment. */
export function evaluateDateFunction(name: string, args: readonly string[], env: DateEnv): number {
  const spec = FUNCTIONS[name.toLowerCase()];
  if (spec === undefined) throw new ClauseProblem(jqlMessages.unknownFunction(`${name}()`));
  const { period } = spec;
  if (period === undefined) {
    if (args.length > 0) throw new ClauseProblem(jqlMessages.argumentCount(spec.name, 0, 0, args.length));
    return env.now;
  }
  if (args.length > 1) throw new ClauseProblem(jqlMessages.argumentCount(spec.name, 0, 1, args.length));
  const boundary = (instant: number) =>
    spec.end === true ? endOfPeriod(env, instant, period) : startOfPeriod(env, instant, period);
  const [increment] = args;
  if (increment === undefined) return boundary(env.now);
  const match = INCREMENT.exec(increment.trim());
  const unit = match?.[3] === '' ? PERIOD_UNIT[period] : match?.[3];
  if (match === null || unit === undefined || !isDateUnit(unit)) throw new ClauseProblem(jqlMessages.badDuration(spec.name));
  const amount = (match[1] === '-' ? -1 : 1) * Number(match[2]);
  return UNIT_RANK[unit] < UNIT_RANK[PERIOD_UNIT[period]]
    ? addToInstant(env, boundary(env.now), amount, unit)
    : boundary(addToInstant(env, env.now, amount, unit));
}

const LITERAL = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/;
const PERIOD = /^([-+]?)\s*((?:\d+\s*[yMwdhm]\s*)+)$/;
const PERIOD_PART = /(\d+)\s*([yMwdhm])/g;

/** Parses a date literal or relative period; undefined when the text is neither. */
export function parseDateValue(text: string, env: DateEnv): DateValue | undefined {
  const trimmed = text.trim();
  const literal = LITERAL.exec(trimmed);
  if (literal !== null) {
    const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((group) => Number(literal[group] ?? 0));
    if (year === undefined || month === undefined || day === undefined || hour === undefined || minute === undefined) {
      return undefined;
    }
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59) return undefined;
    const instant = env.zone.instant({ year, month, day, hour, minute, second: 0, millisecond: 0 });
    return { instant, date: formatDate(year, month, day) };
  }
  const period = PERIOD.exec(trimmed);
  if (period === null) return undefined;
  const sign = period[1] === '-' ? -1 : 1;
  let instant = env.now;
  for (const part of (period[2] ?? '').matchAll(PERIOD_PART)) {
    const unit = part[2] ?? '';
    if (isDateUnit(unit)) instant = addToInstant(env, instant, sign * Number(part[1]), unit);
  }
  return { instant, date: env.zone.localDate(instant) };
}

export function dateValueOfInstant(instant: number, env: DateEnv): DateValue {
  return { instant, date: env.zone.localDate(instant) };
}
