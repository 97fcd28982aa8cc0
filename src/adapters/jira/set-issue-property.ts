// PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}: the body is the value itself (≤ 32 KB).
import { route } from '@forge/api';

import { CLAUSE9_PROPERTY_KEY, MAX_PROPERTY_BYTES, type Clause9Property } from './issue-property';
import type { JiraRequester } from './jira-requester';
import { jsonRequest } from './json-request';
import { expectJiraSuccess } from './read-jira-json';

export async function setIssueProperty(jira: JiraRequester, issueIdOrKey: string, propertyKey: string, value: unknown): Promise<void> {
  const size = Buffer.byteLength(JSON.stringify(value), 'utf8');
  if (size > MAX_PROPERTY_BYTES) throw new RangeError(`The ${propertyKey} property of ${issueIdOrKey} would be ${size} bytes; Jira allows ${MAX_PROPERTY_BYTES}.`);
  const response = await jira(route`/rest/api/3/issue/${issueIdOrKey}/properties/${propertyKey}`, jsonRequest('PUT', value));
  await expectJiraSuccess(response, 'PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}');
}

export function setClause9Property(jira: JiraRequester, issueIdOrKey: string, value: Clause9Property): Promise<void> {
  return setIssueProperty(jira, issueIdOrKey, CLAUSE9_PROPERTY_KEY, value);
}
