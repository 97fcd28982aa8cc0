// The completed schedule's default window: the three whole months before today's month, and this month up to today.
import { addMonths, fromParts, toParts } from '../../../../src/domain/local-date';
import type { LocalDate } from '../../../../src/domain/local-date';

export function defaultScheduleWindow(today: LocalDate): { readonly from: LocalDate; readonly to: LocalDate } {
  const start = toParts(addMonths(today, -3));
  return { from: fromParts(start.year, start.month, 1), to: today };
}

/** "late by 3 days" style label for a yes/no/unknown timeliness flag. */
export function timeliness(onTime: boolean | null, pending: string): { readonly label: string; readonly tone: string } {
  if (onTime === null) return { label: pending, tone: 'c9-tone-neutral' };
  return onTime ? { label: 'On time', tone: 'c9-tone-success' } : { label: 'Late', tone: 'c9-tone-danger' };
}
