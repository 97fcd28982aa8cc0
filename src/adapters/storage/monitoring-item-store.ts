// The monitoring matrix in KVS: entity `monitoring-item`, one versioned row per item keyed by the item id, with the
// attributes `itemId` and `status` for the indexes `by-item-id` (the whole matrix in id order) and `by-status`
// (e.g. only active items, for the daily sweep). Every change also lands in `value-change` under
// `monitoring-item:<id>` (versioned-entity.ts), so the history of each row is kept.
import type { MonitoringItem, MonitoringItemStatus } from '../../domain/monitoring-item';
import { monitoringItemSchema } from '../../domain/monitoring-item-schema';
import type { ValueChange } from './versioned-value';
import { STORAGE_ENTITIES } from './storage-keys';
import { versionedEntity, type EntityVersion, type VersionedWrite } from './versioned-entity';

export type StoredMonitoringItem = EntityVersion<MonitoringItem>;

const items = versionedEntity<MonitoringItem>(STORAGE_ENTITIES.monitoringItem, monitoringItemSchema, (item) => ({ itemId: item.id, status: item.status }));

export function readMonitoringItem(id: string): Promise<StoredMonitoringItem | undefined> {
  return items.get(id);
}

export function readMonitoringItems(ids: readonly string[]): Promise<Map<string, StoredMonitoringItem>> {
  return items.getMany(ids);
}

/** The whole matrix in id order, or only the items in one status; 100 rows a KVS query. */
export function listMonitoringItems(status?: MonitoringItemStatus): Promise<StoredMonitoringItem[]> {
  return status === undefined ? items.query({ index: 'by-item-id' }) : items.query({ index: 'by-status', partition: [status] });
}

export function saveMonitoringItems(writes: readonly VersionedWrite<MonitoringItem>[], meta: { readonly by: string; readonly at: string }): Promise<StoredMonitoringItem[]> {
  return items.write(writes, meta);
}

export function monitoringItemHistory(id: string, page?: { readonly limit?: number; readonly cursor?: string }): Promise<{ changes: ValueChange<MonitoringItem>[]; nextCursor?: string }> {
  return items.history(id, page);
}

/** The ports the matrix use cases take (src/app), bound to KVS. */
export const kvsMatrixPorts = {
  readItem: readMonitoringItem,
  readItems: readMonitoringItems,
  listItems: listMonitoringItems,
  saveItems: saveMonitoringItems,
  itemHistory: monitoringItemHistory,
} as const;
export type MatrixPorts = typeof kvsMatrixPorts;
