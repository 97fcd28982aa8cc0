// Retires a draft or active item with a reason: it produces no further checks, and stays in the matrix (and its
// history) as evidence. Retiring it again with the same date and reason is a no-op.
import type { StoredMonitoringItem } from '../adapters/storage/monitoring-item-store';
import type { LocalDate } from '../domain/local-date';
import { retireMonitoringItem } from '../domain/monitoring-item';
import { changeItem, type Actor, type MatrixPorts } from './matrix-ports';

export interface RetireMonitoringItemRequest {
  readonly id: string;
  readonly retiredOn: LocalDate;
  readonly reason: string;
  readonly expectedVersion: number | undefined;
  readonly actor: Actor;
}

export function retireMatrixItem(ports: Pick<MatrixPorts, 'readItem' | 'saveItems'>, request: RetireMonitoringItemRequest): Promise<StoredMonitoringItem> {
  return changeItem(ports, request, (item) =>
    item.status === 'retired' && item.retiredOn === request.retiredOn && item.retirementReason === request.reason.trim()
      ? item
      : retireMonitoringItem(item, { retiredOn: request.retiredOn, reason: request.reason }, request.actor).item,
  );
}
