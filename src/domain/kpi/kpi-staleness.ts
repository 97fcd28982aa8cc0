// A KPI that is not fed on schedule is stale and must show as such (derived from facts and today, never stored).
// The next period due is the one after the last measured period — or the KPI's first period when nothing has been
// measured. Its value is due by the end of that period plus `graceDays`; after that day the KPI is stale, and
// `daysOverdue` counts the days since.
//   e.g. monthly, last measured March, grace 5: April's value is due by May 5th; stale from May 6th (1 day overdue).
import { DomainError } from '../domain-error';
import type { LocalDate } from '../local-date';
import { addDays, daysBetween, maxLocalDate } from '../local-date';
import type { KpiDefinition } from './kpi-definition';
import { nextPeriodStart, periodEnd, periodOf } from './kpi-frequency';

export type KpiStaleness =
  | { readonly status: 'fresh'; readonly daysOverdue: 0; readonly nextPeriodStart: LocalDate; readonly dueBy: LocalDate }
  | { readonly status: 'stale'; readonly daysOverdue: number; readonly missingPeriodStart: LocalDate; readonly dueBy: LocalDate };

export function staleness(
  definition: Pick<KpiDefinition, 'collectionFrequency' | 'effectiveFrom'>,
  lastMeasuredPeriodStart: LocalDate | null,
  today: LocalDate,
  graceDays: number,
): KpiStaleness {
  if (!Number.isInteger(graceDays) || graceDays < 0) {
    throw new DomainError('INVALID_INPUT', `graceDays must be a whole number ≥ 0, got ${graceDays}`, { field: 'graceDays', graceDays });
  }
  const frequency = definition.collectionFrequency;
  const firstPeriod = periodOf(frequency, definition.effectiveFrom);
  const expected =
    lastMeasuredPeriodStart === null ? firstPeriod : maxLocalDate(firstPeriod, nextPeriodStart(frequency, periodOf(frequency, lastMeasuredPeriodStart)));
  const dueBy = addDays(periodEnd(frequency, expected), graceDays);
  const overdue = daysBetween(dueBy, today);
  return overdue > 0
    ? { status: 'stale', daysOverdue: overdue, missingPeriodStart: expected, dueBy }
    : { status: 'fresh', daysOverdue: 0, nextPeriodStart: expected, dueBy };
}
