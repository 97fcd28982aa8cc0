// The monitoring matrix for its page: every item (or those in one status) in id order, each with its next due date,
// and how many items are in each status.
import type { MatrixList } from '../contracts/matrix-payloads';
import type { LocalDate } from '../domain/local-date';
import type { MonitoringItemStatus } from '../domain/monitoring-item';
import type { MatrixPorts } from './matrix-ports';
import { monitoringItemView } from './monitoring-item-view';

export async function listMatrix(ports: Pick<MatrixPorts, 'listItems'>, request: { readonly status?: MonitoringItemStatus; readonly today: LocalDate }): Promise<MatrixList> {
  const stored = await ports.listItems(request.status);
  const counts: Record<MonitoringItemStatus, number> = { draft: 0, active: 0, retired: 0 };
  for (const record of stored) counts[record.value.status] += 1;
  return { today: request.today, counts, items: stored.map((record) => monitoringItemView(record, request.today)) };
}
