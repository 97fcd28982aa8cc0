// Issue types, statuses (with their global transitions), issue link types, and the fixed priority and
// resolution catalogues. The workflow is deliberately simple: every status is reachable from every other status.
import type { StatusCategoryKey } from '../jql/types';
import type { IssueTypeRecord, LinkTypeRecord, StatusRecord } from './directory-records';
import type { Db, IdCounters } from './open-database';

export interface StatusCategoryInfo {
  readonly id: number;
  readonly key: StatusCategoryKey;
  readonly name: string;
  readonly colorName: string;
}

export const statusCategories: Readonly<Record<StatusCategoryKey, StatusCategoryInfo>> = {
  new: { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' },
  indeterminate: { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' },
  done: { id: 3, key: 'done', name: 'Done', colorName: 'green' },
};

export interface PriorityInfo {
  readonly id: string;
  readonly name: string;
  readonly statusColor: string;
}

export const priorities: readonly PriorityInfo[] = [
  { id: '1', name: 'Highest', statusColor: '#d04437' },
  { id: '2', name: 'High', statusColor: '#f15C75' },
  { id: '3', name: 'Medium', statusColor: '#f79232' },
  { id: '4', name: 'Low', statusColor: '#707070' },
  { id: '5', name: 'Lowest', statusColor: '#999999' },
];
export const defaultPriorityId = '3';

export const resolutions: readonly { readonly id: string; readonly name: string; readonly description: string }[] = [
  { id: '10000', name: 'Done', description: 'Work has been completed on this issue.' },
  { id: '10001', name: "Won't Do", description: 'This issue won\u2019t be actioned.' },
  { id: '10002', name: 'Duplicate', description: 'The problem is a duplicate of an existing issue.' },
];

export class WorkflowCatalog {
  private readonly issueTypes = new Map<string, IssueTypeRecord>();
  private readonly statuses = new Map<string, StatusRecord>();
  private readonly linkTypes = new Map<string, LinkTypeRecord>();

  constructor(
    private readonly db: Db,
    private readonly counters: IdCounters,
  ) {
    const typeRows = db.prepare('SELECT * FROM issue_types').all() as {
      id: number;
      name: string;
      description: string;
      hierarchy_level: number;
      subtask: number;
      project_id: number | null;
      avatar_id: number;
    }[];
    for (const row of typeRows) {
      this.issueTypes.set(String(row.id), {
        id: String(row.id),
        name: row.name,
        description: row.description,
        hierarchyLevel: row.hierarchy_level,
        subtask: row.subtask === 1,
        projectId: row.project_id === null ? null : String(row.project_id),
        avatarId: row.avatar_id,
      });
    }
    const statusRows = db.prepare('SELECT * FROM statuses').all() as { id: number; name: string; description: string; category: StatusCategoryKey; transition_id: number }[];
    for (const row of statusRows) {
      this.statuses.set(String(row.id), { id: String(row.id), name: row.name, description: row.description, category: row.category, transitionId: String(row.transition_id) });
    }
    for (const row of db.prepare('SELECT * FROM link_types').all() as { id: number; name: string; inward: string; outward: string }[]) {
      this.linkTypes.set(String(row.id), { id: String(row.id), name: row.name, inward: row.inward, outward: row.outward });
    }
  }

  issueType(id: string): IssueTypeRecord | undefined {
    return this.issueTypes.get(id);
  }

  allIssueTypes(): IssueTypeRecord[] {
    return [...this.issueTypes.values()];
  }

  /** Types usable in a project: the global ones plus the ones scoped to that project. */
  issueTypesForProject(projectId: string): IssueTypeRecord[] {
    return this.allIssueTypes().filter((type) => type.projectId === null || type.projectId === projectId);
  }

  findIssueTypeByName(name: string, projectId: string | null): IssueTypeRecord | undefined {
    const lower = name.toLowerCase();
    const candidates = projectId === null ? this.allIssueTypes() : this.issueTypesForProject(projectId);
    return candidates.find((type) => type.name.toLowerCase() === lower);
  }

  createIssueType(input: Omit<IssueTypeRecord, 'id'> & { readonly id?: string }): IssueTypeRecord {
    const id = input.id ?? String(this.counters.next('issuetype', 10003));
    const record: IssueTypeRecord = { ...input, id };
    this.db
      .prepare('INSERT INTO issue_types (id, name, description, hierarchy_level, subtask, project_id, avatar_id) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(Number(id), record.name, record.description, record.hierarchyLevel, record.subtask ? 1 : 0, record.projectId === null ? null : Number(record.projectId), record.avatarId);
    this.issueTypes.set(id, record);
    return record;
  }

  status(id: string): StatusRecord | undefined {
    return this.statuses.get(id);
  }

  allStatuses(): StatusRecord[] {
    return [...this.statuses.values()].sort((a, b) => Number(a.transitionId) - Number(b.transitionId));
  }

  findStatusByName(name: string): StatusRecord | undefined {
    const lower = name.toLowerCase();
    return this.allStatuses().find((status) => status.name.toLowerCase() === lower);
  }

  /** The status new issues start in: the first status of category 'new'. */
  initialStatus(): StatusRecord {
    const first = this.allStatuses().find((status) => status.category === 'new') ?? this.allStatuses()[0];
    if (first === undefined) throw new Error('the workflow has no statuses');
    return first;
  }

  createStatus(input: { readonly id?: string; readonly name: string; readonly description: string; readonly category: StatusCategoryKey }): StatusRecord {
    const id = input.id ?? String(this.counters.next('status', 10002));
    const transitionId = String((this.allStatuses().length + 1) * 10 + 1);
    const record: StatusRecord = { id, name: input.name, description: input.description, category: input.category, transitionId };
    this.db.prepare('INSERT INTO statuses (id, name, description, category, transition_id) VALUES (?, ?, ?, ?, ?)').run(Number(id), record.name, record.description, record.category, Number(transitionId));
    this.statuses.set(id, record);
    return record;
  }

  linkType(id: string): LinkTypeRecord | undefined {
    return this.linkTypes.get(id);
  }

  findLinkTypeByName(name: string): LinkTypeRecord | undefined {
    return [...this.linkTypes.values()].find((type) => type.name.toLowerCase() === name.toLowerCase());
  }

  allLinkTypes(): LinkTypeRecord[] {
    return [...this.linkTypes.values()];
  }

  createLinkType(input: Omit<LinkTypeRecord, 'id'> & { readonly id?: string }): LinkTypeRecord {
    const id = input.id ?? String(this.counters.next('linktype', 10004));
    const record: LinkTypeRecord = { ...input, id };
    this.db.prepare('INSERT INTO link_types (id, name, inward, outward) VALUES (?, ?, ?, ?)').run(Number(id), record.name, record.inward, record.outward);
    this.linkTypes.set(id, record);
    return record;
  }
}
