// Everything the stand-in persists, opened together from one SQLite file; seeds a fresh site on first start.
import type { ProjectPermissionKey } from './directory-records';
import { ChangelogStore } from './changelog-store';
import { FieldRegistry } from './field-registry';
import { IssueStore } from './issue-store';
import { IssueTypeSchemeStore } from './issue-type-scheme-store';
import { LinkStore } from './link-store';
import { IdCounters, openDatabase, type Db } from './open-database';
import { ProjectDirectory } from './project-directory';
import { ProjectPropertyStore } from './project-property-store';
import type { DenormalisedNames } from './stored-issue';
import { UserDirectory } from './user-directory';
import { WorkflowCatalog } from './workflow-catalog';

export const allProjectPermissions: readonly ProjectPermissionKey[] = [
  'BROWSE_PROJECTS', 'CREATE_ISSUES', 'EDIT_ISSUES', 'TRANSITION_ISSUES', 'DELETE_ISSUES', 'ASSIGN_ISSUES', 'ASSIGNABLE_USER',
  'RESOLVE_ISSUES', 'CLOSE_ISSUES', 'LINK_ISSUES', 'ADD_COMMENTS', 'SCHEDULE_ISSUES', 'MOVE_ISSUES', 'ADMINISTER_PROJECTS',
];

export const defaultRoles: Readonly<Record<'Administrators' | 'Member' | 'Viewer', readonly ProjectPermissionKey[]>> = {
  Administrators: allProjectPermissions,
  Member: ['BROWSE_PROJECTS', 'CREATE_ISSUES', 'EDIT_ISSUES', 'TRANSITION_ISSUES', 'ASSIGN_ISSUES', 'ASSIGNABLE_USER', 'RESOLVE_ISSUES', 'CLOSE_ISSUES', 'LINK_ISSUES', 'ADD_COMMENTS', 'SCHEDULE_ISSUES'],
  Viewer: ['BROWSE_PROJECTS'],
};

export const administratorsGroup = 'jira-administrators';
export const usersGroup = 'jira-users';

export class JiraStore {
  readonly db: Db;
  readonly counters: IdCounters;
  readonly users: UserDirectory;
  readonly projects: ProjectDirectory;
  readonly workflow: WorkflowCatalog;
  readonly issueTypeSchemes: IssueTypeSchemeStore;
  readonly fields: FieldRegistry;
  readonly issues: IssueStore;
  readonly links: LinkStore;
  readonly changelogs: ChangelogStore;
  readonly projectProperties: ProjectPropertyStore;

  constructor(dataDir: string) {
    this.db = openDatabase(dataDir);
    this.counters = new IdCounters(this.db);
    this.users = new UserDirectory(this.db);
    this.projects = new ProjectDirectory(this.db, this.counters);
    this.workflow = new WorkflowCatalog(this.db, this.counters);
    this.issueTypeSchemes = new IssueTypeSchemeStore(this.db, this.counters, this.workflow);
    this.transaction(() => {
      this.seedIfFresh();
    });
    this.fields = new FieldRegistry(this.db, this.counters);
    this.issues = new IssueStore(this.db, (projectId, issueTypeId, statusId) => this.namesOf(projectId, issueTypeId, statusId));
    this.links = new LinkStore(this.db, this.counters);
    this.changelogs = new ChangelogStore(this.db, this.counters);
    this.projectProperties = new ProjectPropertyStore(this.db);
  }

  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  close(): void {
    this.db.close();
  }

  namesOf(projectId: number, issueTypeId: number, statusId: number): DenormalisedNames {
    const project = this.projects.project(String(projectId));
    const issueType = this.workflow.issueType(String(issueTypeId));
    const status = this.workflow.status(String(statusId));
    return {
      projectKey: project?.key ?? '',
      projectName: project?.name ?? '',
      issueTypeName: issueType?.name ?? '',
      statusName: status?.name ?? '',
      statusCategory: status?.category ?? 'new',
    };
  }

  private seedIfFresh(): void {
    const seeded = this.db.prepare("SELECT value FROM meta WHERE key = 'seeded'").get();
    if (seeded !== undefined) return;
    this.users.putGroup(administratorsGroup);
    this.users.putGroup(usersGroup);
    for (const [name, permissions] of Object.entries(defaultRoles)) this.projects.putRole(name, permissions);
    this.workflow.createStatus({ id: '10000', name: 'To Do', description: 'This issue is ready to be actioned.', category: 'new' });
    this.workflow.createStatus({ id: '3', name: 'In Progress', description: 'This issue is being actively worked on at the moment.', category: 'indeterminate' });
    this.workflow.createStatus({ id: '10001', name: 'Done', description: 'This issue is complete.', category: 'done' });
    this.workflow.createIssueType({ id: '10000', name: 'Epic', description: 'Epics track collections of related bugs, stories, and tasks.', hierarchyLevel: 1, subtask: false, projectId: null, avatarId: 10307 });
    this.workflow.createIssueType({ id: '10001', name: 'Task', description: 'Tasks track small, distinct pieces of work.', hierarchyLevel: 0, subtask: false, projectId: null, avatarId: 10318 });
    this.workflow.createIssueType({ id: '10002', name: 'Subtask', description: 'Subtasks track small pieces of work that are part of a larger task.', hierarchyLevel: -1, subtask: true, projectId: null, avatarId: 10316 });
    this.workflow.createLinkType({ id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' });
    this.workflow.createLinkType({ id: '10001', name: 'Cloners', inward: 'is cloned by', outward: 'clones' });
    this.workflow.createLinkType({ id: '10002', name: 'Duplicate', inward: 'is duplicated by', outward: 'duplicates' });
    this.workflow.createLinkType({ id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' });
    this.db.prepare("INSERT INTO meta (key, value) VALUES ('seeded', ?)").run(new Date().toISOString());
  }
}
