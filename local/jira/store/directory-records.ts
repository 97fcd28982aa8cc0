// The records the stand-in keeps about the site: users, groups, projects, roles, issue types, statuses, link types.
import type { StatusCategoryKey } from '../jql/types';

export interface UserRecord {
  readonly accountId: string;
  readonly displayName: string;
  readonly emailAddress: string | null;
  readonly active: boolean;
  readonly timeZone: string;
  readonly locale: string;
  readonly accountType: 'atlassian' | 'app';
}

export interface GroupRecord {
  readonly name: string;
  readonly groupId: string;
}

export interface ProjectRecord {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly description: string;
  readonly leadAccountId: string | null;
  readonly projectTypeKey: 'software' | 'service_desk' | 'business';
  readonly issueCounter: number;
}

export type ProjectPermissionKey =
  | 'BROWSE_PROJECTS'
  | 'CREATE_ISSUES'
  | 'EDIT_ISSUES'
  | 'TRANSITION_ISSUES'
  | 'DELETE_ISSUES'
  | 'ASSIGN_ISSUES'
  | 'ASSIGNABLE_USER'
  | 'RESOLVE_ISSUES'
  | 'CLOSE_ISSUES'
  | 'LINK_ISSUES'
  | 'ADD_COMMENTS'
  | 'SCHEDULE_ISSUES'
  | 'MOVE_ISSUES'
  | 'ADMINISTER_PROJECTS';

export type GlobalPermissionKey = 'ADMINISTER' | 'SYSTEM_ADMIN' | 'USER_PICKER' | 'CREATE_SHARED_OBJECTS' | 'BULK_CHANGE';

export interface RoleRecord {
  readonly id: string;
  readonly name: string;
  readonly permissions: readonly ProjectPermissionKey[];
}

export type RoleActor = { readonly accountId: string } | { readonly groupName: string };

export interface IssueTypeRecord {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly hierarchyLevel: number;
  readonly subtask: boolean;
  /** Set for a project-scoped (team-managed) type; null for a global type available in every project. */
  readonly projectId: string | null;
  readonly avatarId: number;
}

export interface StatusRecord {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly category: StatusCategoryKey;
  /** The id of the global transition that leads to this status (any → this). */
  readonly transitionId: string;
}

export interface LinkTypeRecord {
  readonly id: string;
  readonly name: string;
  readonly inward: string;
  readonly outward: string;
}

/** An issue type scheme of company-managed projects. The default one holds every global issue type (not stored). */
export interface IssueTypeSchemeRecord {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly defaultIssueTypeId: string | null;
  readonly isDefault: boolean;
  /** In scheme order; for the default scheme, every global issue type. */
  readonly issueTypeIds: readonly string[];
}
