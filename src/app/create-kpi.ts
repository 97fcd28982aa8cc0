// Defines a KPI (ISO/IEC 27004 model), active from now on; its measurements are expected from `effectiveFrom`.
// Defining the same KPI twice (a retried request) returns the stored one; reusing an id for another is a CONFLICT.
import type { StoredKpi } from '../adapters/storage/kpi-store';
import type { KpiDefinition } from '../domain/kpi/kpi-definition';
import { defineKpi } from '../domain/kpi/kpi-record';
import { AppError } from './app-error';
import { asAppError } from './domain-failure';
import type { KpiPorts } from './kpi-ports';
import { sameValue, type Actor } from './matrix-ports';

export async function createKpi(ports: Pick<KpiPorts, 'readKpi' | 'saveKpi'>, request: { readonly definition: KpiDefinition; readonly actor: Actor }): Promise<StoredKpi> {
  const record = defineKpi(request.definition);
  const existing = await ports.readKpi(request.definition.id);
  if (existing !== undefined) {
    if (sameValue(existing.value, record)) return existing;
    throw new AppError('CONFLICT', `There is already a KPI with id "${request.definition.id}"; choose another id or edit that KPI.`, 'definition.id');
  }
  try {
    return await ports.saveKpi({ key: request.definition.id, value: record, current: undefined }, request.actor);
  } catch (error) {
    throw asAppError(error);
  }
}
