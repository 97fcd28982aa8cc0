// Builders for KPI tests: two typical KPIs (one per direction) and measurements, with fixed literal dates.
import type { KpiDefinition, KpiMeasurement } from '../../../src/domain/kpi';
import type { MeasureValues } from '../../../src/domain/kpi/formula-evaluation';
import { localDate } from '../../../src/domain/local-date';

export const d = localDate;

/** "% corrective actions closed on time": derived from two counts, higher is better. */
export function onTimeKpi(overrides: Partial<KpiDefinition> = {}): KpiDefinition {
  return {
    id: 'KPI-CA-ON-TIME',
    name: 'Corrective actions closed on time',
    informationNeed: 'Are nonconformities corrected within the agreed time?',
    baseMeasures: [
      { name: 'closed_on_time', unit: 'actions', measurementMethod: 'Count CA tickets resolved on or before their due date in the month' },
      { name: 'closed', unit: 'actions', measurementMethod: 'Count CA tickets resolved in the month' },
    ],
    derivedMeasures: [{ name: 'on_time_rate', unit: '%', formula: 'closed_on_time / closed * 100' }],
    indicator: { measure: 'on_time_rate', analyticalModel: 'Share of corrective actions resolved by their due date' },
    unit: '%',
    direction: 'higher_is_better',
    target: 95,
    decisionCriteria: { green: 90, amber: 75 },
    collectionFrequency: 'monthly',
    reportingFrequency: 'quarterly',
    owner: 'acc-mr-1',
    collector: 'acc-analyst-1',
    audience: ['ISMS Steering Committee'],
    dataSource: { kind: 'automated', sourceName: 'Jira JQL count' },
    effectiveFrom: d('2026-01-01'),
    ...overrides,
  };
}

/** "Number of security incidents": a single base measure, lower is better. */
export function incidentsKpi(overrides: Partial<KpiDefinition> = {}): KpiDefinition {
  return onTimeKpi({
    id: 'KPI-INCIDENTS',
    name: 'Security incidents',
    informationNeed: 'Is the number of security incidents under control?',
    baseMeasures: [{ name: 'incidents', unit: 'incidents', measurementMethod: 'Count incidents classified as security incidents' }],
    derivedMeasures: [],
    indicator: { measure: 'incidents', analyticalModel: 'Incidents per period against the tolerance' },
    unit: 'incidents',
    direction: 'lower_is_better',
    target: 0,
    decisionCriteria: { green: 2, amber: 5 },
    dataSource: { kind: 'manual' },
    ...overrides,
  });
}

const facts = (kpiId: string, periodStart: string, recordedAt: string) => ({
  kpiId,
  periodStart: d(periodStart),
  recordedBy: 'acc-analyst-1',
  recordedAt,
  source: { kind: 'manual' as const },
});

export function valueMeasurement(periodStart: string, value: number, options: { kpiId?: string; recordedAt?: string } = {}): KpiMeasurement {
  return { ...facts(options.kpiId ?? 'KPI-CA-ON-TIME', periodStart, options.recordedAt ?? `${periodStart}T12:00:00Z`), value };
}

export function baseMeasurement(periodStart: string, baseValues: MeasureValues, options: { kpiId?: string; recordedAt?: string } = {}): KpiMeasurement {
  return { ...facts(options.kpiId ?? 'KPI-CA-ON-TIME', periodStart, options.recordedAt ?? `${periodStart}T12:00:00Z`), baseValues };
}
