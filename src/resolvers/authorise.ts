// Authorisation checks run as the calling user, before the app reads or writes anything as itself.
import { AppError } from '../app/app-error';
import { getMyPermissions } from '../adapters/jira/get-my-permissions';
import { jiraAsUser } from '../adapters/jira/jira-requester';

export async function requireJiraAdmin(): Promise<void> {
  const granted = await getMyPermissions(jiraAsUser(), ['ADMINISTER']);
  if (!granted.has('ADMINISTER')) {
    throw new AppError('FORBIDDEN', 'Only Jira administrators can manage Clause9 settings.');
  }
}
