// PUT /rest/api/3/issue/{issueIdOrKey}: set fields (not the app's readOnly ones), apply `update` operations, set
// entity properties. Jira answers 204.
import { route } from '@forge/api';

import type { JiraRequester } from './jira-requester';
import { jsonRequest } from './json-request';
import { expectJiraSuccess } from './read-jira-json';

export interface IssueEdit {
  readonly fields?: Readonly<Record<string, unknown>>;
  /** e.g. { labels: [{ add: 'iso27001' }] }. */
  readonly update?: Readonly<Record<string, readonly Readonly<Record<string, unknown>>[]>>;
  readonly properties?: readonly { readonly key: string; readonly value: unknown }[];
}

export async function editIssue(jira: JiraRequester, issueIdOrKey: string, edit: IssueEdit): Promise<void> {
  const body = Object.fromEntries(Object.entries(edit).filter(([, value]) => value !== undefined));
  const response = await jira(route`/rest/api/3/issue/${issueIdOrKey}`, jsonRequest('PUT', body));
  await expectJiraSuccess(response, 'PUT /rest/api/3/issue/{issueIdOrKey}');
}
