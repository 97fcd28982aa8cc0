// Row-level access to one KVS table. Expired rows (TTL) are invisible, as on the platform, and deleted lazily.
import type { KvsDatabase } from './kvs-database';

export type KvsTable = 'kv_item' | 'kv_secret';

export interface StoredRow {
  readonly key: string;
  readonly value: unknown;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly expireAt: number | null;
}

export interface RawRow {
  readonly key: string;
  readonly value: string;
  readonly created_at: number;
  readonly updated_at: number;
  readonly expire_at: number | null;
}

export type SqlParam = string | number | null;

export function toStoredRow(raw: RawRow): StoredRow {
  const value: unknown = JSON.parse(raw.value);
  return { key: raw.key, value, createdAt: raw.created_at, updatedAt: raw.updated_at, expireAt: raw.expire_at };
}

export const LIVE = '(expire_at IS NULL OR expire_at > @now)';

export class RowStore {
  constructor(
    private readonly db: KvsDatabase,
    private readonly table: KvsTable,
    private readonly now: () => number,
  ) {}

  get(space: string, key: string): StoredRow | undefined {
    const raw = this.all(`SELECT * FROM ${this.table} WHERE space = @space AND key = @key AND ${LIVE}`, { space, key })[0];
    return raw === undefined ? undefined : toStoredRow(raw);
  }

  /** Upserts and returns the previous live row (if any) and the new one. */
  put(space: string, key: string, json: string, expireAt: number | null): { previous?: StoredRow; latest: StoredRow } {
    const previous = this.get(space, key);
    const now = this.now();
    const createdAt = previous?.createdAt ?? now;
    this.db
      .prepare(
        `INSERT INTO ${this.table} (space, key, value, created_at, updated_at, expire_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (space, key) DO UPDATE SET value = excluded.value, created_at = excluded.created_at,
           updated_at = excluded.updated_at, expire_at = excluded.expire_at`,
      )
      .run(space, key, json, createdAt, now, expireAt);
    const latest: StoredRow = { key, value: JSON.parse(json) as unknown, createdAt, updatedAt: now, expireAt };
    return previous === undefined ? { latest } : { previous, latest };
  }

  delete(space: string, key: string): void {
    this.db.prepare(`DELETE FROM ${this.table} WHERE space = ? AND key = ?`).run(space, key);
  }

  /** Keys in byte order, optionally under a prefix and after a cursor key; at most `limit` rows. */
  scan(space: string, options: { prefix?: string; after?: string; limit: number }): StoredRow[] {
    const clauses = [`space = @space`, LIVE];
    const params: Record<string, SqlParam> = { space, limit: options.limit };
    if (options.prefix !== undefined && options.prefix !== '') {
      clauses.push('substr(key, 1, @prefixLength) = @prefix');
      params['prefix'] = options.prefix;
      params['prefixLength'] = options.prefix.length;
    }
    if (options.after !== undefined) {
      clauses.push('key > @after');
      params['after'] = options.after;
    }
    const sql = `SELECT * FROM ${this.table} WHERE ${clauses.join(' AND ')} ORDER BY key LIMIT @limit`;
    return this.all(sql, params).map(toStoredRow);
  }

  /** Runs a SELECT over this table; `@now` is bound automatically. */
  all(sql: string, params: Record<string, SqlParam>): RawRow[] {
    const rows: unknown[] = this.db.prepare(sql).all({ ...params, now: this.now() });
    return rows.filter(isRawRow);
  }

  purgeExpired(): void {
    this.db.prepare(`DELETE FROM ${this.table} WHERE expire_at IS NOT NULL AND expire_at <= ?`).run(this.now());
  }

  clear(): void {
    this.db.prepare(`DELETE FROM ${this.table}`).run();
  }

  get tableName(): KvsTable {
    return this.table;
  }
}

function isRawRow(row: unknown): row is RawRow {
  return typeof row === 'object' && row !== null && 'key' in row && 'value' in row && 'created_at' in row;
}
