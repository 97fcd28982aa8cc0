// POST /rest/api/3/issue: one issue. readOnly Forge fields cannot be set here; write them afterwards with
// set-app-field-values.ts. Entity properties (the `clause9` property, D7) can be set in the same call.
import { route } from '@forge/api';
import { z } from 'zod';

import type { JiraRequester } from './jira-requester';
import { jsonRequest } from './json-request';
import { readJiraJson } from './read-jira-json';

export interface NewIssue {
  /** Jira field id → JSON, e.g. { project: { id }, issuetype: { id }, summary, assignee: { accountId }, duedate }. */
  readonly fields: Readonly<Record<string, unknown>>;
  readonly properties?: readonly { readonly key: string; readonly value: unknown }[];
}

export const createdIssueSchema = z.object({ id: z.string(), key: z.string() });
export type CreatedIssue = z.infer<typeof createdIssueSchema>;

export function issueCreateBody(issue: NewIssue): Record<string, unknown> {
  return issue.properties === undefined ? { fields: issue.fields } : { fields: issue.fields, properties: issue.properties };
}

export async function createIssue(jira: JiraRequester, issue: NewIssue): Promise<CreatedIssue> {
  const response = await jira(route`/rest/api/3/issue`, jsonRequest('POST', issueCreateBody(issue)));
  return readJiraJson(response, 'POST /rest/api/3/issue', createdIssueSchema);
}
