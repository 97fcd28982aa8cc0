// The change history of a KPI definition, newest first: who, when, before and after.
import type { ValueChange } from '../adapters/storage/versioned-value';
import type { KpiRecord } from '../domain/kpi/kpi-record';
import { requireKpi, type KpiPorts } from './kpi-ports';

type Page = { readonly limit?: number; readonly cursor?: string };

export async function listKpiHistory(
  ports: Pick<KpiPorts, 'readKpi' | 'kpiHistory'>,
  request: { readonly kpiId: string } & Page,
): Promise<{ changes: ValueChange<KpiRecord>[]; nextCursor?: string }> {
  await requireKpi(ports, request.kpiId);
  const { kpiId, ...page } = request;
  return ports.kpiHistory(kpiId, page);
}
