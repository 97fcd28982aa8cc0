// Parsing a KPI definition: every rule's message names the field it is about.
import type { KpiDefinition } from '../../../src/domain/kpi';
import { parseKpiDefinition } from '../../../src/domain/kpi';
import { thrownDomainError } from '../thrown-domain-error';
import { incidentsKpi, onTimeKpi } from './kpi-builders';

describe('parseKpiDefinition', () => {
  it.each([
    ['a derived KPI', onTimeKpi()],
    ['a single-base-measure KPI', incidentsKpi()],
  ])('accepts %s', (_case, definition) => {
    expect(parseKpiDefinition(definition)).toEqual(definition);
  });

  it.each<[string, Partial<KpiDefinition>, string]>([
    ['no base measures', { baseMeasures: [] }, 'baseMeasures needs at least one base measure'],
    [
      'a base measure name that cannot be used in a formula',
      { baseMeasures: [{ name: 'closed on time', unit: 'x', measurementMethod: 'y' }] },
      'baseMeasures[].name must start with a letter or "_" and contain only letters, digits and "_"',
    ],
    [
      'a repeated measure name',
      { derivedMeasures: [{ name: 'closed', unit: '%', formula: 'closed_on_time / closed' }] },
      'derivedMeasures.0.name repeats the measure name "closed"',
    ],
    [
      'a formula over an unknown measure',
      { derivedMeasures: [{ name: 'on_time_rate', unit: '%', formula: 'closed_on_time / opened * 100' }] },
      'derivedMeasures[0].formula: unknown measure "opened" at position 17; known measures: closed_on_time, closed',
    ],
    [
      'a formula that does not parse',
      { derivedMeasures: [{ name: 'on_time_rate', unit: '%', formula: 'closed_on_time // closed' }] },
      'derivedMeasures[0].formula: unexpected "/" at position 16',
    ],
    ['an indicator that is no measure', { indicator: { measure: 'rate', analyticalModel: 'x' } }, 'indicator.measure "rate" is not a base or derived measure of this KPI'],
    ['thresholds in the wrong order', { decisionCriteria: { green: 75, amber: 90 } }, 'decisionCriteria.amber (90) must be below decisionCriteria.green (75) when higher is better'],
    ['a target outside the green band', { target: 80 }, 'target (80) must be in the green band (≥ 90) when higher is better'],
    ['reporting more often than collecting', { reportingFrequency: 'weekly' }, 'reportingFrequency (weekly) must not be more frequent than collectionFrequency (monthly)'],
    ['no audience', { audience: [] }, 'audience needs at least one recipient'],
    ['an automated source without a name', { dataSource: { kind: 'automated', sourceName: ' ' } }, 'dataSource.sourceName must not be empty'],
    ['an owner that is not an account id', { owner: 'the MR' }, 'owner must be an Atlassian account id'],
    ['an infinite target', { target: Number.POSITIVE_INFINITY }, 'target must be a finite number'],
  ])('refuses %s', (_case, overrides, message) => {
    expect(thrownDomainError('INVALID_INPUT', () => parseKpiDefinition(onTimeKpi(overrides))).message).toContain(message);
  });

  it.each([
    ['collectionFrequency', { collectionFrequency: 'hourly' }, 'collectionFrequency must be one of daily, weekly, monthly, quarterly, semi_annual, annual'],
    ['direction', { direction: 'up' }, 'direction must be higher_is_better or lower_is_better'],
    ['effectiveFrom', { effectiveFrom: '01/01/2026' }, 'effectiveFrom must be a calendar date in the form YYYY-MM-DD'],
  ])('refuses a bad %s from a boundary', (_field, overrides, message) => {
    expect(thrownDomainError('INVALID_INPUT', () => parseKpiDefinition({ ...onTimeKpi(), ...overrides })).message).toBe(message);
  });
});
