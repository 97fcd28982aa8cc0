// Measurements: a value or base-measure values, checked against their definition.
import { checkMeasurement, compileKpi, kpiMeasurementSchema } from '../../../src/domain/kpi';
import { parseInput } from '../../../src/domain/parse-input';
import { thrownDomainError } from '../thrown-domain-error';
import { baseMeasurement, incidentsKpi, onTimeKpi, valueMeasurement } from './kpi-builders';

describe('KPI measurements', () => {
  it('computes the indicator from base values through the derived formula', () => {
    expect(compileKpi(onTimeKpi()).indicatorValue(baseMeasurement('2026-03-01', { closed_on_time: 17, closed: 20 }))).toBe(85);
  });

  it('uses a base measure directly when it is the indicator', () => {
    expect(compileKpi(incidentsKpi()).indicatorValue(baseMeasurement('2026-03-01', { incidents: 3 }, { kpiId: 'KPI-INCIDENTS' }))).toBe(3);
  });

  it('takes a given value as the indicator value', () => {
    expect(compileKpi(onTimeKpi()).indicatorValue(valueMeasurement('2026-03-01', 92.5))).toBe(92.5);
  });

  it('moves periodStart to the start of its collection period and keeps the idempotency key', () => {
    const measurement = checkMeasurement(onTimeKpi(), { ...valueMeasurement('2026-03-17', 90), idempotencyKey: 'siem-2026-03' });

    expect(measurement).toMatchObject({ periodStart: '2026-03-01', value: 90, idempotencyKey: 'siem-2026-03' });
  });

  it.each([
    ['another KPI', { ...valueMeasurement('2026-03-01', 90), kpiId: 'KPI-OTHER' }, 'kpiId "KPI-OTHER" does not match KPI "KPI-CA-ON-TIME"'],
    ['a period before the KPI existed', valueMeasurement('2025-12-31', 90), "periodStart 2025-12-31 is before the KPI's first period (2026-01-01)"],
    ['a missing base value', baseMeasurement('2026-03-01', { closed: 20 }), 'baseValues is missing closed_on_time'],
    ['an unknown base value', baseMeasurement('2026-03-01', { closed: 20, closed_on_time: 3, reopened: 1 }), 'baseValues has unknown measures reopened'],
    ['both a value and base values', { ...valueMeasurement('2026-03-01', 90), baseValues: { closed: 1 } }, 'exactly one of value or baseValues is required'],
    ['neither a value nor base values', { ...baseMeasurement('2026-03-01', {}), baseValues: undefined }, 'exactly one of value or baseValues is required'],
    ['a non-numeric value', { ...valueMeasurement('2026-03-01', 90), value: '90' }, 'value must be a finite number'],
    ['a recording time without zone', { ...valueMeasurement('2026-03-01', 90), recordedAt: '2026-03-01T12:00:00' }, 'recordedAt must be an ISO-8601 instant with a zone'],
  ])('refuses %s', (_case, raw, message) => {
    expect(thrownDomainError('INVALID_INPUT', () => checkMeasurement(onTimeKpi(), raw)).message).toContain(message);
  });

  it('parses a boundary payload into the value-or-base-values union', () => {
    const parsed = parseInput(kpiMeasurementSchema, { ...baseMeasurement('2026-03-01', { closed: 2, closed_on_time: 1 }), source: { kind: 'automated', sourceName: 'siem' } });

    expect('baseValues' in parsed && parsed.baseValues).toEqual({ closed: 2, closed_on_time: 1 });
    expect(parsed).not.toHaveProperty('value');
  });
});
