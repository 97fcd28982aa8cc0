// Calendar periods of each frequency.
import type { KpiFrequency } from '../../../src/domain/kpi';
import { nextPeriodStart, periodEnd, periodOf } from '../../../src/domain/kpi';
import { thrownDomainError } from '../thrown-domain-error';
import { d } from './kpi-builders';

describe('periodOf', () => {
  it.each<[KpiFrequency, string, string]>([
    ['daily', '2026-05-14', '2026-05-14'],
    ['weekly', '2026-05-14', '2026-05-11'], // Thursday → Monday
    ['weekly', '2026-05-11', '2026-05-11'], // Monday is its own start
    ['weekly', '2026-05-17', '2026-05-11'], // Sunday belongs to the week before
    ['weekly', '2026-01-01', '2025-12-29'], // across a year end
    ['monthly', '2026-05-14', '2026-05-01'],
    ['monthly', '2024-02-29', '2024-02-01'],
    ['quarterly', '2026-03-31', '2026-01-01'],
    ['quarterly', '2026-04-01', '2026-04-01'],
    ['quarterly', '2026-12-31', '2026-10-01'],
    ['semi_annual', '2026-06-30', '2026-01-01'],
    ['semi_annual', '2026-07-01', '2026-07-01'],
    ['annual', '2026-12-31', '2026-01-01'],
  ])('%s period of %s starts %s', (frequency, date, start) => {
    expect(periodOf(frequency, d(date))).toBe(start);
  });
});

describe('nextPeriodStart and periodEnd', () => {
  it.each<[KpiFrequency, string, string, string]>([
    ['daily', '2026-02-28', '2026-03-01', '2026-02-28'],
    ['weekly', '2026-12-28', '2027-01-04', '2027-01-03'],
    ['monthly', '2024-02-01', '2024-03-01', '2024-02-29'],
    ['monthly', '2026-12-01', '2027-01-01', '2026-12-31'],
    ['quarterly', '2026-10-01', '2027-01-01', '2026-12-31'],
    ['semi_annual', '2026-01-01', '2026-07-01', '2026-06-30'],
    ['annual', '2026-01-01', '2027-01-01', '2026-12-31'],
  ])('%s period starting %s: next starts %s, this ends %s', (frequency, start, next, end) => {
    expect(nextPeriodStart(frequency, d(start))).toBe(next);
    expect(periodEnd(frequency, d(start))).toBe(end);
  });

  it('refuses a date that is not a period start', () => {
    expect(thrownDomainError('INVALID_INPUT', () => nextPeriodStart('monthly', d('2026-05-14'))).message).toBe('periodStart 2026-05-14 is not the start of a monthly period');
  });
});
