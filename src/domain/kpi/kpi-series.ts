// The KPI's values period by period over a range, each with its RAG status: what a trend gadget draws.
// O(periods + measurements): measurements are indexed by period once, formulas are compiled once.
import { DomainError } from '../domain-error';
import type { LocalDate } from '../local-date';
import type { Rag } from './decision-criteria';
import { evaluateIndicator } from './decision-criteria';
import { KpiFormulaError } from './formula-error';
import type { KpiDefinition } from './kpi-definition';
import { followingPeriodStart, periodOf } from './kpi-frequency';
import type { CompiledKpi, KpiMeasurement } from './kpi-measurement';
import { compileKpi } from './kpi-measurement';

export interface KpiPoint {
  readonly periodStart: LocalDate;
  /** null: nothing measured for the period, or its formula is undefined there (e.g. a rate over zero events). */
  readonly value: number | null;
  readonly rag: Rag;
}

function valueOf(kpi: CompiledKpi, measurement: KpiMeasurement): number | null {
  try {
    return kpi.indicatorValue(measurement);
  } catch (error) {
    // 0 of 0 corrective actions closed on time is "no data", not an error in the series.
    if (error instanceof KpiFormulaError) return null;
    throw error;
  }
}

/**
 * One point per collection period from the period containing `from` to the one containing `to`. Measurements
 * dated inside a period count for it; for two in one period the later `recordedAt` wins (ties: the later one given).
 */
export function series(definition: KpiDefinition, measurements: readonly KpiMeasurement[], from: LocalDate, to: LocalDate): readonly KpiPoint[] {
  if (from > to) throw new DomainError('INVALID_INPUT', `from (${from}) must not be after to (${to})`, { field: 'from', from, to });
  const frequency = definition.collectionFrequency;
  const latest = new Map<LocalDate, { readonly measurement: KpiMeasurement; readonly recordedAt: number }>();
  for (const measurement of measurements) {
    if (measurement.kpiId !== definition.id) {
      throw new DomainError('INVALID_INPUT', `measurement for KPI "${measurement.kpiId}" given for KPI "${definition.id}"`, { field: 'kpiId', kpiId: measurement.kpiId });
    }
    const period = periodOf(frequency, measurement.periodStart);
    const recordedAt = Date.parse(measurement.recordedAt);
    const current = latest.get(period);
    if (current === undefined || recordedAt >= current.recordedAt) latest.set(period, { measurement, recordedAt });
  }
  const kpi = compileKpi(definition);
  const points: KpiPoint[] = [];
  for (let period = periodOf(frequency, from); period <= to; period = followingPeriodStart(frequency, period)) {
    const chosen = latest.get(period);
    const value = chosen === undefined ? null : valueOf(kpi, chosen.measurement);
    points.push({ periodStart: period, value, rag: evaluateIndicator(definition, value) });
  }
  return points;
}
