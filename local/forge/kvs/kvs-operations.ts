// Single-item operations shared by plain keys, secrets and custom entities.
import { KvsError, keyNotFound } from './kvs-error';
import { checkKey, checkValue, ttlToMillis } from './kvs-limits';
import type { MetadataField, SetOptions } from './kvs-protocol';
import type { EntityCatalogue } from './entity-schema';
import { checkEntityValue, requireEntity } from './entity-schema';
import type { RowStore, StoredRow } from './row-store';

export const PLAIN_SPACE = '#kvs';

/** Where an item lives: the plain key space, the secret table, or one declared entity. */
export interface Target {
  readonly store: RowStore;
  readonly space: string;
  readonly entity?: ReturnType<typeof requireEntity>;
}

export interface ItemResponse {
  key: string;
  value: unknown;
  createdAt?: number;
  updatedAt?: number;
  expireTime?: string;
}

export class KvsOperations {
  constructor(
    readonly items: RowStore,
    readonly secrets: RowStore,
    readonly catalogue: EntityCatalogue,
    readonly now: () => number,
  ) {}

  target(entityName: unknown): Target {
    if (entityName === undefined) return { store: this.items, space: PLAIN_SPACE };
    const entity = requireEntity(this.catalogue, entityName);
    return { store: this.items, space: entity.name, entity };
  }

  secretTarget(): Target {
    return { store: this.secrets, space: PLAIN_SPACE };
  }

  checkedKey(target: Target, key: unknown): string {
    return checkKey(key, target.entity === undefined ? 'kvs' : 'entity');
  }

  /** Validates key and value; returns what `write` needs. */
  prepareSet(target: Target, key: unknown, value: unknown): { key: string; json: string } {
    const checkedKey = this.checkedKey(target, key);
    const json = checkValue(value);
    if (target.entity !== undefined) checkEntityValue(target.entity, value);
    return { key: checkedKey, json };
  }

  read(target: Target, key: unknown): StoredRow {
    const row = target.store.get(target.space, this.checkedKey(target, key));
    if (row === undefined) throw keyNotFound();
    return row;
  }

  write(target: Target, key: string, json: string, options: SetOptions): ItemResponse | undefined {
    const expireAt = options?.ttl === undefined ? null : this.now() + ttlToMillis(options.ttl);
    if (options?.keyPolicy === 'FAIL_IF_EXISTS' && target.store.get(target.space, key) !== undefined) {
      throw new KvsError(409, 'KEY_CONFLICT', 'The provided key already exists.');
    }
    const { previous, latest } = target.store.put(target.space, key, json, expireAt);
    if (options?.returnValue === undefined) return undefined;
    const returned = options.returnValue === 'PREVIOUS' ? previous : latest;
    return returned === undefined ? undefined : itemResponse(returned, ['CREATED_AT', 'UPDATED_AT', 'EXPIRE_TIME']);
  }

  remove(target: Target, key: unknown): void {
    target.store.delete(target.space, this.checkedKey(target, key));
  }
}

export function itemResponse(row: StoredRow, metadata: readonly MetadataField[] = []): ItemResponse {
  const response: ItemResponse = { key: row.key, value: row.value };
  if (metadata.includes('CREATED_AT')) response.createdAt = row.createdAt;
  if (metadata.includes('UPDATED_AT')) response.updatedAt = row.updatedAt;
  if (metadata.includes('EXPIRE_TIME') && row.expireAt !== null) response.expireTime = new Date(row.expireAt).toISOString();
  return response;
}
