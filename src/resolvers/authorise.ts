// The role checks every surface uses, run AS THE CALLING USER (asUser) before the app reads or writes anything as
// itself. Each throws AppError('FORBIDDEN') naming what is needed. Jira answers 404 for a project the user cannot
// see, which is also FORBIDDEN here (we do not reveal whether it exists).
import { AppError } from '../app/app-error';
import { JiraRequestError } from '../adapters/jira/jira-error';
import { getMyPermissions, type PermissionKey } from '../adapters/jira/get-my-permissions';
import { getMyself } from '../adapters/jira/get-myself';
import { isInGroup } from '../adapters/jira/get-user-groups';
import { jiraAsUser, type JiraRequester } from '../adapters/jira/jira-requester';
import { readAccessSettings } from '../adapters/storage/app-settings';
import type { AccessSettings } from '../contracts/admin-settings';

const PERMISSION_NAMES: Readonly<Record<PermissionKey, string>> = {
  ADMINISTER: 'Administer Jira',
  BROWSE_PROJECTS: 'Browse Projects',
  CREATE_ISSUES: 'Create Issues',
  EDIT_ISSUES: 'Edit Issues',
  TRANSITION_ISSUES: 'Transition Issues',
  ADMINISTER_PROJECTS: 'Administer Projects',
};

/** Tests may pass a requester; resolvers use the default, the calling user (asUser). */
export interface AuthoriseOptions {
  readonly jira?: JiraRequester;
}

async function holdsInProject(jira: JiraRequester, permission: PermissionKey, projectKey: string): Promise<boolean> {
  try {
    return (await getMyPermissions(jira, [permission], projectKey)).has(permission);
  } catch (error) {
    if (error instanceof JiraRequestError && error.status === 404) return false;
    throw error;
  }
}

async function requireInProject(jira: JiraRequester, permission: PermissionKey, projectKey: string, doing: string): Promise<void> {
  if (!(await holdsInProject(jira, permission, projectKey))) {
    throw new AppError('FORBIDDEN', `${doing} needs the ${PERMISSION_NAMES[permission]} permission in project ${projectKey}.`);
  }
}

/** Jira administrators (global Administer Jira): the admin page, setup, settings. */
export async function requireJiraAdmin(options: AuthoriseOptions = {}): Promise<void> {
  const granted = await getMyPermissions(options.jira ?? jiraAsUser(), ['ADMINISTER']);
  if (!granted.has('ADMINISTER')) {
    throw new AppError('FORBIDDEN', 'Only Jira administrators can manage Clause9 settings.');
  }
}

/** Anyone who can see the project's issues: read-only views, gadgets. */
export function requireBrowseProject(projectKey: string, options: AuthoriseOptions = {}): Promise<void> {
  return requireInProject(options.jira ?? jiraAsUser(), 'BROWSE_PROJECTS', projectKey, 'Viewing this');
}

/** Project members (Create Issues): raising findings, recording check results, working corrective actions. */
export function requireProjectMember(projectKey: string, options: AuthoriseOptions = {}): Promise<void> {
  return requireInProject(options.jira ?? jiraAsUser(), 'CREATE_ISSUES', projectKey, 'This action');
}

/**
 * ISMS managers: the matrix, KPIs, audit programme and management reviews. Members of the configured ISMS group;
 * when none is configured, the project's administrators (Administer Projects).
 */
export async function requireIsmsManager(projectKey: string, options: AuthoriseOptions & { readonly readAccess?: () => Promise<AccessSettings> } = {}): Promise<void> {
  const jira = options.jira ?? jiraAsUser();
  const { ismsGroup } = await (options.readAccess ?? readAccessSettings)();
  if (ismsGroup === null) {
    await requireInProject(jira, 'ADMINISTER_PROJECTS', projectKey, 'Managing the ISMS (no ISMS group is configured, so project administrators do it)');
    return;
  }
  const me = await getMyself(jira);
  if (!isInGroup(me.groups, ismsGroup)) {
    throw new AppError('FORBIDDEN', `Managing the ISMS needs membership of the Jira group "${ismsGroup}".`);
  }
}
