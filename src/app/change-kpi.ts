// The one way KPI definitions change after creation (revise, retire): load, check the version the page saw, apply
// the domain transition, store with history — or nothing at all when the result equals what is stored.
import type { StoredKpi } from '../adapters/storage/kpi-store';
import type { KpiRecord } from '../domain/kpi/kpi-record';
import { AppError } from './app-error';
import { asAppError } from './domain-failure';
import { requireKpi, type KpiPorts } from './kpi-ports';
import { sameValue, type Actor } from './matrix-ports';

export async function changeKpi(
  ports: Pick<KpiPorts, 'readKpi' | 'saveKpi'>,
  request: {
    readonly kpiId: string;
    readonly expectedVersion: number | undefined;
    readonly actor: Actor;
    /** Where the payload holds the definition ("definition."), so a domain error names the payload field. */
    readonly fieldPrefix?: string;
  },
  change: (record: KpiRecord) => KpiRecord,
): Promise<StoredKpi> {
  const current = await requireKpi(ports, request.kpiId, request.fieldPrefix === undefined ? 'kpiId' : `${request.fieldPrefix}id`);
  if (request.expectedVersion !== undefined && request.expectedVersion !== current.version) {
    throw new AppError('CONFLICT', `KPI "${request.kpiId}" was changed by someone else since you opened it; reload and try again.`, 'expectedVersion');
  }
  try {
    const next = change(current.value);
    if (sameValue(next, current.value)) return current;
    return await ports.saveKpi({ key: request.kpiId, value: next, current }, request.actor);
  } catch (error) {
    throw asAppError(error, request.fieldPrefix);
  }
}
