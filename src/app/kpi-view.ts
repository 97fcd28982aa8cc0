// One KPI as the KPI page and gadgets show it: its series over a window with RAG per period, the trend (slope and
// moving average, read against the KPI's direction) and whether it is stale — all derived from stored facts and
// today, never stored.
import type { StoredKpi, StoredMeasurement } from '../adapters/storage/kpi-store';
import { TREND_WINDOW, type KpiView } from '../contracts/kpi-payloads';
import { series } from '../domain/kpi/kpi-series';
import { staleness } from '../domain/kpi/kpi-staleness';
import { trend } from '../domain/kpi/kpi-trend';
import type { LocalDate } from '../domain/local-date';

export interface KpiViewInput {
  readonly stored: StoredKpi;
  /** The measurements with periodStart inside the window. */
  readonly measurements: readonly StoredMeasurement[];
  /** The most recent measurement of the KPI (it may lie before the window). */
  readonly latestMeasured: StoredMeasurement | undefined;
  readonly window: { readonly from: LocalDate; readonly to: LocalDate };
  readonly today: LocalDate;
  readonly graceDays: number;
}

export function kpiView(input: KpiViewInput): KpiView {
  const { stored, window } = input;
  const definition = stored.value.definition;
  const points = series(definition, input.measurements.map((measurement) => measurement.value), window.from, window.to);
  const latest = [...points].reverse().find((point) => point.value !== null) ?? null;
  return {
    kpi: stored.value,
    version: stored.version,
    changedAt: stored.changedAt,
    changedBy: stored.changedBy,
    window,
    points,
    latest,
    trend: trend(points, TREND_WINDOW, definition.direction),
    staleness: stored.value.status === 'retired' ? null : staleness(definition, input.latestMeasured?.value.periodStart ?? null, input.today, input.graceDays),
  };
}
