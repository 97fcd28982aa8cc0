// POST /rest/api/3/issuetype: a global standard issue type (Administer Jira; 409 when the name is taken).
import { route } from '@forge/api';

import type { JiraRequester } from './jira-requester';
import { jsonRequest } from './json-request';
import { issueTypeSchema, toIssueTypeSummary, type IssueTypeSummary } from './list-issue-types';
import { readJiraJson } from './read-jira-json';

export interface NewIssueType {
  /** At most 60 characters. */
  readonly name: string;
  readonly description: string;
}

export async function createIssueType(jira: JiraRequester, input: NewIssueType): Promise<IssueTypeSummary> {
  const body = { name: input.name, description: input.description, type: 'standard' };
  const response = await jira(route`/rest/api/3/issuetype`, jsonRequest('POST', body));
  return toIssueTypeSummary(await readJiraJson(response, 'POST /rest/api/3/issuetype', issueTypeSchema));
}
