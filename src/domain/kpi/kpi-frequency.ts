// How often a KPI is collected and reported, and the calendar periods that follow from it. Periods are calendar
// aligned: ISO weeks start on Monday, quarters and half-years on January/April/July/October 1st. (Fiscal years that
// start elsewhere are not supported yet.)
import { assertNever, DomainError } from '../domain-error';
import type { LocalDate } from '../local-date';
import { addDays, addMonths, fromParts, toParts, weekdayOf } from '../local-date';

export const KPI_FREQUENCIES = ['daily', 'weekly', 'monthly', 'quarterly', 'semi_annual', 'annual'] as const;
export type KpiFrequency = (typeof KPI_FREQUENCIES)[number];

/** Position from most to least frequent: reporting must not be more frequent than collection. */
export function frequencyRank(frequency: KpiFrequency): number {
  return KPI_FREQUENCIES.indexOf(frequency);
}

function monthsPerPeriod(frequency: 'monthly' | 'quarterly' | 'semi_annual' | 'annual'): number {
  switch (frequency) {
    case 'monthly':
      return 1;
    case 'quarterly':
      return 3;
    case 'semi_annual':
      return 6;
    case 'annual':
      return 12;
    default:
      return assertNever(frequency);
  }
}

/** The first day of the period `date` falls in. */
export function periodOf(frequency: KpiFrequency, date: LocalDate): LocalDate {
  switch (frequency) {
    case 'daily':
      return date;
    case 'weekly':
      return addDays(date, 1 - weekdayOf(date));
    case 'monthly':
    case 'quarterly':
    case 'semi_annual':
    case 'annual': {
      const { year, month } = toParts(date);
      const span = monthsPerPeriod(frequency);
      return fromParts(year, Math.floor((month - 1) / span) * span + 1, 1);
    }
    default:
      return assertNever(frequency);
  }
}

/** The start of the period after the one that starts on `periodStart` (which must be a period start). */
export function nextPeriodStart(frequency: KpiFrequency, periodStart: LocalDate): LocalDate {
  if (periodOf(frequency, periodStart) !== periodStart) {
    throw new DomainError('INVALID_INPUT', `periodStart ${periodStart} is not the start of a ${frequency} period`, { field: 'periodStart', periodStart, frequency });
  }
  return followingPeriodStart(frequency, periodStart);
}

/** As `nextPeriodStart`, without the alignment check: for loops that only ever hold period starts. */
export function followingPeriodStart(frequency: KpiFrequency, periodStart: LocalDate): LocalDate {
  switch (frequency) {
    case 'daily':
      return addDays(periodStart, 1);
    case 'weekly':
      return addDays(periodStart, 7);
    case 'monthly':
    case 'quarterly':
    case 'semi_annual':
    case 'annual':
      return addMonths(periodStart, monthsPerPeriod(frequency));
    default:
      return assertNever(frequency);
  }
}

/** The last day of the period that starts on `periodStart`. */
export function periodEnd(frequency: KpiFrequency, periodStart: LocalDate): LocalDate {
  return addDays(nextPeriodStart(frequency, periodStart), -1);
}
