// In-process administration of the stand-in (what a site admin would click through): users, groups, projects,
// roles and permissions, issue types, statuses, link types, and bulk issue import. Writes go straight to the store.
import type { IssueEventBus } from '../issues/issue-events';
import type { NotificationOutbox, SentNotification } from '../issues/notification-outbox';
import type { StatusCategoryKey } from '../jql';
import type {
  GroupRecord,
  IssueTypeRecord,
  IssueTypeSchemeRecord,
  LinkTypeRecord,
  ProjectPermissionKey,
  ProjectRecord,
  RoleActor,
  RoleRecord,
  StatusRecord,
  UserRecord,
} from '../store/directory-records';
import { administratorsGroup, usersGroup, type JiraStore } from '../store/jira-store';
import { applyProjectTemplate } from '../store/project-templates';
import type { StoredIssue } from '../store/stored-issue';
import { accountIdFrom } from '../store/user-directory';
import { importIssues, type AdminIssueInput } from './admin-issue-import';

export type { AdminIssueInput } from './admin-issue-import';

export interface UserInput {
  readonly accountId?: string;
  readonly displayName: string;
  readonly emailAddress?: string;
  readonly timeZone?: string;
  readonly locale?: string;
  readonly active?: boolean;
}

export interface ProjectInput {
  readonly key: string;
  readonly name: string;
  readonly description?: string;
  readonly leadAccountId?: string;
  readonly projectTypeKey?: ProjectRecord['projectTypeKey'];
  /** Like POST /project with a template: the project gets its own issue type scheme holding the template's types.
   * Without it the project uses the Default Issue Type Scheme (every issue type). */
  readonly projectTemplateKey?: string;
}

export class JiraDirectory {
  constructor(
    private readonly store: JiraStore,
    readonly appId: string,
    readonly appAccountId: string,
    private readonly now: () => Date,
    private readonly events: IssueEventBus,
    private readonly outbox: NotificationOutbox,
  ) {}

  /** Emails queued through POST /issue/{key}/notify (oldest first), with their resolved recipients. */
  sentNotifications(): readonly SentNotification[] {
    return this.outbox.sent();
  }

  createUser(input: UserInput): UserRecord {
    const accountId = input.accountId ?? accountIdFrom(`user:${input.displayName}:${input.emailAddress ?? ''}`);
    const user = this.store.users.putUser({
      accountId,
      displayName: input.displayName,
      emailAddress: input.emailAddress ?? null,
      active: input.active ?? true,
      timeZone: input.timeZone ?? 'Europe/London',
      locale: input.locale ?? 'en_GB',
      accountType: 'atlassian',
    });
    this.store.users.addMember(usersGroup, accountId);
    return user;
  }

  user(accountId: string): UserRecord | undefined {
    return this.store.users.user(accountId);
  }

  users(): UserRecord[] {
    return this.store.users.allUsers();
  }

  createGroup(name: string, groupId?: string): GroupRecord {
    return this.store.users.putGroup(name, groupId);
  }

  addUserToGroup(groupName: string, accountId: string): void {
    if (this.store.users.group(groupName) === undefined) this.store.users.putGroup(groupName);
    this.store.users.addMember(groupName, accountId);
  }

  removeUserFromGroup(groupName: string, accountId: string): void {
    this.store.users.removeMember(groupName, accountId);
  }

  /** Adds the user to jira-administrators (ADMINISTER, and ADMINISTER_PROJECTS everywhere). */
  makeSiteAdmin(accountId: string): void {
    this.store.users.addMember(administratorsGroup, accountId);
  }

  createProject(input: ProjectInput): ProjectRecord {
    if (!/^[A-Z][A-Z0-9_]{1,9}$/.test(input.key)) throw new Error(`admin.createProject: '${input.key}' is not a Jira project key (A-Z, then 1-9 of A-Z 0-9 _)`);
    if (this.store.projects.project(input.key) !== undefined) throw new Error(`admin.createProject: project ${input.key} exists`);
    return this.store.transaction(() => {
      const project = this.store.projects.createProject({
        key: input.key,
        name: input.name,
        description: input.description ?? '',
        leadAccountId: input.leadAccountId ?? null,
        projectTypeKey: input.projectTypeKey ?? 'software',
      });
      if (input.projectTemplateKey !== undefined) applyProjectTemplate(this.store.workflow, this.store.issueTypeSchemes, project, input.projectTemplateKey);
      return project;
    });
  }

  /** The issue type scheme the project uses (the default one unless it was created from a template). */
  issueTypeScheme(projectIdOrKey: string): IssueTypeSchemeRecord {
    const project = this.store.projects.project(projectIdOrKey);
    if (project === undefined) throw new Error(`no project ${projectIdOrKey}`);
    return this.store.issueTypeSchemes.schemeOfProject(project.id);
  }

  project(idOrKey: string): ProjectRecord | undefined {
    return this.store.projects.project(idOrKey);
  }

  projects(): ProjectRecord[] {
    return this.store.projects.allProjects();
  }

  /** Creates or redefines a project role (Administrators, Member and Viewer exist already). */
  defineRole(name: string, permissions: readonly ProjectPermissionKey[]): RoleRecord {
    return this.store.projects.putRole(name, permissions);
  }

  grantRole(projectIdOrKey: string, roleName: string, actor: RoleActor): void {
    const [projectId, roleId] = this.projectAndRole(projectIdOrKey, roleName);
    this.store.projects.grant(projectId, roleId, actor);
  }

  revokeRole(projectIdOrKey: string, roleName: string, actor: RoleActor): void {
    const [projectId, roleId] = this.projectAndRole(projectIdOrKey, roleName);
    this.store.projects.revoke(projectId, roleId, actor);
  }

  createIssueType(input: { readonly name: string; readonly description?: string; readonly hierarchyLevel?: number; readonly subtask?: boolean; readonly projectKey?: string }): IssueTypeRecord {
    const projectId = input.projectKey === undefined ? null : (this.store.projects.project(input.projectKey)?.id ?? null);
    const subtask = input.subtask ?? false;
    return this.store.transaction(() =>
      this.store.workflow.createIssueType({ name: input.name, description: input.description ?? '', hierarchyLevel: input.hierarchyLevel ?? (subtask ? -1 : 0), subtask, projectId, avatarId: 10318 }),
    );
  }

  issueTypes(): IssueTypeRecord[] {
    return this.store.workflow.allIssueTypes();
  }

  createStatus(input: { readonly name: string; readonly category: StatusCategoryKey; readonly description?: string }): StatusRecord {
    return this.store.transaction(() => this.store.workflow.createStatus({ name: input.name, category: input.category, description: input.description ?? '' }));
  }

  statuses(): StatusRecord[] {
    return this.store.workflow.allStatuses();
  }

  createLinkType(input: { readonly name: string; readonly inward: string; readonly outward: string }): LinkTypeRecord {
    return this.store.transaction(() => this.store.workflow.createLinkType(input));
  }

  /** The id (`customfield_10000`) the stand-in gave the manifest's `jira:customField` module. */
  customFieldId(moduleKey: string): string {
    const field = this.store.fields.byModule(this.appId, moduleKey);
    if (field === undefined) throw new Error(`no jira:customField module '${moduleKey}' in the manifest`);
    return field.id;
  }

  /** Creates issues in one transaction (no HTTP, no points); `emitEvents` delivers avi:jira:created:issue for each. */
  createIssues(inputs: readonly AdminIssueInput[], options: { readonly emitEvents?: boolean } = {}): { id: string; key: string }[] {
    const issues = importIssues(this.store, this.appId, inputs, this.now().toISOString());
    if (options.emitEvents === true) {
      const actor = { kind: 'app', appId: this.appId, accountId: this.appAccountId } as const;
      this.events.deliver(issues.map((issue) => this.events.build('avi:jira:created:issue', issue, actor)));
    }
    return issues.map((issue) => ({ id: issue.id, key: issue.key }));
  }

  issue(idOrKey: string): StoredIssue | undefined {
    return this.store.issues.get(idOrKey);
  }

  issueCount(): number {
    return this.store.issues.size;
  }

  private projectAndRole(projectIdOrKey: string, roleName: string): [string, string] {
    const project = this.store.projects.project(projectIdOrKey);
    const role = this.store.projects.role(roleName);
    if (project === undefined) throw new Error(`no project ${projectIdOrKey}`);
    if (role === undefined) throw new Error(`no role ${roleName}`);
    return [project.id, role.id];
  }
}
