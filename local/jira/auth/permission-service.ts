// Jira permissions as the stand-in models them: global permissions from groups (jira-administrators → ADMINISTER),
// project permissions from project roles held directly or through a group. The app (asApp) holds every permission.
import type { GlobalPermissionKey, ProjectPermissionKey } from '../store/directory-records';
import { administratorsGroup, allProjectPermissions, type JiraStore } from '../store/jira-store';
import type { Principal } from './principal';

export const allGlobalPermissions: readonly GlobalPermissionKey[] = ['ADMINISTER', 'SYSTEM_ADMIN', 'USER_PICKER', 'CREATE_SHARED_OBJECTS', 'BULK_CHANGE'];
const everyUserGlobal: readonly GlobalPermissionKey[] = ['USER_PICKER', 'CREATE_SHARED_OBJECTS', 'BULK_CHANGE'];

type Subject = { readonly kind: 'app' } | { readonly kind: 'user'; readonly accountId: string };

export class PermissionService {
  private cacheKey = '';
  private readonly projectCache = new Map<string, Map<string, ReadonlySet<ProjectPermissionKey>>>();

  constructor(private readonly store: JiraStore) {}

  globalPermissions(subject: Subject): ReadonlySet<GlobalPermissionKey> {
    if (subject.kind === 'app') return new Set(allGlobalPermissions);
    const granted = new Set<GlobalPermissionKey>(everyUserGlobal);
    if (this.store.users.isMember(administratorsGroup, subject.accountId)) {
      granted.add('ADMINISTER');
      granted.add('SYSTEM_ADMIN');
    }
    return granted;
  }

  hasGlobal(subject: Subject, permission: GlobalPermissionKey): boolean {
    return this.globalPermissions(subject).has(permission);
  }

  projectPermissions(subject: Subject, projectId: string): ReadonlySet<ProjectPermissionKey> {
    if (subject.kind === 'app') return new Set(allProjectPermissions);
    return this.permissionsByProject(subject.accountId).get(projectId) ?? new Set();
  }

  can(subject: Subject, projectId: string, permission: ProjectPermissionKey): boolean {
    return this.projectPermissions(subject, projectId).has(permission);
  }

  /** Project ids whose issues the subject may see; 'all' for the app. */
  browsableProjectIds(subject: Subject): ReadonlySet<string> | 'all' {
    if (subject.kind === 'app') return 'all';
    const ids = new Set<string>();
    for (const [projectId, permissions] of this.permissionsByProject(subject.accountId)) {
      if (permissions.has('BROWSE_PROJECTS')) ids.add(projectId);
    }
    return ids;
  }

  /** Whether the subject sees the project at all (browse, or administer it). */
  canSeeProject(subject: Subject, projectId: string): boolean {
    const permissions = this.projectPermissions(subject, projectId);
    return permissions.has('BROWSE_PROJECTS') || permissions.has('ADMINISTER_PROJECTS');
  }

  private permissionsByProject(accountId: string): ReadonlyMap<string, ReadonlySet<ProjectPermissionKey>> {
    const key = `${this.store.users.changeVersion}:${this.store.projects.changeVersion}`;
    if (key !== this.cacheKey) {
      this.projectCache.clear();
      this.cacheKey = key;
    }
    const cached = this.projectCache.get(accountId);
    if (cached !== undefined) return cached;
    const computed = new Map<string, Set<ProjectPermissionKey>>();
    const grant = (projectId: string, permissions: readonly ProjectPermissionKey[]): void => {
      const set = computed.get(projectId) ?? new Set();
      for (const permission of permissions) set.add(permission);
      computed.set(projectId, set);
    };
    for (const assignment of this.store.projects.roleAssignments()) {
      const holds = 'accountId' in assignment.actor ? assignment.actor.accountId === accountId : this.store.users.isMember(assignment.actor.groupName, accountId);
      if (!holds) continue;
      grant(assignment.projectId, this.store.projects.role(assignment.roleId)?.permissions ?? []);
    }
    if (this.store.users.isMember(administratorsGroup, accountId)) {
      for (const project of this.store.projects.allProjects()) grant(project.id, ['ADMINISTER_PROJECTS']);
    }
    this.projectCache.set(accountId, computed);
    return computed;
  }
}

export function subjectOf(principal: Principal): Subject {
  return principal.kind === 'app' ? { kind: 'app' } : { kind: 'user', accountId: principal.accountId };
}
