// The active KPIs that are not fed on schedule, most overdue first: what the MR chases (and escalations use).
import type { KpiStaleness } from '../domain/kpi/kpi-staleness';
import { staleness } from '../domain/kpi/kpi-staleness';
import type { LocalDate } from '../domain/local-date';
import type { MeasurementPorts } from './kpi-ports';

export interface StaleKpi {
  readonly kpiId: string;
  readonly name: string;
  readonly owner: string;
  readonly collector: string;
  readonly staleness: Extract<KpiStaleness, { status: 'stale' }>;
}

export async function listStaleKpis(
  ports: Pick<MeasurementPorts, 'listKpis' | 'latestMeasurement'>,
  request: { readonly today: LocalDate; readonly graceDays: number },
): Promise<StaleKpi[]> {
  const kpis = await ports.listKpis('active');
  const rows = await Promise.all(
    kpis.map(async (stored): Promise<StaleKpi | null> => {
      const definition = stored.value.definition;
      const latest = await ports.latestMeasurement(stored.key);
      const state = staleness(definition, latest?.value.periodStart ?? null, request.today, request.graceDays);
      if (state.status !== 'stale') return null;
      return { kpiId: definition.id, name: definition.name, owner: definition.owner, collector: definition.collector, staleness: state };
    }),
  );
  return rows.filter((row): row is StaleKpi => row !== null).sort((a, b) => b.staleness.daysOverdue - a.staleness.daysOverdue || (a.kpiId < b.kpiId ? -1 : 1));
}
