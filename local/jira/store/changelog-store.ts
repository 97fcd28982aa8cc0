// Issue change history (what /issue/{id}/changelog and expand=changelog return), kept in SQLite only: it is read
// per issue, never searched.
import type Database from 'better-sqlite3';

import type { Db, IdCounters } from './open-database';

export interface ChangeItem {
  readonly field: string;
  readonly fieldtype: 'jira' | 'custom';
  readonly fieldId: string;
  readonly from: string | null;
  readonly fromString: string | null;
  readonly to: string | null;
  readonly toString: string | null;
}

export interface ChangelogRecord {
  readonly id: string;
  readonly issueId: string;
  readonly authorAccountId: string | null;
  readonly created: string; // ISO instant
  readonly items: readonly ChangeItem[];
  readonly historyMetadata: Readonly<Record<string, unknown>> | null;
}

interface ChangelogRow {
  id: number;
  issue_id: number;
  author: string | null;
  created: string;
  items: string;
  history_metadata: string | null;
}

export class ChangelogStore {
  private readonly insertStatement: Database.Statement<[number, number, string | null, string, string, string | null]>;
  private readonly pageStatement: Database.Statement<[number, number, number], ChangelogRow>;
  private readonly countStatement: Database.Statement<[number], { count: number }>;
  private readonly removeStatement: Database.Statement<[number]>;

  constructor(
    db: Db,
    private readonly counters: IdCounters,
  ) {
    this.insertStatement = db.prepare('INSERT INTO changelogs (id, issue_id, author, created, items, history_metadata) VALUES (?, ?, ?, ?, ?, ?)');
    this.pageStatement = db.prepare('SELECT * FROM changelogs WHERE issue_id = ? ORDER BY id LIMIT ? OFFSET ?');
    this.countStatement = db.prepare('SELECT COUNT(*) AS count FROM changelogs WHERE issue_id = ?');
    this.removeStatement = db.prepare('DELETE FROM changelogs WHERE issue_id = ?');
  }

  append(entry: Omit<ChangelogRecord, 'id'>): ChangelogRecord {
    const id = String(this.counters.next('changelog', 10000));
    this.insertStatement.run(Number(id), Number(entry.issueId), entry.authorAccountId, entry.created, JSON.stringify(entry.items), entry.historyMetadata === null ? null : JSON.stringify(entry.historyMetadata));
    return { ...entry, id };
  }

  /** Oldest first. */
  page(issueId: string, startAt: number, maxResults: number): { values: ChangelogRecord[]; total: number } {
    const rows = this.pageStatement.all(Number(issueId), maxResults, startAt);
    const total = this.countStatement.get(Number(issueId))?.count ?? 0;
    return { values: rows.map(fromRow), total };
  }

  removeAllOf(issueId: string): void {
    this.removeStatement.run(Number(issueId));
  }
}

function fromRow(row: ChangelogRow): ChangelogRecord {
  return {
    id: String(row.id),
    issueId: String(row.issue_id),
    authorAccountId: row.author,
    created: row.created,
    items: JSON.parse(row.items) as ChangeItem[],
    historyMetadata: row.history_metadata === null ? null : (JSON.parse(row.history_metadata) as Record<string, unknown>),
  };
}
