// The arithmetic behind recurrence.ts, on epoch days. A series is a sequence of periods counted from the start
// (a run of days, weeks or months); each period holds a fixed number of occurrences. Finding the period that holds a
// date is one division, so a window years after the start costs the same as the first one. The compiled series is
// plain data (no closures) and expansion runs in tight loops: the daily sweep expands thousands of items.
import { DomainError, assertNever } from './domain-error';
import { daysInMonth, epochDayFromParts, fromEpochDay, toEpochDay, toParts, weekdayOfEpochDay } from './local-date';
import type { MonthBasedFrequency, MonthDayRule, Recurrence, RecurrenceRule } from './recurrence';

export const MONTHS_PER_PERIOD: Readonly<Record<MonthBasedFrequency, number>> = { monthly: 1, quarterly: 3, semi_annual: 6, annual: 12 };

type Pattern =
  | { readonly kind: 'days'; readonly span: number }
  | { readonly kind: 'weeks'; readonly firstMonday: number; readonly span: number; /** sorted weekday - 1 */ readonly offsets: readonly number[] }
  | { readonly kind: 'months'; readonly firstMonth: number; readonly step: number; readonly on: MonthDayRule };

export interface Series {
  /** Epoch day of `startsOn`; nothing earlier is an occurrence. */
  readonly firstDay: number;
  /** Inclusive last epoch day the series may occur on; +Infinity when it never ends. */
  readonly lastDay: number;
  readonly pattern: Pattern;
}

function invalid(message: string, details: Record<string, unknown>): DomainError {
  return new DomainError('INVALID_RECURRENCE', message, details);
}

/** The epoch day a month-day rule picks in a month (month 1–12). */
function dayInMonth(rule: MonthDayRule, year: number, month: number): number {
  switch (rule.kind) {
    case 'day_of_month':
      return epochDayFromParts(year, month, Math.min(rule.day, daysInMonth(year, month)));
    case 'weekday_of_month': {
      if (rule.week === 'last') {
        const lastDay = epochDayFromParts(year, month, daysInMonth(year, month));
        return lastDay - ((weekdayOfEpochDay(lastDay) - rule.weekday + 7) % 7);
      }
      const firstDay = epochDayFromParts(year, month, 1);
      return firstDay + ((rule.weekday - weekdayOfEpochDay(firstDay) + 7) % 7) + (rule.week - 1) * 7;
    }
    default:
      return assertNever(rule);
  }
}

function monthIndexOf(day: number): number {
  const { year, month } = toParts(fromEpochDay(day));
  return year * 12 + month - 1;
}

function dayOfMonthIndex(on: MonthDayRule, monthIndex: number): number {
  return dayInMonth(on, Math.floor(monthIndex / 12), (monthIndex % 12) + 1);
}

function patternOf(rule: RecurrenceRule, firstDay: number): Pattern {
  if (!Number.isInteger(rule.interval) || rule.interval < 1) throw invalid('interval must be a whole number of at least 1', { interval: rule.interval });
  switch (rule.frequency) {
    case 'daily':
      return { kind: 'days', span: rule.interval };
    case 'weekly': {
      const offsets = [...new Set(rule.weekdays)].sort((a, b) => a - b).map((weekday) => weekday - 1);
      if (offsets.length === 0) throw invalid('weekdays must list at least one weekday', { weekdays: rule.weekdays });
      return { kind: 'weeks', firstMonday: firstDay - (weekdayOfEpochDay(firstDay) - 1), span: 7 * rule.interval, offsets };
    }
    case 'monthly':
    case 'quarterly':
    case 'semi_annual':
    case 'annual': {
      const { on } = rule;
      if (on.kind === 'day_of_month' && (!Number.isInteger(on.day) || on.day < 1 || on.day > 31)) throw invalid('on.day must be a day of month from 1 to 31', { day: on.day });
      return { kind: 'months', firstMonth: monthIndexOf(firstDay), step: rule.interval * MONTHS_PER_PERIOD[rule.frequency], on };
    }
    default:
      return assertNever(rule);
  }
}

function occurrencesPerPeriod(pattern: Pattern): number {
  return pattern.kind === 'weeks' ? pattern.offsets.length : 1;
}

/** The period holding `day`; negative before the first period. */
function periodOf(pattern: Pattern, firstDay: number, day: number): number {
  switch (pattern.kind) {
    case 'days':
      return Math.floor((day - firstDay) / pattern.span);
    case 'weeks':
      return Math.floor((day - pattern.firstMonday) / pattern.span);
    case 'months':
      return Math.floor((monthIndexOf(day) - pattern.firstMonth) / pattern.step);
    default:
      return assertNever(pattern);
  }
}

/** A period's occurrences, ascending; period 0 may hold days before the start. */
function occurrencesIn(pattern: Pattern, firstDay: number, period: number): number[] {
  switch (pattern.kind) {
    case 'days':
      return [firstDay + period * pattern.span];
    case 'weeks':
      return pattern.offsets.map((offset) => pattern.firstMonday + period * pattern.span + offset);
    case 'months':
      return [dayOfMonthIndex(pattern.on, pattern.firstMonth + period * pattern.step)];
    default:
      return assertNever(pattern);
  }
}

/** The nth occurrence (1-based) counted from the start, computed without walking the series. */
function nthOccurrence(pattern: Pattern, firstDay: number, n: number): number {
  const inFirstPeriod = occurrencesIn(pattern, firstDay, 0).filter((day) => day >= firstDay);
  const fromFirst = inFirstPeriod[n - 1];
  if (fromFirst !== undefined) return fromFirst;
  const perPeriod = occurrencesPerPeriod(pattern);
  const rest = n - inFirstPeriod.length - 1;
  const day = occurrencesIn(pattern, firstDay, 1 + Math.floor(rest / perPeriod))[rest % perPeriod];
  if (day === undefined) throw new Error('unreachable: every period holds occurrencesPerPeriod days');
  return day;
}

export function compileSeries(recurrence: Recurrence): Series {
  const firstDay = toEpochDay(recurrence.startsOn);
  const pattern = patternOf(recurrence.rule, firstDay);
  const { ends } = recurrence;
  switch (ends.kind) {
    case 'never':
      return { firstDay, lastDay: Number.POSITIVE_INFINITY, pattern };
    case 'on_date':
      return { firstDay, lastDay: toEpochDay(ends.until), pattern };
    case 'after_count':
      if (!Number.isInteger(ends.count) || ends.count < 1) throw invalid('ends.count must be a whole number of at least 1', { count: ends.count });
      return { firstDay, lastDay: nthOccurrence(pattern, firstDay, ends.count), pattern };
    default:
      return assertNever(ends);
  }
}

/** Occurrences in [from, to) — at most `limit` of them — ascending. */
export function collectOccurrences(series: Series, from: number, to: number, limit: number): number[] {
  const low = Math.max(from, series.firstDay);
  const high = Math.min(to, series.lastDay + 1);
  const found: number[] = [];
  if (low >= high) return found;
  const { pattern } = series;
  let period = Math.max(0, periodOf(pattern, series.firstDay, low));
  switch (pattern.kind) {
    case 'days':
      for (let day = series.firstDay + period * pattern.span; day < high && found.length < limit; day += pattern.span) if (day >= low) found.push(day);
      return found;
    case 'weeks':
      for (let monday = pattern.firstMonday + period * pattern.span; monday < high && found.length < limit; monday += pattern.span) {
        for (const offset of pattern.offsets) {
          const day = monday + offset;
          if (day >= high || found.length >= limit) return found;
          if (day >= low) found.push(day);
        }
      }
      return found;
    case 'months':
      for (; found.length < limit; period += 1) {
        const day = dayOfMonthIndex(pattern.on, pattern.firstMonth + period * pattern.step);
        if (day >= high) return found;
        if (day >= low) found.push(day);
      }
      return found;
    default:
      return assertNever(pattern);
  }
}

export function lastOccurrenceDay(series: Series): number | null {
  if (series.lastDay === Number.POSITIVE_INFINITY) return null;
  for (let period = periodOf(series.pattern, series.firstDay, series.lastDay); period >= 0; period -= 1) {
    const candidates = occurrencesIn(series.pattern, series.firstDay, period).filter((day) => day >= series.firstDay && day <= series.lastDay);
    const last = candidates[candidates.length - 1];
    if (last !== undefined) return last;
  }
  return null;
}
