// Issue links (source = inward issue of the request, destination = outward issue), in memory and in SQLite.
import type Database from 'better-sqlite3';

import type { Db, IdCounters } from './open-database';

export interface IssueLinkRecord {
  readonly id: string;
  readonly typeId: string;
  /** The link's source: "inward issue <outward description> outward issue" (A blocks B). */
  readonly inwardIssueId: string;
  readonly outwardIssueId: string;
}

export class LinkStore {
  private readonly links = new Map<string, IssueLinkRecord>();
  private readonly byIssue = new Map<string, Set<string>>();
  private readonly insertStatement: Database.Statement<[number, number, number, number]>;
  private readonly removeStatement: Database.Statement<[number]>;

  constructor(
    db: Db,
    private readonly counters: IdCounters,
  ) {
    this.insertStatement = db.prepare('INSERT INTO issue_links (id, type_id, inward_issue_id, outward_issue_id) VALUES (?, ?, ?, ?)');
    this.removeStatement = db.prepare('DELETE FROM issue_links WHERE id = ?');
    const rows = db.prepare('SELECT id, type_id, inward_issue_id, outward_issue_id FROM issue_links').all() as { id: number; type_id: number; inward_issue_id: number; outward_issue_id: number }[];
    for (const row of rows) this.remember({ id: String(row.id), typeId: String(row.type_id), inwardIssueId: String(row.inward_issue_id), outwardIssueId: String(row.outward_issue_id) });
  }

  link(id: string): IssueLinkRecord | undefined {
    return this.links.get(id);
  }

  linksOf(issueId: string): IssueLinkRecord[] {
    return [...(this.byIssue.get(issueId) ?? [])].flatMap((id) => this.links.get(id) ?? []).sort((a, b) => Number(a.id) - Number(b.id));
  }

  /** Creates a link unless the same one (type, inward, outward) exists; returns the link either way. */
  create(typeId: string, inwardIssueId: string, outwardIssueId: string): IssueLinkRecord {
    const existing = this.linksOf(inwardIssueId).find((link) => link.typeId === typeId && link.inwardIssueId === inwardIssueId && link.outwardIssueId === outwardIssueId);
    if (existing !== undefined) return existing;
    const id = String(this.counters.next('issuelink', 10000));
    this.insertStatement.run(Number(id), Number(typeId), Number(inwardIssueId), Number(outwardIssueId));
    const record = { id, typeId, inwardIssueId, outwardIssueId };
    this.remember(record);
    return record;
  }

  remove(id: string): void {
    const link = this.links.get(id);
    if (link === undefined) return;
    this.removeStatement.run(Number(id));
    this.links.delete(id);
    this.byIssue.get(link.inwardIssueId)?.delete(id);
    this.byIssue.get(link.outwardIssueId)?.delete(id);
  }

  removeAllOf(issueId: string): void {
    for (const link of this.linksOf(issueId)) this.remove(link.id);
  }

  private remember(link: IssueLinkRecord): void {
    this.links.set(link.id, link);
    for (const issueId of [link.inwardIssueId, link.outwardIssueId]) {
      let set = this.byIssue.get(issueId);
      if (set === undefined) {
        set = new Set();
        this.byIssue.set(issueId, set);
      }
      set.add(link.id);
    }
  }
}
