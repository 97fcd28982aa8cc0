// One read-model document in the KVS entity `read-model` ({ value, version, updatedAt }), changed by optimistic
// concurrency: the sweep and product-event triggers run in parallel, so each write is conditional on the version
// it read and is retried on a conflict — no update is lost, and a value is never half-written.
import { Filter, FilterConditions, ForgeKvsAPIError, kvs } from '@forge/kvs';
import type { z } from 'zod';

import { STORAGE_ENTITIES } from '../storage-keys';

/** Forge KVS refuses values over 240 KiB; read-model shards stay below this so one write never fails for size. */
export const MAX_DOC_BYTES = 230 * 1024;
const MAX_ATTEMPTS = 6;

interface StoredDoc {
  value: unknown;
  version: number;
  updatedAt: string;
}

export interface ReadModelDoc<T> {
  readonly key: string;
  read(): Promise<T>;
  /** Applies `change` to the current value and writes it unless it is unchanged; returns the value in force. */
  update(change: (current: T) => T, at: string): Promise<T>;
}

export class ReadModelTooLargeError extends Error {
  override readonly name = 'ReadModelTooLargeError';
  constructor(readonly key: string, readonly bytes: number) {
    super(`The read model ${key} would be ${bytes} bytes; the limit is ${MAX_DOC_BYTES}.`);
  }
}

function isConflict(error: unknown): boolean {
  return error instanceof ForgeKvsAPIError && (error.responseDetails.status === 409 || error.code.includes('CONDITION'));
}

export function readModelDoc<T>(key: string, schema: z.ZodType<T>, empty: () => T): ReadModelDoc<T> {
  const entity = kvs.entity<StoredDoc>(STORAGE_ENTITIES.readModel);
  const load = async (): Promise<{ value: T; version: number }> => {
    const stored = await entity.get(key);
    return stored === undefined ? { value: empty(), version: 0 } : { value: schema.parse(stored.value), version: stored.version };
  };
  return {
    key,
    read: async () => (await load()).value,
    update: async (change, at) => {
      for (let attempt = 1; ; attempt += 1) {
        const current = await load();
        const next = schema.parse(change(current.value));
        const json = JSON.stringify(next);
        if (json === JSON.stringify(current.value)) return current.value; // unchanged (an absent doc reads as empty)
        const bytes = Buffer.byteLength(json, 'utf8');
        if (bytes > MAX_DOC_BYTES) throw new ReadModelTooLargeError(key, bytes);
        const expected =
          current.version === 0
            ? new Filter<StoredDoc>().and('version', FilterConditions.notExists())
            : new Filter<StoredDoc>().and('version', FilterConditions.equalTo(current.version));
        try {
          await kvs
            .transact()
            .set(key, { value: next, version: current.version + 1, updatedAt: at }, { entityName: STORAGE_ENTITIES.readModel, conditions: expected })
            .execute();
          return next;
        } catch (error) {
          if (!isConflict(error) || attempt >= MAX_ATTEMPTS) throw error;
        }
      }
    },
  };
}

/** A stable shard number for an id (FNV-1a), so an entry is always read and written in the same document. */
export function shardOf(id: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shards;
}
