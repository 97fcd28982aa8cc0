// Staleness: the period after the last measured one, its end plus grace days, and the edges around that day.
import type { KpiFrequency } from '../../../src/domain/kpi';
import { staleness } from '../../../src/domain/kpi';
import { thrownDomainError } from '../thrown-domain-error';
import { d } from './kpi-builders';

const kpi = (collectionFrequency: KpiFrequency, effectiveFrom = '2026-01-01') => ({ collectionFrequency, effectiveFrom: d(effectiveFrom) });

describe('staleness', () => {
  it.each<[string, KpiFrequency, string | null, string, number, 'fresh' | 'stale', number, string]>([
    // monthly, March measured: April's value is due by April 30 + grace
    ['grace 5, the last fresh day', 'monthly', '2026-03-01', '2026-05-05', 5, 'fresh', 0, '2026-05-05'],
    ['grace 5, the first stale day', 'monthly', '2026-03-01', '2026-05-06', 5, 'stale', 1, '2026-05-05'],
    ['grace 0, the period end itself', 'monthly', '2026-03-01', '2026-04-30', 0, 'fresh', 0, '2026-04-30'],
    ['grace 0, the day after', 'monthly', '2026-03-01', '2026-05-01', 0, 'stale', 1, '2026-04-30'],
    ['still inside the next period', 'monthly', '2026-03-01', '2026-04-10', 0, 'fresh', 0, '2026-04-30'],
    ['a whole period missed', 'monthly', '2026-03-01', '2026-06-10', 5, 'stale', 36, '2026-05-05'],
    ['a mid-period date counts for its period', 'monthly', '2026-03-17', '2026-05-06', 5, 'stale', 1, '2026-05-05'],
    // daily: yesterday measured is fresh; the day before yesterday is one day overdue without grace
    ['daily, yesterday measured', 'daily', '2026-05-09', '2026-05-10', 0, 'fresh', 0, '2026-05-10'],
    ['daily, two days ago', 'daily', '2026-05-08', '2026-05-10', 0, 'stale', 1, '2026-05-09'],
    ['daily, two days ago with a day of grace', 'daily', '2026-05-08', '2026-05-10', 1, 'fresh', 0, '2026-05-10'],
    // weekly: week of Mon 2026-05-04 measured; the next week ends Sunday 2026-05-17
    ['weekly, next week not over', 'weekly', '2026-05-04', '2026-05-17', 0, 'fresh', 0, '2026-05-17'],
    ['weekly, the Monday after', 'weekly', '2026-05-04', '2026-05-18', 0, 'stale', 1, '2026-05-17'],
    ['quarterly, Q1 measured, Q2 + 10 days', 'quarterly', '2026-01-01', '2026-07-11', 10, 'stale', 1, '2026-07-10'],
    // never measured: the first period after effectiveFrom is the one due
    ['never measured, first period running', 'monthly', null, '2026-01-20', 5, 'fresh', 0, '2026-02-05'],
    ['never measured, grace over', 'monthly', null, '2026-02-06', 5, 'stale', 1, '2026-02-05'],
  ])('%s: %s last %s, today %s, grace %d → %s %d (due by %s)', (_case, frequency, last, today, grace, status, daysOverdue, dueBy) => {
    const result = staleness(kpi(frequency), last === null ? null : d(last), d(today), grace);

    expect(result).toMatchObject({ status, daysOverdue, dueBy });
  });

  it('names the missing period when stale and the next one when fresh', () => {
    expect(staleness(kpi('monthly'), d('2026-03-01'), d('2026-06-10'), 5)).toEqual({ status: 'stale', daysOverdue: 36, missingPeriodStart: '2026-04-01', dueBy: '2026-05-05' });
    expect(staleness(kpi('monthly'), d('2026-03-01'), d('2026-04-02'), 5)).toEqual({ status: 'fresh', daysOverdue: 0, nextPeriodStart: '2026-04-01', dueBy: '2026-05-05' });
  });

  it('does not expect measurements from before the KPI existed', () => {
    expect(staleness(kpi('monthly', '2026-06-15'), d('2025-11-01'), d('2026-07-05'), 5)).toMatchObject({ status: 'fresh', nextPeriodStart: '2026-06-01', dueBy: '2026-07-05' });
  });

  it.each([-1, 1.5, Number.NaN])('refuses graceDays %p', (grace) => {
    expect(thrownDomainError('INVALID_INPUT', () => staleness(kpi('monthly'), null, d('2026-05-01'), grace)).details).toMatchObject({ field: 'graceDays' });
  });
});
