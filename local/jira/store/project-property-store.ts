// Project entity properties (issue properties live on the StoredIssue, see IssueStore).
import type Database from 'better-sqlite3';

import type { Db } from './open-database';

export class ProjectPropertyStore {
  private readonly values = new Map<string, Map<string, unknown>>();
  private readonly putStatement: Database.Statement<[number, string, string]>;
  private readonly removeStatement: Database.Statement<[number, string]>;

  constructor(db: Db) {
    this.putStatement = db.prepare('INSERT INTO project_properties (project_id, key, value) VALUES (?, ?, ?) ON CONFLICT (project_id, key) DO UPDATE SET value = excluded.value');
    this.removeStatement = db.prepare('DELETE FROM project_properties WHERE project_id = ? AND key = ?');
    for (const row of db.prepare('SELECT project_id, key, value FROM project_properties').all() as { project_id: number; key: string; value: string }[]) {
      this.bag(String(row.project_id)).set(row.key, JSON.parse(row.value));
    }
  }

  keys(projectId: string): string[] {
    return [...(this.values.get(projectId)?.keys() ?? [])].sort();
  }

  has(projectId: string, key: string): boolean {
    return this.values.get(projectId)?.has(key) === true;
  }

  get(projectId: string, key: string): unknown {
    return this.values.get(projectId)?.get(key);
  }

  /** Returns true when the property was created (Jira answers 201), false when updated (200). */
  set(projectId: string, key: string, value: unknown): boolean {
    const created = !this.has(projectId, key);
    this.putStatement.run(Number(projectId), key, JSON.stringify(value));
    this.bag(projectId).set(key, value);
    return created;
  }

  remove(projectId: string, key: string): void {
    this.removeStatement.run(Number(projectId), key);
    this.values.get(projectId)?.delete(key);
  }

  private bag(projectId: string): Map<string, unknown> {
    let bag = this.values.get(projectId);
    if (bag === undefined) {
      bag = new Map();
      this.values.set(projectId, bag);
    }
    return bag;
  }
}
