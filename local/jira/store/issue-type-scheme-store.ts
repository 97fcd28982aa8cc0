// Issue type schemes of company-managed projects. The Default Issue Type Scheme (id 10000) is implicit: it holds
// every global issue type (a type created later is in it at once) and every project without a scheme of its own
// uses it. Other schemes, and which project uses which, are persisted.
import type Database from 'better-sqlite3';

import type { IssueTypeRecord, IssueTypeSchemeRecord } from './directory-records';
import type { Db, IdCounters } from './open-database';
import type { WorkflowCatalog } from './workflow-catalog';

export const defaultIssueTypeSchemeId = '10000';

interface StoredScheme {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly defaultIssueTypeId: string | null;
  readonly issueTypeIds: readonly string[];
}

export class IssueTypeSchemeStore {
  private readonly schemes = new Map<string, StoredScheme>();
  private readonly schemeByProject = new Map<string, string>();
  private readonly saveTypes: Database.Statement<[string, number]>;

  constructor(
    private readonly db: Db,
    private readonly counters: IdCounters,
    private readonly workflow: WorkflowCatalog,
  ) {
    this.saveTypes = db.prepare('UPDATE issue_type_schemes SET issue_type_ids = ? WHERE id = ?');
    const rows = db.prepare('SELECT * FROM issue_type_schemes').all() as { id: number; name: string; description: string; default_issue_type_id: number | null; issue_type_ids: string }[];
    for (const row of rows) {
      this.schemes.set(String(row.id), {
        id: String(row.id),
        name: row.name,
        description: row.description,
        defaultIssueTypeId: row.default_issue_type_id === null ? null : String(row.default_issue_type_id),
        issueTypeIds: JSON.parse(row.issue_type_ids) as string[],
      });
    }
    for (const row of db.prepare('SELECT project_id, scheme_id FROM project_issue_type_schemes').all() as { project_id: number; scheme_id: number }[]) {
      this.schemeByProject.set(String(row.project_id), String(row.scheme_id));
    }
  }

  scheme(id: string): IssueTypeSchemeRecord | undefined {
    if (id === defaultIssueTypeSchemeId) return this.defaultScheme();
    const stored = this.schemes.get(id);
    return stored === undefined ? undefined : { ...stored, isDefault: false };
  }

  /** Every scheme, the default one first, then by id. */
  allSchemes(): IssueTypeSchemeRecord[] {
    const others = [...this.schemes.values()].sort((a, b) => Number(a.id) - Number(b.id)).map((stored) => ({ ...stored, isDefault: false }));
    return [this.defaultScheme(), ...others];
  }

  schemeOfProject(projectId: string): IssueTypeSchemeRecord {
    const id = this.schemeByProject.get(projectId);
    return (id === undefined ? undefined : this.scheme(id)) ?? this.defaultScheme();
  }

  /** Whether an issue of this type may be created in (or moved to) the project: its scheme holds the type, or the
   * type belongs to the project itself (team-managed). */
  accepts(projectId: string, type: IssueTypeRecord): boolean {
    if (type.projectId !== null) return type.projectId === projectId;
    return this.schemeOfProject(projectId).issueTypeIds.includes(type.id);
  }

  /** The types usable in a project: its scheme's, in scheme order, then the project's own. */
  issueTypesForProject(projectId: string): IssueTypeRecord[] {
    const inScheme = this.schemeOfProject(projectId).issueTypeIds.flatMap((id) => {
      const type = this.workflow.issueType(id);
      return type === undefined ? [] : [type];
    });
    const own = this.workflow.allIssueTypes().filter((type) => type.projectId === projectId);
    return [...inScheme, ...own];
  }

  /** Creates a scheme and assigns it to a project. Call inside a transaction. */
  createForProject(projectId: string, input: Omit<StoredScheme, 'id'>): IssueTypeSchemeRecord {
    const id = String(this.counters.next('issuetypescheme', 10001));
    const stored: StoredScheme = { ...input, id };
    this.db
      .prepare('INSERT INTO issue_type_schemes (id, name, description, default_issue_type_id, issue_type_ids) VALUES (?, ?, ?, ?, ?)')
      .run(Number(id), stored.name, stored.description, stored.defaultIssueTypeId === null ? null : Number(stored.defaultIssueTypeId), JSON.stringify(stored.issueTypeIds));
    this.db.prepare('INSERT INTO project_issue_type_schemes (project_id, scheme_id) VALUES (?, ?) ON CONFLICT (project_id) DO UPDATE SET scheme_id = excluded.scheme_id').run(Number(projectId), Number(id));
    this.schemes.set(id, stored);
    this.schemeByProject.set(projectId, id);
    return { ...stored, isDefault: false };
  }

  /** Appends issue types to a (non-default) scheme. */
  addIssueTypes(schemeId: string, issueTypeIds: readonly string[]): void {
    const stored = this.schemes.get(schemeId);
    if (stored === undefined) throw new Error(`no issue type scheme ${schemeId}`);
    const next = { ...stored, issueTypeIds: [...stored.issueTypeIds, ...issueTypeIds] };
    this.saveTypes.run(JSON.stringify(next.issueTypeIds), Number(schemeId));
    this.schemes.set(schemeId, next);
  }

  private defaultScheme(): IssueTypeSchemeRecord {
    return {
      id: defaultIssueTypeSchemeId,
      name: 'Default Issue Type Scheme',
      description: 'Default issue type scheme is the list of global issue types. All newly created issue types will automatically be added to this scheme.',
      defaultIssueTypeId: null,
      isDefault: true,
      issueTypeIds: this.workflow
        .allIssueTypes()
        .filter((type) => type.projectId === null)
        .map((type) => type.id),
    };
  }
}
