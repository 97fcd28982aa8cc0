// Revises a draft or active item's definition (retired items are kept as they were). Checks already created keep
// what they were created with; the change is recorded with who, when, before and after.
import type { StoredMonitoringItem } from '../adapters/storage/monitoring-item-store';
import { reviseMonitoringItem, type MonitoringItemDefinition } from '../domain/monitoring-item';
import { changeItem, type Actor, type MatrixPorts } from './matrix-ports';

export interface UpdateMonitoringItemRequest {
  readonly id: string;
  readonly definition: MonitoringItemDefinition;
  readonly expectedVersion: number | undefined;
  readonly actor: Actor;
}

export function updateMatrixItem(ports: Pick<MatrixPorts, 'readItem' | 'saveItems'>, request: UpdateMonitoringItemRequest): Promise<StoredMonitoringItem> {
  return changeItem(ports, request, (item) => reviseMonitoringItem(item, request.definition, request.actor).item);
}
