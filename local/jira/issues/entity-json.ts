// JSON of the entities nested in Jira responses (users, projects, issue types, statuses, priorities...), shaped
// to the OpenAPI schemas (UserDetails, User, IssueTypeDetails, StatusDetails, Priority, Resolution, GroupName).
import type { GroupRecord, IssueTypeRecord, LinkTypeRecord, ProjectRecord, StatusRecord, UserRecord } from '../store/directory-records';
import { priorities, resolutions, statusCategories, type PriorityInfo } from '../store/workflow-catalog';

/** Jira's instant format in issue fields and changelogs: `2024-01-02T03:04:05.000+0000`. */
export function jiraDateTime(iso: string): string {
  return new Date(iso).toISOString().replace('Z', '+0000');
}

export class EntityJson {
  constructor(readonly baseUrl: string) {}

  avatarUrls(kind: 'user' | 'project', ownerId: string): Record<string, string> {
    const path = kind === 'user' ? `secure/useravatar?ownerId=${encodeURIComponent(ownerId)}&size=` : `secure/projectavatar?pid=${ownerId}&size=`;
    return {
      '48x48': `${this.baseUrl}/${path}large`,
      '24x24': `${this.baseUrl}/${path}small`,
      '16x16': `${this.baseUrl}/${path}xsmall`,
      '32x32': `${this.baseUrl}/${path}medium`,
    };
  }

  /** UserDetails (issue fields, changelog authors, group members). */
  userDetails(user: UserRecord): Record<string, unknown> {
    return {
      self: `${this.baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(user.accountId)}`,
      accountId: user.accountId,
      ...(user.emailAddress === null ? {} : { emailAddress: user.emailAddress }),
      avatarUrls: this.avatarUrls('user', user.accountId),
      displayName: user.displayName,
      active: user.active,
      timeZone: user.timeZone,
      accountType: user.accountType,
    };
  }

  /** User (/myself, /user, /user/search). */
  user(user: UserRecord): Record<string, unknown> {
    return { ...this.userDetails(user), locale: user.locale };
  }

  userByIdOrNull(accountId: string | null, lookup: (id: string) => UserRecord | undefined): Record<string, unknown> | null {
    if (accountId === null) return null;
    const user = lookup(accountId);
    return user === undefined ? { accountId, accountType: 'unknown', active: false, displayName: 'Former user' } : this.userDetails(user);
  }

  group(group: GroupRecord): Record<string, unknown> {
    return { name: group.name, groupId: group.groupId, self: `${this.baseUrl}/rest/api/3/group?groupId=${group.groupId}` };
  }

  /** The project as nested in an issue's `fields.project`. */
  projectSummary(project: ProjectRecord): Record<string, unknown> {
    return {
      self: `${this.baseUrl}/rest/api/3/project/${project.id}`,
      id: project.id,
      key: project.key,
      name: project.name,
      projectTypeKey: project.projectTypeKey,
      simplified: false,
      avatarUrls: this.avatarUrls('project', project.id),
    };
  }

  issueType(type: IssueTypeRecord): Record<string, unknown> {
    return {
      self: `${this.baseUrl}/rest/api/3/issuetype/${type.id}`,
      id: type.id,
      description: type.description,
      iconUrl: `${this.baseUrl}/rest/api/2/universal_avatar/view/type/issuetype/avatar/${type.avatarId}?size=medium`,
      name: type.name,
      subtask: type.subtask,
      avatarId: type.avatarId,
      hierarchyLevel: type.hierarchyLevel,
      ...(type.projectId === null ? {} : { scope: { type: 'PROJECT', project: { id: type.projectId } } }),
    };
  }

  statusCategory(key: StatusRecord['category']): Record<string, unknown> {
    const category = statusCategories[key];
    return { self: `${this.baseUrl}/rest/api/3/statuscategory/${category.id}`, id: category.id, key: category.key, colorName: category.colorName, name: category.name };
  }

  status(status: StatusRecord): Record<string, unknown> {
    return {
      self: `${this.baseUrl}/rest/api/3/status/${status.id}`,
      description: status.description,
      iconUrl: `${this.baseUrl}/images/icons/statuses/generic.png`,
      name: status.name,
      id: status.id,
      statusCategory: this.statusCategory(status.category),
    };
  }

  priority(priorityId: string): Record<string, unknown> {
    const priority: PriorityInfo = priorities.find((candidate) => candidate.id === priorityId) ?? { id: priorityId, name: 'Unknown', statusColor: '#999999' };
    return {
      self: `${this.baseUrl}/rest/api/3/priority/${priority.id}`,
      iconUrl: `${this.baseUrl}/images/icons/priorities/${priority.name.toLowerCase()}.svg`,
      name: priority.name,
      id: priority.id,
    };
  }

  resolution(name: string | null): Record<string, unknown> | null {
    if (name === null) return null;
    const resolution = resolutions.find((candidate) => candidate.name === name) ?? { id: '10000', name, description: '' };
    return { self: `${this.baseUrl}/rest/api/3/resolution/${resolution.id}`, id: resolution.id, description: resolution.description, name: resolution.name };
  }

  linkType(type: LinkTypeRecord): Record<string, unknown> {
    return { id: type.id, name: type.name, inward: type.inward, outward: type.outward, self: `${this.baseUrl}/rest/api/3/issueLinkType/${type.id}` };
  }
}
