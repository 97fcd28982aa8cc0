// KPI lifecycle: active until retired; a retired KPI cannot be revised or retired again; id and collection frequency
// are fixed. Plus the recent-periods window the KPI list shows.
import { defineKpi, kpiRecordSchema, retireKpi, reviseKpi } from '../../../src/domain/kpi/kpi-record';
import { recentPeriods } from '../../../src/domain/kpi/kpi-window';
import { d, incidentsKpi, onTimeKpi } from './kpi-builders';
import { thrownDomainError } from '../thrown-domain-error';

describe('KPI record lifecycle', () => {
  it('given an active KPI, when it is revised, then the new definition is active', () => {
    const revised = reviseKpi(defineKpi(onTimeKpi()), onTimeKpi({ target: 98 }));
    expect(revised).toEqual({ status: 'active', definition: onTimeKpi({ target: 98 }) });
  });

  it('given an active KPI, when it is retired, then it keeps its definition with the date and trimmed reason', () => {
    const retired = retireKpi(defineKpi(onTimeKpi()), { retiredOn: d('2026-06-30'), reason: '  replaced by KPI-CA-2  ' });
    expect(retired).toEqual({ status: 'retired', definition: onTimeKpi(), retiredOn: '2026-06-30', retirementReason: 'replaced by KPI-CA-2' });
    expect(kpiRecordSchema.parse(retired)).toEqual(retired);
  });

  it.each([
    ['revise', () => reviseKpi(retireKpi(defineKpi(onTimeKpi()), { retiredOn: d('2026-06-30'), reason: 'x' }), onTimeKpi()), 'ILLEGAL_TRANSITION', undefined],
    ['retire twice', () => retireKpi(retireKpi(defineKpi(onTimeKpi()), { retiredOn: d('2026-06-30'), reason: 'x' }), { retiredOn: d('2026-07-01'), reason: 'y' }), 'ILLEGAL_TRANSITION', undefined],
    ['change the id', () => reviseKpi(defineKpi(onTimeKpi()), incidentsKpi()), 'INVALID_INPUT', 'id'],
    ['change the collection frequency', () => reviseKpi(defineKpi(onTimeKpi()), onTimeKpi({ collectionFrequency: 'quarterly', reportingFrequency: 'quarterly' })), 'INVALID_INPUT', 'collectionFrequency'],
    ['retire without a reason', () => retireKpi(defineKpi(onTimeKpi()), { retiredOn: d('2026-06-30'), reason: ' ' }), 'INVALID_INPUT', 'reason'],
  ] as const)('refuses to %s', (_what, act, code, field) => {
    expect(thrownDomainError(code, act).details.field).toBe(field);
  });
});

describe('recentPeriods', () => {
  it.each([
    ['monthly', '2026-03-17', 12, '2025-04-01'],
    ['monthly', '2026-03-17', 1, '2026-03-01'],
    ['quarterly', '2026-03-17', 4, '2025-04-01'],
    ['weekly', '2026-03-18', 3, '2026-03-02'],
    ['daily', '2026-03-01', 3, '2026-02-27'],
    ['annual', '2026-03-17', 2, '2025-01-01'],
  ] as const)('%s, today %s, %i periods → from %s', (frequency, today, count, from) => {
    expect(recentPeriods(frequency, d(today), count)).toEqual({ from, to: today });
  });

  it('refuses a count below 1', () => {
    expect(thrownDomainError('INVALID_INPUT', () => recentPeriods('monthly', d('2026-03-17'), 0)).details.field).toBe('periods');
  });
});
