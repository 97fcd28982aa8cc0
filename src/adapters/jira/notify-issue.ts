// POST /rest/api/3/issue/{issueIdOrKey}/notify: an email about an issue (escalations: owner → ISMS manager →
// steering committee). Jira queues it; 204. Recipients without Browse Projects on the issue get nothing.
import { route } from '@forge/api';

import type { JiraRequester } from './jira-requester';
import { jsonRequest } from './json-request';
import { expectJiraSuccess } from './read-jira-json';

export interface IssueNotification {
  readonly subject: string;
  readonly textBody: string;
  readonly htmlBody?: string;
  readonly to: {
    readonly accountIds?: readonly string[];
    /** Group names. */
    readonly groups?: readonly string[];
    readonly assignee?: boolean;
    readonly reporter?: boolean;
    readonly watchers?: boolean;
  };
}

export async function notifyIssue(jira: JiraRequester, issueIdOrKey: string, notification: IssueNotification): Promise<void> {
  const { to } = notification;
  const body = {
    subject: notification.subject,
    textBody: notification.textBody,
    ...(notification.htmlBody === undefined ? {} : { htmlBody: notification.htmlBody }),
    to: {
      users: (to.accountIds ?? []).map((accountId) => ({ accountId })),
      groups: (to.groups ?? []).map((name) => ({ name })),
      assignee: to.assignee ?? false,
      reporter: to.reporter ?? false,
      watchers: to.watchers ?? false,
    },
  };
  const response = await jira(route`/rest/api/3/issue/${issueIdOrKey}/notify`, jsonRequest('POST', body));
  await expectJiraSuccess(response, 'POST /rest/api/3/issue/{issueIdOrKey}/notify');
}
