// A KVS value whose every change is kept: the current record (entity `versioned-value`, keyed by the value's key)
// and one append-only change record per write (entity `value-change`: who, when, before, after, seq), written in
// ONE KVS transaction that also checks the version it read, so a concurrent write cannot be lost or half-recorded.
// Reusable for any configuration the ISO auditor may ask about: calendar, escalation chain, matrix, KPIs.
import { FilterConditions, Filter, ForgeKvsAPIError, kvs, Sort } from '@forge/kvs';
import { z } from 'zod';

import { STORAGE_ENTITIES } from './storage-keys';

export interface VersionedRecord<T> {
  readonly value: T;
  /** 1 for the first write, +1 for each change. */
  readonly version: number;
  readonly changedAt: string;
  readonly changedBy: string;
}

export interface ValueChange<T> {
  readonly seq: number;
  readonly at: string;
  readonly by: string;
  /** null for the first write. */
  readonly before: T | null;
  readonly after: T;
}

export interface ChangeMeta {
  /** Account id of whoever made the change. */
  readonly by: string;
  /** ISO instant, read from the clock by the shell. */
  readonly at: string;
  /** Fail with VersionConflictError unless the stored version is this one (0 = not stored yet). */
  readonly expectedVersion?: number;
}

/** The stored version moved on since it was read (another admin saved first). */
export class VersionConflictError extends Error {
  override readonly name = 'VersionConflictError';
  constructor(readonly key: string, options?: { cause?: unknown }) {
    super(`The value at ${key} was changed by someone else; reload and try again.`, options);
  }
}

export interface VersionedValue<T> {
  readonly key: string;
  read(): Promise<VersionedRecord<T> | undefined>;
  /**
   * Writes `next` unless it equals the current value (then returns the current record, no change is recorded).
   * With `expectedVersion`, one attempt; without, last writer wins (retried like `update`), history stays complete.
   */
  write(next: T, meta: ChangeMeta): Promise<VersionedRecord<T>>;
  /** Reads, applies `change`, writes; re-reads and retries (up to 5 attempts) when another write got in between. */
  update(change: (current: T | undefined) => T, meta: Omit<ChangeMeta, 'expectedVersion'>): Promise<VersionedRecord<T>>;
  /** Newest first, up to `limit` (≤ 100) per page. */
  history(page?: { readonly limit?: number; readonly cursor?: string }): Promise<{ changes: ValueChange<T>[]; nextCursor?: string }>;
}

interface StoredRecord { value: unknown; version: number; changedAt: string; changedBy: string }
interface StoredChange { valueKey: string; seq: number; at: string; by: string; before: unknown; after: unknown }

const HISTORY_INDEX = 'by-value-key';
const MAX_ATTEMPTS = 5;

function changeKey(key: string, seq: number): string {
  return `${key}:${String(seq).padStart(10, '0')}`;
}

function isConflict(error: unknown): boolean {
  return error instanceof ForgeKvsAPIError && (error.responseDetails.status === 409 || error.code.includes('CONDITION'));
}

export function versionedValue<T>(key: string, schema: z.ZodType<T>): VersionedValue<T> {
  const recordSchema = z.object({ value: schema, version: z.number().int().min(1), changedAt: z.string(), changedBy: z.string() });
  const changeSchema = z.object({ seq: z.number().int(), at: z.string(), by: z.string(), before: schema.nullable(), after: schema });

  const read = async (): Promise<VersionedRecord<T> | undefined> => {
    const stored = await kvs.entity<StoredRecord>(STORAGE_ENTITIES.versionedValue).get(key);
    return stored === undefined ? undefined : recordSchema.parse(stored);
  };

  const writeAfter = async (current: VersionedRecord<T> | undefined, next: T, meta: ChangeMeta): Promise<VersionedRecord<T>> => {
    const after = schema.parse(next);
    if (current !== undefined && JSON.stringify(current.value) === JSON.stringify(after)) return current;
    const version = (current?.version ?? 0) + 1;
    const record: StoredRecord = { value: after, version, changedAt: meta.at, changedBy: meta.by };
    const change: StoredChange = { valueKey: key, seq: version, at: meta.at, by: meta.by, before: current?.value ?? null, after };
    const expected =
      current === undefined
        ? new Filter<StoredRecord>().and('version', FilterConditions.notExists())
        : new Filter<StoredRecord>().and('version', FilterConditions.equalTo(current.version));
    try {
      await kvs
        .transact()
        .set(key, record, { entityName: STORAGE_ENTITIES.versionedValue, conditions: expected })
        .set(changeKey(key, version), change, {
          entityName: STORAGE_ENTITIES.valueChange,
          conditions: new Filter<StoredChange>().and('seq', FilterConditions.notExists()),
        })
        .execute();
    } catch (error) {
      if (isConflict(error)) throw new VersionConflictError(key, { cause: error });
      throw error;
    }
    return { value: after, version, changedAt: meta.at, changedBy: meta.by };
  };

  const update = async (change: (current: T | undefined) => T, meta: Omit<ChangeMeta, 'expectedVersion'>): Promise<VersionedRecord<T>> => {
    for (let attempt = 1; ; attempt += 1) {
      const current = await read();
      try {
        return await writeAfter(current, change(current?.value), meta);
      } catch (error) {
        if (!(error instanceof VersionConflictError) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  };

  return {
    key,
    read,
    write: async (next, meta) => {
      if (meta.expectedVersion === undefined) return update(() => next, meta);
      const current = await read();
      if (meta.expectedVersion !== (current?.version ?? 0)) throw new VersionConflictError(key);
      return writeAfter(current, next, meta);
    },
    update,
    history: async (page = {}) => {
      let query = kvs
        .entity<StoredChange>(STORAGE_ENTITIES.valueChange)
        .query()
        .index(HISTORY_INDEX, { partition: [key] })
        .sort(Sort.DESC)
        .limit(Math.min(page.limit ?? 20, 100));
      if (page.cursor !== undefined) query = query.cursor(page.cursor);
      const result = await query.getMany();
      const changes = result.results.map((row) => changeSchema.parse(row.value));
      return result.nextCursor === undefined ? { changes } : { changes, nextCursor: result.nextCursor };
    },
  };
}
