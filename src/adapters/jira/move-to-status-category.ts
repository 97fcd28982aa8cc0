// Moves an app issue's Jira status to follow the app's record (an audit started → In Progress, a review published →
// Done), so boards and `statusCategory` JQL agree with the app. Reads the status first: an issue already in the
// category is left alone, so a retry never hops between two statuses of the same category (Done → Won't do).
import { getIssue, statusOf } from './get-issue';
import type { JiraRequester } from './jira-requester';
import { transitionIssue, type StatusCategoryKey } from './transition-issue';

/** Whether the issue ends in the category; false when the workflow offers no transition into it. */
export async function moveToStatusCategory(jira: JiraRequester, issueIdOrKey: string, category: StatusCategoryKey): Promise<boolean> {
  const issue = await getIssue(jira, issueIdOrKey, { fields: ['status'] });
  if (issue === undefined) return false;
  if (statusOf(issue)?.categoryKey === category) return true;
  return (await transitionIssue(jira, issueIdOrKey, { statusCategory: category })) !== undefined;
}
