// The window a KPI list shows: the last `count` collection periods up to today (today's period included, so a
// value recorded early for the running period shows too).
import { DomainError } from '../domain-error';
import { addDays, type LocalDate } from '../local-date';
import { periodOf, type KpiFrequency } from './kpi-frequency';

export function recentPeriods(frequency: KpiFrequency, today: LocalDate, count: number): { readonly from: LocalDate; readonly to: LocalDate } {
  if (!Number.isInteger(count) || count < 1) throw new DomainError('INVALID_INPUT', `count must be a whole number ≥ 1, got ${count}`, { field: 'periods' });
  let from = periodOf(frequency, today);
  for (let step = 1; step < count; step += 1) from = periodOf(frequency, addDays(from, -1));
  return { from, to: today };
}
