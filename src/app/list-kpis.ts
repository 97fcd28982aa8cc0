// Every KPI with its recent series (RAG per period), trend and staleness: what the KPI page and the trend gadget
// show. Two KVS queries per KPI (the window's measurements, the latest one), the KPIs in parallel.
import type { KpiView } from '../contracts/kpi-payloads';
import { recentPeriods } from '../domain/kpi/kpi-window';
import type { LocalDate } from '../domain/local-date';
import type { MeasurementPorts } from './kpi-ports';
import { kpiView } from './kpi-view';

export interface ListKpisRequest {
  readonly today: LocalDate;
  /** Collection periods shown per KPI, up to and including today's. */
  readonly periods: number;
  readonly graceDays: number;
  readonly includeRetired: boolean;
}

export async function listKpis(ports: Pick<MeasurementPorts, 'listKpis' | 'listMeasurements' | 'latestMeasurement'>, request: ListKpisRequest): Promise<KpiView[]> {
  const kpis = await ports.listKpis(request.includeRetired ? undefined : 'active');
  return Promise.all(
    kpis.map(async (stored) => {
      const window = recentPeriods(stored.value.definition.collectionFrequency, request.today, request.periods);
      const [measurements, latestMeasured] = await Promise.all([ports.listMeasurements(stored.key, window), ports.latestMeasurement(stored.key)]);
      return kpiView({ stored, measurements, latestMeasured, window, today: request.today, graceDays: request.graceDays });
    }),
  );
}
