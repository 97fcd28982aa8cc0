// Projects, project roles (each a named set of project permissions) and who holds which role in which project.
import type Database from 'better-sqlite3';

import type { ProjectPermissionKey, ProjectRecord, RoleActor, RoleRecord } from './directory-records';
import type { Db, IdCounters } from './open-database';

interface ProjectRow {
  id: number;
  key: string;
  name: string;
  description: string;
  lead_account_id: string | null;
  project_type_key: string;
  issue_counter: number;
}

export interface RoleAssignment {
  readonly projectId: string;
  readonly roleId: string;
  readonly actor: RoleActor;
}

export class ProjectDirectory {
  private readonly projects = new Map<string, ProjectRecord>();
  private readonly idByKey = new Map<string, string>();
  private readonly roles = new Map<string, RoleRecord>();
  private assignments: RoleAssignment[] = [];
  private version = 0;
  private readonly setIssueCounter: Database.Statement<[number, number]>;

  constructor(
    private readonly db: Db,
    private readonly counters: IdCounters,
  ) {
    this.setIssueCounter = db.prepare('UPDATE projects SET issue_counter = ? WHERE id = ?');
    for (const row of db.prepare('SELECT * FROM projects').all() as ProjectRow[]) this.remember(fromRow(row));
    for (const row of db.prepare('SELECT id, name, permissions FROM roles').all() as { id: number; name: string; permissions: string }[]) {
      this.roles.set(String(row.id), { id: String(row.id), name: row.name, permissions: JSON.parse(row.permissions) as ProjectPermissionKey[] });
    }
    const actorRows = db.prepare('SELECT project_id, role_id, actor_type, actor FROM project_role_actors').all() as {
      project_id: number;
      role_id: number;
      actor_type: string;
      actor: string;
    }[];
    this.assignments = actorRows.map((row) => ({
      projectId: String(row.project_id),
      roleId: String(row.role_id),
      actor: row.actor_type === 'group' ? { groupName: row.actor } : { accountId: row.actor },
    }));
  }

  get changeVersion(): number {
    return this.version;
  }

  project(idOrKey: string): ProjectRecord | undefined {
    const id = this.idByKey.get(idOrKey.toUpperCase()) ?? idOrKey;
    return this.projects.get(id);
  }

  allProjects(): ProjectRecord[] {
    return [...this.projects.values()].sort((a, b) => a.key.localeCompare(b.key));
  }

  createProject(input: Omit<ProjectRecord, 'id' | 'issueCounter'>): ProjectRecord {
    const id = String(this.counters.next('project', 10000));
    const project: ProjectRecord = { ...input, id, issueCounter: 0 };
    this.db
      .prepare('INSERT INTO projects (id, key, name, description, lead_account_id, project_type_key, issue_counter) VALUES (?, ?, ?, ?, ?, ?, 0)')
      .run(Number(id), project.key, project.name, project.description, project.leadAccountId, project.projectTypeKey);
    this.remember(project);
    return project;
  }

  /** Takes the next `count` issue numbers of a project (keys are never reused). Call inside a transaction. */
  takeIssueNumbers(projectId: string, count: number): number {
    const project = this.projects.get(projectId);
    if (project === undefined) throw new Error(`no project ${projectId}`);
    const first = project.issueCounter + 1;
    this.setIssueCounter.run(project.issueCounter + count, Number(projectId));
    this.projects.set(projectId, { ...project, issueCounter: project.issueCounter + count });
    return first;
  }

  role(idOrName: string): RoleRecord | undefined {
    return this.roles.get(idOrName) ?? [...this.roles.values()].find((role) => role.name === idOrName);
  }

  allRoles(): RoleRecord[] {
    return [...this.roles.values()];
  }

  putRole(name: string, permissions: readonly ProjectPermissionKey[]): RoleRecord {
    const existing = this.role(name);
    const id = existing?.id ?? String(this.counters.next('role', 10002));
    this.db
      .prepare('INSERT INTO roles (id, name, permissions) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET permissions = excluded.permissions')
      .run(Number(id), name, JSON.stringify(permissions));
    const role = { id, name, permissions: [...permissions] };
    this.roles.set(id, role);
    this.version += 1;
    return role;
  }

  roleAssignments(): readonly RoleAssignment[] {
    return this.assignments;
  }

  grant(projectId: string, roleId: string, actor: RoleActor): void {
    const [type, value] = 'groupName' in actor ? ['group', actor.groupName] : ['user', actor.accountId];
    this.db.prepare('INSERT OR IGNORE INTO project_role_actors (project_id, role_id, actor_type, actor) VALUES (?, ?, ?, ?)').run(Number(projectId), Number(roleId), type, value);
    this.assignments = [...this.assignments.filter((a) => !sameAssignment(a, { projectId, roleId, actor })), { projectId, roleId, actor }];
    this.version += 1;
  }

  revoke(projectId: string, roleId: string, actor: RoleActor): void {
    const [type, value] = 'groupName' in actor ? ['group', actor.groupName] : ['user', actor.accountId];
    this.db.prepare('DELETE FROM project_role_actors WHERE project_id = ? AND role_id = ? AND actor_type = ? AND actor = ?').run(Number(projectId), Number(roleId), type, value);
    this.assignments = this.assignments.filter((a) => !sameAssignment(a, { projectId, roleId, actor }));
    this.version += 1;
  }

  private remember(project: ProjectRecord): void {
    this.projects.set(project.id, project);
    this.idByKey.set(project.key.toUpperCase(), project.id);
    this.version += 1;
  }
}

function sameAssignment(a: RoleAssignment, b: RoleAssignment): boolean {
  if (a.projectId !== b.projectId || a.roleId !== b.roleId) return false;
  if ('groupName' in a.actor) return 'groupName' in b.actor && a.actor.groupName === b.actor.groupName;
  return 'accountId' in b.actor && a.actor.accountId === b.actor.accountId;
}

function fromRow(row: ProjectRow): ProjectRecord {
  const type = row.project_type_key === 'business' || row.project_type_key === 'service_desk' ? row.project_type_key : 'software';
  return {
    id: String(row.id),
    key: row.key,
    name: row.name,
    description: row.description,
    leadAccountId: row.lead_account_id,
    projectTypeKey: type,
    issueCounter: row.issue_counter,
  };
}
