// Issues: one immutable StoredIssue per issue in memory (what JQL runs over), written through to SQLite with
// prepared statements. Startup rebuilds the in-memory documents from the `issues` and `issue_properties` tables.
import type Database from 'better-sqlite3';

import { adfToPlainText } from './adf-text';
import type { Db } from './open-database';
import { fromRow, issueColumns, toRow, type DenormalisedNames, type IssueRow, type StoredIssue } from './stored-issue';

const columns = issueColumns.join(', ');
const placeholders = issueColumns.map(() => '?').join(', ');
const describeJson = (json: string): string => adfToPlainText(JSON.parse(json));

export class IssueStore {
  private readonly byId = new Map<string, StoredIssue>();
  private readonly idByKey = new Map<string, string>();
  private readonly children = new Map<string, Set<string>>();
  private dataVersion = 0;
  private readonly statements: {
    insert: Database.Statement<IssueRow>;
    update: Database.Statement<IssueRow>;
    remove: Database.Statement<[number]>;
    putProperty: Database.Statement<[number, string, string]>;
    removeProperty: Database.Statement<[number, string]>;
    removeProperties: Database.Statement<[number]>;
  };

  constructor(
    private readonly db: Db,
    names: (projectId: number, issueTypeId: number, statusId: number) => DenormalisedNames,
  ) {
    this.statements = {
      insert: db.prepare(`INSERT INTO issues (${columns}) VALUES (${placeholders})`),
      update: db.prepare(`REPLACE INTO issues (${columns}) VALUES (${placeholders})`),
      remove: db.prepare('DELETE FROM issues WHERE id = ?'),
      putProperty: db.prepare('INSERT INTO issue_properties (issue_id, key, value) VALUES (?, ?, ?) ON CONFLICT (issue_id, key) DO UPDATE SET value = excluded.value'),
      removeProperty: db.prepare('DELETE FROM issue_properties WHERE issue_id = ? AND key = ?'),
      removeProperties: db.prepare('DELETE FROM issue_properties WHERE issue_id = ?'),
    };
    this.load(names);
  }

  /** Bumped on every issue change; search caches key on it. */
  get version(): number {
    return this.dataVersion;
  }

  get size(): number {
    return this.byId.size;
  }

  get(idOrKey: string): StoredIssue | undefined {
    const id = /^\d+$/.test(idOrKey) ? idOrKey : this.idByKey.get(idOrKey.toUpperCase());
    return id === undefined ? undefined : this.byId.get(id);
  }

  all(): IterableIterator<StoredIssue> {
    return this.byId.values();
  }

  /** Sub-tasks (issues whose parent is this issue), by id. */
  childrenOf(issueId: string): StoredIssue[] {
    return [...(this.children.get(issueId) ?? [])].flatMap((id) => this.byId.get(id) ?? []);
  }

  /** Inserts new issues (call inside a transaction for batches). */
  insert(issues: readonly StoredIssue[]): void {
    for (const issue of issues) {
      this.statements.insert.run(...toRow(issue));
      for (const [key, value] of Object.entries(issue.properties)) this.statements.putProperty.run(Number(issue.id), key, JSON.stringify(value));
      this.remember(issue);
    }
    this.dataVersion += 1;
  }

  /** Replaces an issue's row (properties are written separately with setProperty/deleteProperty). */
  replace(issue: StoredIssue): void {
    this.statements.update.run(...toRow(issue));
    const previous = this.byId.get(issue.id);
    if (previous !== undefined && previous.parentId !== null) this.children.get(previous.parentId)?.delete(issue.id);
    this.remember(issue);
    this.dataVersion += 1;
  }

  remove(issue: StoredIssue): void {
    this.statements.remove.run(Number(issue.id));
    this.statements.removeProperties.run(Number(issue.id));
    this.byId.delete(issue.id);
    this.idByKey.delete(issue.key);
    if (issue.parentId !== null) this.children.get(issue.parentId)?.delete(issue.id);
    this.dataVersion += 1;
  }

  setProperty(issue: StoredIssue, key: string, value: unknown): StoredIssue {
    this.statements.putProperty.run(Number(issue.id), key, JSON.stringify(value));
    const next = { ...issue, properties: { ...issue.properties, [key]: value } };
    this.byId.set(issue.id, next);
    this.dataVersion += 1;
    return next;
  }

  deleteProperty(issue: StoredIssue, key: string): StoredIssue {
    this.statements.removeProperty.run(Number(issue.id), key);
    const properties = Object.fromEntries(Object.entries(issue.properties).filter(([name]) => name !== key));
    const next = { ...issue, properties };
    this.byId.set(issue.id, next);
    this.dataVersion += 1;
    return next;
  }

  /** Rebuilds the in-memory documents: raw rows, streamed; the ADF description is not parsed (see StoredIssue). */
  private load(names: (projectId: number, issueTypeId: number, statusId: number) => DenormalisedNames): void {
    const properties = new Map<number, Record<string, unknown>>();
    const propertyRows = this.db.prepare('SELECT issue_id, key, value FROM issue_properties').raw().iterate() as IterableIterator<[number, string, string]>;
    for (const [issueId, key, value] of propertyRows) {
      let bag = properties.get(issueId);
      if (bag === undefined) {
        bag = {};
        properties.set(issueId, bag);
      }
      bag[key] = JSON.parse(value);
    }
    const keyById = new Map<number, string>();
    for (const [id, key] of this.db.prepare('SELECT id, key FROM issues WHERE id IN (SELECT parent_id FROM issues)').raw().iterate() as IterableIterator<[number, string]>) {
      keyById.set(id, key);
    }
    const rows = this.db.prepare(`SELECT ${columns} FROM issues ORDER BY id`).raw().iterate() as IterableIterator<IssueRow>;
    for (const row of rows) {
      const parentId = row[19];
      const parentKey = parentId === null ? null : (keyById.get(parentId) ?? null);
      this.remember(fromRow(row, names(row[2], row[3], row[4]), parentKey, properties.get(row[0]) ?? {}, describeJson));
    }
  }

  /** Keys are stored upper-case already (project keys are), so they index as they are. */
  private remember(issue: StoredIssue): void {
    this.byId.set(issue.id, issue);
    this.idByKey.set(issue.key, issue.id);
    if (issue.parentId !== null) {
      let set = this.children.get(issue.parentId);
      if (set === undefined) {
        set = new Set();
        this.children.set(issue.parentId, set);
      }
      set.add(issue.id);
    }
  }
}
