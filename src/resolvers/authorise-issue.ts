// Permission checks on one issue, run AS THE CALLING USER before the app reads or writes it as itself: Browse
// Projects to look at a finding, Edit Issues to move it through its lifecycle. An issue the user cannot see is
// FORBIDDEN too (we do not reveal whether it exists).
import { AppError } from '../app/app-error';
import { getMyIssuePermissions } from '../adapters/jira/get-my-issue-permissions';
import { jiraAsUser, type JiraRequester } from '../adapters/jira/jira-requester';

const NEEDS = {
  BROWSE_PROJECTS: 'Viewing this needs the Browse Projects permission',
  EDIT_ISSUES: 'Changing this needs the Edit Issues permission',
} as const;

export async function requireIssuePermission(issueKey: string, permission: keyof typeof NEEDS, options: { readonly jira?: JiraRequester } = {}): Promise<void> {
  const granted = await getMyIssuePermissions(options.jira ?? jiraAsUser(), issueKey, [permission]);
  if (!granted.has(permission)) throw new AppError('FORBIDDEN', `${NEEDS[permission]} in the project of ${issueKey}.`);
}
