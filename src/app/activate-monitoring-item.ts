// Activates a draft item: from `activeFrom` (the shell passes today unless the page names a date) its occurrences
// become monitoring checks. Activating an already active item with the same date is a no-op.
import type { StoredMonitoringItem } from '../adapters/storage/monitoring-item-store';
import type { LocalDate } from '../domain/local-date';
import { activateMonitoringItem } from '../domain/monitoring-item';
import { changeItem, type Actor, type MatrixPorts } from './matrix-ports';

export interface ActivateMonitoringItemRequest {
  readonly id: string;
  readonly activeFrom: LocalDate;
  readonly expectedVersion: number | undefined;
  readonly actor: Actor;
}

export function activateMatrixItem(ports: Pick<MatrixPorts, 'readItem' | 'saveItems'>, request: ActivateMonitoringItemRequest): Promise<StoredMonitoringItem> {
  return changeItem(ports, request, (item) =>
    item.status === 'active' && item.activeFrom === request.activeFrom ? item : activateMonitoringItem(item, request.activeFrom, request.actor).item,
  );
}
