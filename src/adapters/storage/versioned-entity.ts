// Versioned records kept one per KVS entity row, for collections too large for one 240 KiB value (the monitoring
// matrix, KPI definitions, KPI measurements). It is versioned-value.ts spread over rows: each row holds
// { ...index attributes, value, version, changedAt, changedBy }; every write also appends a `value-change` record
// (who, when, before, after) under the history key `<entity>:<key>`, in the SAME transaction, conditioned on the
// version that was read — so a change is never stored without its history and never lost to a concurrent write.
// Up to 12 records commit in one transaction (2 operations each; KVS allows 25).
import { Filter, FilterConditions, ForgeKvsAPIError, kvs, Sort, type WhereConditions } from '@forge/kvs';
import { z } from 'zod';

import { STORAGE_ENTITIES } from './storage-keys';
import { versionedValue, VersionConflictError, type ValueChange } from './versioned-value';

export interface EntityVersion<T> {
  readonly key: string;
  readonly value: T;
  /** 1 for the first write, +1 for each change. */
  readonly version: number;
  readonly changedAt: string;
  readonly changedBy: string;
}

export interface VersionedWrite<T> {
  readonly key: string;
  readonly value: T;
  /** The stored record the change was computed from (undefined: it must not exist yet); its version is checked. */
  readonly current: EntityVersion<T> | undefined;
}

/** Another entity row committed in the same transaction, created only if absent (e.g. an idempotency receipt). */
export interface CreateAlongside {
  readonly entityName: string;
  readonly key: string;
  readonly value: object;
  /** An attribute every stored row has: the row must not exist yet. */
  readonly presentAttribute: string;
}

export type IndexRange = ReturnType<(typeof WhereConditions)[keyof typeof WhereConditions]>;

export interface IndexQuery {
  readonly index: string;
  readonly partition?: readonly string[];
  readonly range?: IndexRange;
  readonly sort?: 'ASC' | 'DESC';
  /** Stop after this many rows (default: all). */
  readonly max?: number;
}

export interface VersionedEntity<T> {
  get(key: string): Promise<EntityVersion<T> | undefined>;
  /** Up to 25 keys a KVS call, the calls in parallel; absent keys are left out. */
  getMany(keys: readonly string[]): Promise<Map<string, EntityVersion<T>>>;
  query(query: IndexQuery): Promise<EntityVersion<T>[]>;
  /** Each chunk of 12 commits atomically; VersionConflictError when a record moved on (earlier chunks stay). */
  write(writes: readonly VersionedWrite<T>[], meta: { readonly by: string; readonly at: string }, alongside?: readonly CreateAlongside[]): Promise<EntityVersion<T>[]>;
  history(key: string, page?: { readonly limit?: number; readonly cursor?: string }): Promise<{ changes: ValueChange<T>[]; nextCursor?: string }>;
}

interface StoredRow {
  readonly [attribute: string]: unknown;
  readonly value: unknown;
  readonly version: number;
  readonly changedAt: string;
  readonly changedBy: string;
}

const MAX_OPERATIONS = 25;
const PAGE = 100;
const BATCH_GET = 25;

function isConflict(error: unknown): boolean {
  return error instanceof ForgeKvsAPIError && (error.responseDetails.status === 409 || error.code.includes('CONDITION'));
}

export function versionedEntity<T>(entityName: string, schema: z.ZodType<T>, attributesOf: (value: T) => Readonly<Record<string, string>>): VersionedEntity<T> {
  const rowSchema = z.object({ value: schema, version: z.number().int().min(1), changedAt: z.string(), changedBy: z.string() });
  const historyKey = (key: string): string => `${entityName}:${key}`;
  const toVersion = (key: string, stored: unknown): EntityVersion<T> => ({ key, ...rowSchema.parse(stored) });

  const get = async (key: string): Promise<EntityVersion<T> | undefined> => {
    const stored = await kvs.entity<StoredRow>(entityName).get(key);
    return stored === undefined ? undefined : toVersion(key, stored);
  };

  const commit = async (writes: readonly VersionedWrite<T>[], meta: { by: string; at: string }, alongside: readonly CreateAlongside[]): Promise<EntityVersion<T>[]> => {
    let transaction = kvs.transact();
    const written: EntityVersion<T>[] = [];
    for (const write of writes) {
      const value = schema.parse(write.value);
      const version = (write.current?.version ?? 0) + 1;
      const row: StoredRow = { ...attributesOf(value), value, version, changedAt: meta.at, changedBy: meta.by };
      const expected =
        write.current === undefined
          ? new Filter<StoredRow>().and('version', FilterConditions.notExists())
          : new Filter<StoredRow>().and('version', FilterConditions.equalTo(write.current.version));
      const valueKey = historyKey(write.key);
      const change = { valueKey, seq: version, at: meta.at, by: meta.by, before: write.current?.value ?? null, after: value };
      transaction = transaction
        .set(write.key, row, { entityName, conditions: expected })
        .set(`${valueKey}:${String(version).padStart(10, '0')}`, change, {
          entityName: STORAGE_ENTITIES.valueChange,
          conditions: new Filter<typeof change>().and('seq', FilterConditions.notExists()),
        });
      written.push({ key: write.key, value, version, changedAt: meta.at, changedBy: meta.by });
    }
    for (const extra of alongside) {
      transaction = transaction.set<Record<string, unknown>>(extra.key, { ...extra.value }, {
        entityName: extra.entityName,
        conditions: new Filter<Record<string, unknown>>().and(extra.presentAttribute, FilterConditions.notExists()),
      });
    }
    try {
      await transaction.execute();
    } catch (error) {
      if (isConflict(error)) throw new VersionConflictError(`${entityName}:${writes.map((write) => write.key).join(',')}`, { cause: error });
      throw error;
    }
    return written;
  };

  const getMany = async (keys: readonly string[]): Promise<Map<string, EntityVersion<T>>> => {
    const found = new Map<string, EntityVersion<T>>();
    const batches: string[][] = [];
    for (let start = 0; start < keys.length; start += BATCH_GET) batches.push(keys.slice(start, start + BATCH_GET));
    const results = await Promise.all(batches.map((batch) => kvs.batchGet<StoredRow>(batch.map((key) => ({ key, entityName })))));
    for (const result of results) for (const item of result.successfulKeys) found.set(item.key, toVersion(item.key, item.value));
    return found;
  };

  return {
    get,
    getMany,
    query: async ({ index, partition, range, sort = 'ASC', max = Number.POSITIVE_INFINITY }) => {
      const rows: EntityVersion<T>[] = [];
      let cursor: string | undefined;
      do {
        let builder = kvs
          .entity<StoredRow>(entityName)
          .query()
          .index(index, partition === undefined ? undefined : { partition: [...partition] })
          .sort(sort === 'ASC' ? Sort.ASC : Sort.DESC)
          .limit(Math.min(PAGE, Math.max(1, max - rows.length)));
        if (range !== undefined) builder = builder.where(range);
        if (cursor !== undefined) builder = builder.cursor(cursor);
        const page = await builder.getMany();
        for (const result of page.results) rows.push(toVersion(result.key, result.value));
        cursor = page.nextCursor;
      } while (cursor !== undefined && rows.length < max);
      return rows;
    },
    write: async (writes, meta, alongside = []) => {
      const written: EntityVersion<T>[] = [];
      const perTransaction = Math.max(1, Math.floor((MAX_OPERATIONS - alongside.length) / 2));
      for (let start = 0; start < writes.length; start += perTransaction) {
        written.push(...(await commit(writes.slice(start, start + perTransaction), meta, start === 0 ? alongside : [])));
      }
      return written;
    },
    history: (key, page) => versionedValue(historyKey(key), schema).history(page),
  };
}
