// How the KPI page words values, periods, criteria, trends and changes.
import { describeChange } from '../../../static/isms/src/kpis/definition-changes';
import { criteriaText, daysText, formatValue, instantText, periodLabel, targetText, trendWords } from '../../../static/isms/src/kpis/kpi-format';
import { localDate } from '../../../src/domain/local-date';
import type { KpiDefinition } from '../../../src/domain/kpi/kpi-definition';

const definition: KpiDefinition = {
  id: 'KPI-CA', name: 'Corrective actions closed on time', informationNeed: 'Are nonconformities corrected when promised?',
  baseMeasures: [{ name: 'closed_on_time', unit: 'actions', measurementMethod: 'm' }, { name: 'closed', unit: 'actions', measurementMethod: 'm' }],
  derivedMeasures: [{ name: 'pct', unit: '%', formula: 'closed_on_time / closed * 100' }], indicator: { measure: 'pct', analyticalModel: 'a' },
  unit: '%', direction: 'higher_is_better', target: 85, decisionCriteria: { green: 85, amber: 70 }, collectionFrequency: 'monthly', reportingFrequency: 'quarterly',
  owner: 'acc-1', collector: 'acc-2', audience: ['ISMS Steering Committee'], dataSource: { kind: 'manual' }, effectiveFrom: localDate('2025-01-01'),
};

describe('KPI wording', () => {
  it.each([
    [83.3333, '%', '83.33%'],
    [3, 'incidents', '3 incidents'],
    [2.5, '', '2.5'],
    [null, 'hours', 'no data'],
  ])('formats %p %p as %p', (value, unit, text) => {
    expect(formatValue(value, unit)).toBe(text);
  });

  it.each([
    ['monthly', '2026-11-01', 'Nov 2026'],
    ['quarterly', '2026-07-01', 'Q3 2026'],
    ['semi_annual', '2026-07-01', 'H2 2026'],
    ['annual', '2026-01-01', '2026'],
    ['weekly', '2026-11-16', 'Week of 2026-11-16'],
    ['daily', '2026-11-22', '2026-11-22'],
  ] as const)('names a %s period starting %s "%s"', (frequency, start, label) => {
    expect(periodLabel(frequency, localDate(start))).toBe(label);
  });

  it('states target and decision criteria with the direction', () => {
    expect(targetText('lower_is_better', 3, 'incidents')).toBe('≤ 3 incidents');
    expect(criteriaText('higher_is_better', { green: 95, amber: 85 }, '%')).toBe('Green ≥ 95% · Amber ≥ 85% · Red < 85%');
  });

  it('reads a trend against the KPI direction, with the arrow showing the movement', () => {
    expect(trendWords({ direction: 'improving', slopePerPeriod: -0.4 })).toEqual({ arrow: '↓', label: 'Improving (falling)', tone: 'c9-tone-success' });
    expect(trendWords({ direction: 'worsening', slopePerPeriod: 0.4 })).toEqual({ arrow: '↑', label: 'Worsening (rising)', tone: 'c9-tone-danger' });
    expect(trendWords({ direction: 'insufficient_data', slopePerPeriod: null }).label).toBe('Not enough values for a trend');
  });

  it('says days and instants precisely', () => {
    expect([daysText(1), daysText(140)]).toEqual(['1 day', '140 days']);
    expect(instantText('2026-11-22T09:15:42.123Z')).toBe('2026-11-22 09:15 UTC');
  });

  it('describes what a definition version changed', () => {
    const before = { status: 'active', definition } as const;
    expect(describeChange(null, before)).toBe('defined');
    expect(describeChange(before, { status: 'active', definition: { ...definition, target: 90, decisionCriteria: { green: 90, amber: 70 }, owner: 'acc-3' } })).toBe(
      'target 85 → 90; decision criteria green 85 → 90, amber 70 → 70; owner changed',
    );
    expect(describeChange(before, { status: 'retired', definition, retiredOn: localDate('2026-11-22'), retirementReason: 'Replaced by KPI-CA2.' })).toBe('retired on 2026-11-22: Replaced by KPI-CA2.');
  });
});
