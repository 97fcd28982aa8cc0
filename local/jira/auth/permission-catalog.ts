// Jira's permission keys as /mypermissions describes them (id, name, type, description).
import type { GlobalPermissionKey, ProjectPermissionKey } from '../store/directory-records';

export interface PermissionInfo {
  readonly id: string;
  readonly key: GlobalPermissionKey | ProjectPermissionKey;
  readonly name: string;
  readonly type: 'GLOBAL' | 'PROJECT';
  readonly description: string;
}

export const permissionCatalog: readonly PermissionInfo[] = [
  { id: '0', key: 'ADMINISTER', name: 'Administer Jira', type: 'GLOBAL', description: 'Create and administer projects, issue types, fields, workflows, and schemes for all projects.' },
  { id: '44', key: 'SYSTEM_ADMIN', name: 'Jira System Administrators', type: 'GLOBAL', description: 'Ability to perform most administration functions (excluding Import & Export, SMTP Configuration, etc.).' },
  { id: '27', key: 'USER_PICKER', name: 'Browse users and groups', type: 'GLOBAL', description: 'View and select users or groups from the user picker, and share issues.' },
  { id: '22', key: 'CREATE_SHARED_OBJECTS', name: 'Share dashboards and filters', type: 'GLOBAL', description: 'Share dashboards and filters with other users.' },
  { id: '33', key: 'BULK_CHANGE', name: 'Make bulk changes', type: 'GLOBAL', description: 'Modify collections of issues at once.' },
  { id: '23', key: 'ADMINISTER_PROJECTS', name: 'Administer Projects', type: 'PROJECT', description: 'Ability to administer a project in Jira.' },
  { id: '10', key: 'BROWSE_PROJECTS', name: 'Browse Projects', type: 'PROJECT', description: 'Ability to browse projects and the issues within them.' },
  { id: '11', key: 'CREATE_ISSUES', name: 'Create Issues', type: 'PROJECT', description: 'Ability to create issues.' },
  { id: '12', key: 'EDIT_ISSUES', name: 'Edit Issues', type: 'PROJECT', description: 'Ability to edit issues.' },
  { id: '46', key: 'TRANSITION_ISSUES', name: 'Transition Issues', type: 'PROJECT', description: 'Ability to transition issues.' },
  { id: '16', key: 'DELETE_ISSUES', name: 'Delete Issues', type: 'PROJECT', description: 'Ability to delete issues.' },
  { id: '13', key: 'ASSIGN_ISSUES', name: 'Assign Issues', type: 'PROJECT', description: 'Ability to assign issues to other people.' },
  { id: '17', key: 'ASSIGNABLE_USER', name: 'Assignable User', type: 'PROJECT', description: 'Users with this permission may be assigned to issues.' },
  { id: '14', key: 'RESOLVE_ISSUES', name: 'Resolve Issues', type: 'PROJECT', description: 'Ability to resolve and reopen issues.' },
  { id: '18', key: 'CLOSE_ISSUES', name: 'Close Issues', type: 'PROJECT', description: 'Ability to close issues.' },
  { id: '21', key: 'LINK_ISSUES', name: 'Link Issues', type: 'PROJECT', description: 'Ability to link issues together.' },
  { id: '15', key: 'ADD_COMMENTS', name: 'Add Comments', type: 'PROJECT', description: 'Ability to comment on issues.' },
  { id: '28', key: 'SCHEDULE_ISSUES', name: 'Schedule Issues', type: 'PROJECT', description: 'Ability to set or edit an issue\u2019s due date.' },
  { id: '25', key: 'MOVE_ISSUES', name: 'Move Issues', type: 'PROJECT', description: 'Ability to move issues between projects or between workflows.' },
];

export function permissionInfo(key: string): PermissionInfo | undefined {
  return permissionCatalog.find((permission) => permission.key === key);
}

export function isProjectPermission(info: PermissionInfo): info is PermissionInfo & { readonly key: ProjectPermissionKey } {
  return info.type === 'PROJECT';
}
