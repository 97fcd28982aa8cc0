// The audit cycle (9.2.2): the span over which the programme must cover clauses 4–10 and every applicable control.
// Typically a year; a cycle starts on a month, not a day, because audits are planned per month.
import { z } from 'zod';

import { DomainError } from '../domain-error';
import type { LocalDate } from '../local-date';
import { addMonthsTo, monthOf, monthsBetween, yearMonthField, type YearMonth } from './year-month';

export const DEFAULT_CYCLE_MONTHS = 12;
/** Longer than three years and a certificate would lapse before the programme covers the ISMS once. */
export const MAX_CYCLE_MONTHS = 36;

export interface AuditCycle {
  readonly start: YearMonth;
  readonly months: number;
}

export const auditCycleSchema = z.object({
  start: yearMonthField('cycle.start'),
  months: z
    .number({ error: 'cycle.months must be a number' })
    .int({ error: 'cycle.months must be a whole number' })
    .min(1, { error: 'cycle.months must be at least 1' })
    .max(MAX_CYCLE_MONTHS, { error: `cycle.months must be at most ${MAX_CYCLE_MONTHS}` })
    .default(DEFAULT_CYCLE_MONTHS),
}) satisfies z.ZodType<AuditCycle>;

export function auditCycle(start: YearMonth, months: number = DEFAULT_CYCLE_MONTHS): AuditCycle {
  if (!Number.isInteger(months) || months < 1 || months > MAX_CYCLE_MONTHS) {
    throw new DomainError('INVALID_INPUT', `cycle.months must be a whole number from 1 to ${MAX_CYCLE_MONTHS}, got ${months}`, { field: 'cycle.months', value: months });
  }
  return { start, months };
}

/** Every month of the cycle, in order. */
export function cycleMonths(cycle: AuditCycle): YearMonth[] {
  return Array.from({ length: cycle.months }, (_, index) => addMonthsTo(cycle.start, index));
}

export function lastMonthOf(cycle: AuditCycle): YearMonth {
  return addMonthsTo(cycle.start, cycle.months - 1);
}

/** 0 for the first month of the cycle; null when the month falls outside it. */
export function monthIndexInCycle(cycle: AuditCycle, month: YearMonth): number | null {
  const index = monthsBetween(cycle.start, month);
  return index >= 0 && index < cycle.months ? index : null;
}

export function isInCycle(cycle: AuditCycle, month: YearMonth): boolean {
  return monthIndexInCycle(cycle, month) !== null;
}

export function isDateInCycle(cycle: AuditCycle, date: LocalDate): boolean {
  return isInCycle(cycle, monthOf(date));
}
