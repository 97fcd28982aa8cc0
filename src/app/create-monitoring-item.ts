// Adds a row to the monitoring matrix as a draft (it produces no checks until activated). The id is the matrix's
// row reference (e.g. "MI-012"); creating the same draft twice (a retried request) returns the stored one, while
// reusing an id for something else is a CONFLICT.
import type { StoredMonitoringItem } from '../adapters/storage/monitoring-item-store';
import { draftMonitoringItem, type MonitoringItemDefinition } from '../domain/monitoring-item';
import { AppError } from './app-error';
import { asAppError } from './domain-failure';
import { saveOrConflict, sameValue, type Actor, type MatrixPorts } from './matrix-ports';

export interface CreateMonitoringItemRequest {
  readonly id: string;
  readonly definition: MonitoringItemDefinition;
  readonly actor: Actor;
}

export async function createMatrixItem(ports: Pick<MatrixPorts, 'readItem' | 'saveItems'>, request: CreateMonitoringItemRequest): Promise<StoredMonitoringItem> {
  let draft;
  try {
    draft = draftMonitoringItem(request.id, request.definition, request.actor).item;
  } catch (error) {
    throw asAppError(error);
  }
  const existing = await ports.readItem(request.id);
  if (existing !== undefined) {
    if (sameValue(existing.value, draft)) return existing;
    throw new AppError('CONFLICT', `The matrix already has an item with id "${request.id}"; choose another id or edit that item.`, 'id');
  }
  const [saved] = await saveOrConflict(ports, [{ key: request.id, value: draft, current: undefined }], request.actor);
  if (saved === undefined) throw new Error('unreachable: one write gives one record');
  return saved;
}
