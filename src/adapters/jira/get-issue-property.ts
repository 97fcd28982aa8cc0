// GET /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}: undefined on 404 (no such property, or no such
// issue visible to the caller). The value is parsed with the caller's schema.
import { route } from '@forge/api';
import { z } from 'zod';

import { CLAUSE9_PROPERTY_KEY, clause9PropertySchema, type Clause9Property } from './issue-property';
import type { JiraRequester } from './jira-requester';
import { JSON_HEADERS, readJiraJson } from './read-jira-json';

export async function getIssueProperty<T>(jira: JiraRequester, issueIdOrKey: string, propertyKey: string, schema: z.ZodType<T>): Promise<T | undefined> {
  const response = await jira(route`/rest/api/3/issue/${issueIdOrKey}/properties/${propertyKey}`, { headers: JSON_HEADERS });
  if (response.status === 404) return undefined;
  const body = await readJiraJson(response, 'GET /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', z.object({ value: z.unknown() }));
  return schema.parse(body.value);
}

export function getClause9Property<T extends Clause9Property = Clause9Property>(
  jira: JiraRequester,
  issueIdOrKey: string,
  schema?: z.ZodType<T>,
): Promise<T | undefined> {
  return getIssueProperty(jira, issueIdOrKey, CLAUSE9_PROPERTY_KEY, schema ?? (clause9PropertySchema as z.ZodType<T>));
}
