// Opens (and creates) the stand-in's SQLite file `<dataDir>/jira.sqlite`, or an in-memory database for ':memory:'.
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';

export type Db = Database.Database;

const schema = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, next INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS users (account_id TEXT PRIMARY KEY, display_name TEXT NOT NULL, email TEXT, active INTEGER NOT NULL,
  time_zone TEXT NOT NULL, locale TEXT NOT NULL, account_type TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS groups (name TEXT PRIMARY KEY, group_id TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS group_members (group_name TEXT NOT NULL, account_id TEXT NOT NULL, PRIMARY KEY (group_name, account_id));
CREATE TABLE IF NOT EXISTS roles (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, permissions TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS projects (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, description TEXT NOT NULL,
  lead_account_id TEXT, project_type_key TEXT NOT NULL, issue_counter INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS project_role_actors (project_id INTEGER NOT NULL, role_id INTEGER NOT NULL, actor_type TEXT NOT NULL,
  actor TEXT NOT NULL, PRIMARY KEY (project_id, role_id, actor_type, actor));
CREATE TABLE IF NOT EXISTS issue_types (id INTEGER PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL, hierarchy_level INTEGER NOT NULL,
  subtask INTEGER NOT NULL, project_id INTEGER, avatar_id INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS statuses (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, description TEXT NOT NULL, category TEXT NOT NULL,
  transition_id INTEGER NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS link_types (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, inward TEXT NOT NULL, outward TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS issue_type_schemes (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, description TEXT NOT NULL,
  default_issue_type_id INTEGER, issue_type_ids TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS project_issue_type_schemes (project_id INTEGER PRIMARY KEY, scheme_id INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS custom_fields (id INTEGER PRIMARY KEY, app_id TEXT NOT NULL, module_key TEXT NOT NULL, definition TEXT NOT NULL,
  UNIQUE (app_id, module_key));
CREATE TABLE IF NOT EXISTS issues (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, project_id INTEGER NOT NULL, issue_type_id INTEGER NOT NULL,
  status_id INTEGER NOT NULL, priority_id TEXT NOT NULL, summary TEXT NOT NULL, description TEXT, assignee TEXT, reporter TEXT, creator TEXT,
  created TEXT NOT NULL, updated TEXT NOT NULL, status_changed TEXT NOT NULL, resolution TEXT, resolution_date TEXT, due_date TEXT,
  labels TEXT NOT NULL, parent_id INTEGER, custom_fields TEXT NOT NULL, description_text TEXT);
CREATE TABLE IF NOT EXISTS issue_properties (issue_id INTEGER NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (issue_id, key));
CREATE TABLE IF NOT EXISTS project_properties (project_id INTEGER NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (project_id, key));
CREATE TABLE IF NOT EXISTS issue_links (id INTEGER PRIMARY KEY, type_id INTEGER NOT NULL, inward_issue_id INTEGER NOT NULL,
  outward_issue_id INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS changelogs (id INTEGER PRIMARY KEY, issue_id INTEGER NOT NULL, author TEXT, created TEXT NOT NULL, items TEXT NOT NULL,
  history_metadata TEXT);
CREATE INDEX IF NOT EXISTS changelogs_by_issue ON changelogs (issue_id, id);
CREATE INDEX IF NOT EXISTS links_by_inward ON issue_links (inward_issue_id);
CREATE INDEX IF NOT EXISTS links_by_outward ON issue_links (outward_issue_id);
`;

export function openDatabase(dataDir: string): Db {
  let file = ':memory:';
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true });
    file = path.join(dataDir, 'jira.sqlite');
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = OFF');
  db.exec(schema);
  addMissingColumns(db);
  return db;
}

/** Columns added after the first data folders were created (left NULL in old rows; readers fall back). */
function addMissingColumns(db: Db): void {
  const columns = new Set((db.prepare('PRAGMA table_info(issues)').all() as { name: string }[]).map((column) => column.name));
  if (!columns.has('description_text')) db.exec('ALTER TABLE issues ADD COLUMN description_text TEXT');
}

/** Monotonic id sequences (Jira never reuses ids), persisted in `counters`. */
export class IdCounters {
  private readonly read: Database.Statement<[string], { next: number }>;
  private readonly write: Database.Statement<[string, number]>;

  constructor(db: Db) {
    this.read = db.prepare('SELECT next FROM counters WHERE name = ?');
    this.write = db.prepare('INSERT INTO counters (name, next) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET next = excluded.next');
  }

  /** Returns the next id of a sequence (starting at `first`), persisting the advance. Call inside a transaction. */
  next(name: string, first: number): number {
    const current = this.read.get(name)?.next ?? first;
    this.write.run(name, current + 1);
    return current;
  }

  /** Reserves `count` consecutive ids and returns the first. */
  reserve(name: string, first: number, count: number): number {
    const current = this.read.get(name)?.next ?? first;
    this.write.run(name, current + count);
    return current;
  }
}
