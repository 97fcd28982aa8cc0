// Retires a KPI with a reason: it is no longer expected (never stale) and takes no new measurements; its definition
// and measurements stay as evidence. Retiring it again with the same date and reason is a no-op.
import type { StoredKpi } from '../adapters/storage/kpi-store';
import { retireKpi as retire } from '../domain/kpi/kpi-record';
import type { LocalDate } from '../domain/local-date';
import { changeKpi } from './change-kpi';
import type { KpiPorts } from './kpi-ports';
import type { Actor } from './matrix-ports';

export function retireKpi(
  ports: Pick<KpiPorts, 'readKpi' | 'saveKpi'>,
  request: { readonly kpiId: string; readonly retiredOn: LocalDate; readonly reason: string; readonly expectedVersion: number | undefined; readonly actor: Actor },
): Promise<StoredKpi> {
  return changeKpi(ports, request, (record) =>
    record.status === 'retired' && record.retiredOn === request.retiredOn && record.retirementReason === request.reason.trim()
      ? record
      : retire(record, { retiredOn: request.retiredOn, reason: request.reason }),
  );
}
