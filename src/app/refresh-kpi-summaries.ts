// Rebuilds the KPI read model: per KPI its last periods (value and RAG), the latest value, the trend read against
// the KPI's direction, and whether it is stale (not fed on schedule). From KVS only; the KPI pages may also call it
// after recording a measurement so the gadget shows it at once.
import type { KpiSummary } from '../contracts/gadget-views';
import { periodOf, series, staleness, trend, type KpiDefinition, type KpiMeasurement } from '../domain/kpi';
import { addDays, type LocalDate } from '../domain/local-date';

export interface KpiWithMeasurements {
  readonly definition: KpiDefinition;
  /** At least those from `kpiWindowStart` on. */
  readonly measurements: readonly KpiMeasurement[];
  /** The latest measurement ever recorded (for staleness when it is older than the window). */
  readonly latest: KpiMeasurement | undefined;
}

export interface RefreshKpiPorts {
  /** The active KPIs with their measurements from `kpiWindowStart(definition, today)` to today. */
  readonly listKpis: (today: LocalDate) => Promise<readonly KpiWithMeasurements[]>;
  readonly replaceKpiSummaries: (summaries: ReadonlyMap<string, KpiSummary>) => Promise<void>;
}

/** Periods kept per KPI: two years of monthly values; the gadget shows a configurable tail of them. */
export const KPI_PERIODS_KEPT = 24;
/** Days after a period's end before a missing value makes the KPI stale. */
export const KPI_GRACE_DAYS = 5;
const TREND_WINDOW = 3;

/** The first period the summary shows: KPI_PERIODS_KEPT periods back from today's, not before the KPI's first. */
export function kpiWindowStart(definition: KpiDefinition, today: LocalDate): LocalDate {
  let period = periodOf(definition.collectionFrequency, today);
  for (let step = 1; step < KPI_PERIODS_KEPT; step += 1) period = periodOf(definition.collectionFrequency, addDays(period, -1));
  const first = periodOf(definition.collectionFrequency, definition.effectiveFrom);
  return period < first ? first : period;
}

export function summariseKpi({ definition, measurements, latest: last }: KpiWithMeasurements, today: LocalDate): KpiSummary {
  const from = kpiWindowStart(definition, today);
  const points = series(definition, measurements.filter((measurement) => measurement.periodStart >= from && measurement.periodStart <= today), from, today);
  const measured = [...measurements, ...(last === undefined ? [] : [last])].map((measurement) => periodOf(definition.collectionFrequency, measurement.periodStart)).sort();
  const fed = staleness(definition, measured.at(-1) ?? null, today, KPI_GRACE_DAYS);
  const latest = [...points].reverse().find((point) => point.value !== null) ?? null;
  return {
    id: definition.id,
    name: definition.name,
    unit: definition.unit,
    direction: definition.direction,
    target: definition.target,
    decisionCriteria: { green: definition.decisionCriteria.green, amber: definition.decisionCriteria.amber },
    latest: latest === null ? null : { ...latest },
    trend: trend(points, TREND_WINDOW, definition.direction).direction,
    stale: { status: fed.status, daysOverdue: fed.daysOverdue, dueBy: fed.dueBy },
    points: points.map((point) => ({ ...point })),
    asOf: today,
  };
}

export async function refreshKpiSummaries(ports: RefreshKpiPorts, request: { readonly today: LocalDate }): Promise<number> {
  const kpis = await ports.listKpis(request.today);
  const summaries = new Map(kpis.filter(({ definition }) => definition.effectiveFrom <= request.today).map((kpi) => [kpi.definition.id, summariseKpi(kpi, request.today)]));
  await ports.replaceKpiSummaries(summaries);
  return summaries.size;
}
