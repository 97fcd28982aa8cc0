// A KPI series period by period: gaps, corrections, undefined values.
import { series } from '../../../src/domain/kpi';
import { thrownDomainError } from '../thrown-domain-error';
import { baseMeasurement, d, incidentsKpi, onTimeKpi, valueMeasurement } from './kpi-builders';

describe('series', () => {
  it('gives one point per collection period, with gaps as no_data', () => {
    const points = series(
      onTimeKpi(),
      [baseMeasurement('2026-01-01', { closed_on_time: 19, closed: 20 }), baseMeasurement('2026-03-01', { closed_on_time: 7, closed: 10 })],
      d('2026-01-15'),
      d('2026-04-30'),
    );

    expect(points).toEqual([
      { periodStart: '2026-01-01', value: 95, rag: 'green' },
      { periodStart: '2026-02-01', value: null, rag: 'no_data' },
      { periodStart: '2026-03-01', value: 70, rag: 'red' },
      { periodStart: '2026-04-01', value: null, rag: 'no_data' },
    ]);
  });

  it('shows a period whose formula divides by zero as no_data (0 of 0 closed on time)', () => {
    const [point] = series(onTimeKpi(), [baseMeasurement('2026-02-01', { closed_on_time: 0, closed: 0 })], d('2026-02-01'), d('2026-02-28'));

    expect(point).toEqual({ periodStart: '2026-02-01', value: null, rag: 'no_data' });
  });

  it('counts a measurement dated inside a period for that period, and the later recording wins', () => {
    const points = series(
      incidentsKpi(),
      [
        valueMeasurement('2026-05-20', 4, { kpiId: 'KPI-INCIDENTS', recordedAt: '2026-06-01T08:00:00Z' }),
        valueMeasurement('2026-05-01', 1, { kpiId: 'KPI-INCIDENTS', recordedAt: '2026-06-03T08:00:00Z' }), // correction
        valueMeasurement('2026-05-02', 9, { kpiId: 'KPI-INCIDENTS', recordedAt: '2026-06-02T08:00:00+02:00' }),
      ],
      d('2026-05-01'),
      d('2026-05-31'),
    );

    expect(points).toEqual([{ periodStart: '2026-05-01', value: 1, rag: 'green' }]);
  });

  it('follows the collection frequency (weekly periods start on Monday)', () => {
    const points = series(incidentsKpi({ collectionFrequency: 'weekly', reportingFrequency: 'monthly' }), [], d('2026-05-06'), d('2026-05-20'));

    expect(points.map((point) => point.periodStart)).toEqual(['2026-05-04', '2026-05-11', '2026-05-18']);
  });

  it('refuses measurements of another KPI and a reversed range', () => {
    expect(thrownDomainError('INVALID_INPUT', () => series(onTimeKpi(), [valueMeasurement('2026-01-01', 1, { kpiId: 'KPI-X' })], d('2026-01-01'), d('2026-02-01'))).message).toBe(
      'measurement for KPI "KPI-X" given for KPI "KPI-CA-ON-TIME"',
    );
    expect(thrownDomainError('INVALID_INPUT', () => series(onTimeKpi(), [], d('2026-02-01'), d('2026-01-01'))).message).toBe('from (2026-02-01) must not be after to (2026-01-01)');
  });
});
