// One matrix item for its detail view, with the next due date and what may be done with it next.
import type { MonitoringItemView } from '../contracts/matrix-payloads';
import type { LocalDate } from '../domain/local-date';
import { requireItem, type MatrixPorts } from './matrix-ports';
import { monitoringItemView } from './monitoring-item-view';

export async function getMatrixItem(ports: Pick<MatrixPorts, 'readItem'>, request: { readonly id: string; readonly today: LocalDate }): Promise<MonitoringItemView> {
  return monitoringItemView(await requireItem(ports, request.id), request.today);
}
