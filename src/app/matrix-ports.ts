// The storage ports the monitoring-matrix use cases share (the resolver passes the KVS ones, tests may pass
// others), who acts and when, and the rules every edit follows: NOT_FOUND for an unknown id, CONFLICT when the page's
// version is stale, no write (and no history line) when nothing changed.
import type { StoredMonitoringItem } from '../adapters/storage/monitoring-item-store';
import type { VersionedWrite } from '../adapters/storage/versioned-entity';
import type { ValueChange } from '../adapters/storage/versioned-value';
import { canonicalJson } from '../domain/management-review/canonical-json';
import type { MonitoringItem, MonitoringItemDefinition, MonitoringItemStatus } from '../domain/monitoring-item';
import { AppError } from './app-error';
import { asAppError } from './domain-failure';

export interface MatrixPorts {
  readonly readItem: (id: string) => Promise<StoredMonitoringItem | undefined>;
  readonly readItems: (ids: readonly string[]) => Promise<Map<string, StoredMonitoringItem>>;
  readonly listItems: (status?: MonitoringItemStatus) => Promise<StoredMonitoringItem[]>;
  readonly saveItems: (writes: readonly VersionedWrite<MonitoringItem>[], actor: Actor) => Promise<StoredMonitoringItem[]>;
  readonly itemHistory: (id: string, page?: { readonly limit?: number; readonly cursor?: string }) => Promise<{ changes: ValueChange<MonitoringItem>[]; nextCursor?: string }>;
}

/** Who acts, and the ISO instant the shell read from the clock. */
export interface Actor {
  readonly by: string;
  readonly at: string;
}

export async function requireItem(ports: Pick<MatrixPorts, 'readItem'>, id: string): Promise<StoredMonitoringItem> {
  const stored = await ports.readItem(id);
  if (stored === undefined) throw new AppError('NOT_FOUND', `There is no monitoring item "${id}" in the matrix.`, 'id');
  return stored;
}

/** Equal content whatever the key order (stored JSON and a freshly built value may list keys differently). */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** The definition part of an item, without id and lifecycle fields. */
export function definitionOf(item: MonitoringItem): MonitoringItemDefinition {
  const { title, entity, covers, riskIds, element, method, approach, recurrence, leadTimeDays, responsibleAccountId, analysis, reportType, spotCheckOfCriticalTask } = item;
  return { title, entity, covers, riskIds, element, method, approach, recurrence, leadTimeDays, responsibleAccountId, analysis, reportType, spotCheckOfCriticalTask };
}

/**
 * Loads the item, checks the version the page saw, applies `change` (a domain transition) and stores the result
 * with its history — unless it equals what is stored, which makes a repeated request a no-op.
 */
export async function changeItem(
  ports: Pick<MatrixPorts, 'readItem' | 'saveItems'>,
  request: { readonly id: string; readonly expectedVersion: number | undefined; readonly actor: Actor },
  change: (item: MonitoringItem) => MonitoringItem,
): Promise<StoredMonitoringItem> {
  const current = await requireItem(ports, request.id);
  if (request.expectedVersion !== undefined && request.expectedVersion !== current.version) throw staleVersion(request.id);
  let next: MonitoringItem;
  try {
    next = change(current.value);
  } catch (error) {
    throw asAppError(error);
  }
  if (sameValue(next, current.value)) return current;
  const [saved] = await saveOrConflict(ports, [{ key: request.id, value: next, current }], request.actor);
  if (saved === undefined) throw new Error('unreachable: one write gives one record');
  return saved;
}

/** Stores the writes; a version that moved on meanwhile becomes CONFLICT. */
export async function saveOrConflict(
  ports: Pick<MatrixPorts, 'saveItems'>,
  writes: readonly VersionedWrite<MonitoringItem>[],
  actor: Actor,
): Promise<StoredMonitoringItem[]> {
  try {
    return await ports.saveItems(writes, actor);
  } catch (error) {
    throw asAppError(error);
  }
}

function staleVersion(id: string): AppError {
  return new AppError('CONFLICT', `Monitoring item "${id}" was changed by someone else since you opened it; reload and try again.`, 'expectedVersion');
}
