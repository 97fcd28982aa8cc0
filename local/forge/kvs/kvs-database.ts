// The SQLite file behind the local KVS: `<dataDir>/kvs.sqlite`, or an in-memory database for ':memory:'.
// Plain keys and custom entities share `kv_item` (space = '#kvs' or the entity name; entity names cannot
// contain '#'); secrets live apart in `kv_secret` so no query can ever reach them.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export type KvsDatabase = Database.Database;

const SCHEMA = ['kv_item', 'kv_secret'].map(
  (table) => `CREATE TABLE IF NOT EXISTS ${table} (
    space TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    expire_at INTEGER,
    PRIMARY KEY (space, key)
  ) WITHOUT ROWID;`,
);

export function openKvsDatabase(dataDir: string): KvsDatabase {
  let file = ':memory:';
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true });
    file = join(dataDir, 'kvs.sqlite');
  }
  const db = new Database(file);
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  for (const statement of SCHEMA) db.exec(statement);
  return db;
}
