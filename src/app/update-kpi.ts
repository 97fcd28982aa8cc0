// Revises an active KPI's definition (thresholds, target, people, formulas…); id and collection frequency stay.
// Stored measurements are kept and re-read under the new definition.
import type { StoredKpi } from '../adapters/storage/kpi-store';
import type { KpiDefinition } from '../domain/kpi/kpi-definition';
import { reviseKpi } from '../domain/kpi/kpi-record';
import { changeKpi } from './change-kpi';
import type { KpiPorts } from './kpi-ports';
import type { Actor } from './matrix-ports';

export function updateKpi(
  ports: Pick<KpiPorts, 'readKpi' | 'saveKpi'>,
  request: { readonly definition: KpiDefinition; readonly expectedVersion: number | undefined; readonly actor: Actor },
): Promise<StoredKpi> {
  const { definition } = request;
  return changeKpi(ports, { kpiId: definition.id, expectedVersion: request.expectedVersion, actor: request.actor, fieldPrefix: 'definition.' }, (record) =>
    reviseKpi(record, definition),
  );
}
