// The KPI-trend gadget's answer, from the KPI read model only (no Jira call): the chosen KPIs (or all) with their
// last `periods` points, latest value, RAG, trend and staleness. A KPI id that does not exist is NOT_FOUND.
import type { KpiGadgetConfiguration } from '../contracts/gadget-configuration';
import type { KpiGadgetView, KpiSummary } from '../contracts/gadget-views';
import { AppError } from './app-error';

export interface KpiGadgetPorts {
  readonly readKpiSummaries: () => Promise<ReadonlyMap<string, KpiSummary>>;
  readonly readRefreshedAt: () => Promise<string | null>;
}

export const DEFAULT_KPI_PERIODS = 12;

export async function readKpiGadget(
  ports: KpiGadgetPorts,
  request: { readonly projectKey: string; readonly today: string; readonly configuration: KpiGadgetConfiguration },
): Promise<KpiGadgetView> {
  const [summaries, computedAt] = await Promise.all([ports.readKpiSummaries(), ports.readRefreshedAt()]);
  const ids = request.configuration.kpiIds ?? [...summaries.keys()].sort();
  const unknown = ids.filter((id) => !summaries.has(id));
  if (unknown.length > 0) throw new AppError('NOT_FOUND', `kpiIds: no KPI ${unknown.map((id) => `"${id}"`).join(', ')} in the KPI register.`, 'configuration.kpiIds');
  const periods = request.configuration.periods ?? DEFAULT_KPI_PERIODS;
  const kpis = ids.flatMap((id) => {
    const summary = summaries.get(id);
    return summary === undefined ? [] : [{ ...summary, points: summary.points.slice(-periods) }];
  });
  return { projectKey: request.projectKey, computedAt, today: request.today, kpis };
}
