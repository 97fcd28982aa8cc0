// The few Jira reads the host pages make, each as the signed-in user, with loose schemas for what they show.
import { z } from 'zod';

import { jiraJson } from './jira-client';
import type { JiraCaller, JsonResult } from './jira-client';

const named = z.object({ name: z.string() }).loose();
const person = z.object({ accountId: z.string().optional(), displayName: z.string() }).loose();

export const issueFieldsSchema = z
  .object({
    summary: z.string().optional(),
    issuetype: named.extend({ id: z.string().optional() }).optional(),
    status: named.extend({ statusCategory: z.object({ key: z.string(), name: z.string() }).loose().optional() }).optional(),
    priority: named.nullable().optional(),
    assignee: person.nullable().optional(),
    reporter: person.nullable().optional(),
    duedate: z.string().nullable().optional(),
    labels: z.array(z.string()).optional(),
    created: z.string().optional(),
    updated: z.string().optional(),
    project: z.object({ key: z.string(), name: z.string().optional() }).loose().optional(),
    description: z.unknown().optional(),
  })
  .loose();

const issueSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: issueFieldsSchema,
  names: z.record(z.string(), z.string()).optional(),
});
export type JiraIssue = z.infer<typeof issueSchema>;

const searchSchema = z.object({
  issues: z.array(issueSchema.omit({ names: true })),
  nextPageToken: z.string().nullable().optional(),
  isLast: z.boolean().optional(),
});
export type SearchPage = z.infer<typeof searchSchema>;

const projectSearchSchema = z.object({ values: z.array(z.object({ id: z.string(), key: z.string(), name: z.string() }).loose()) });
const countSchema = z.object({ count: z.number() });

export const SEARCH_FIELDS = ['summary', 'issuetype', 'status', 'assignee', 'duedate', 'priority'] as const;

export interface JiraReads {
  issue(key: string): Promise<JsonResult<JiraIssue>>;
  search(jql: string, nextPageToken?: string): Promise<JsonResult<SearchPage>>;
  projects(): Promise<JsonResult<z.infer<typeof projectSearchSchema>['values']>>;
  count(jql: string): Promise<number | null>;
}

export function jiraReads(jira: JiraCaller, accountId: string): JiraReads {
  const principal = `user:${accountId}` as const;
  return {
    issue: (key) => jiraJson(jira, principal, { path: `/rest/api/3/issue/${encodeURIComponent(key)}?expand=names` }, issueSchema),
    search: (jql, nextPageToken) =>
      jiraJson(
        jira,
        principal,
        {
          method: 'POST',
          path: '/rest/api/3/search/jql',
          body: JSON.stringify({ jql, fields: SEARCH_FIELDS, maxResults: 50, ...(nextPageToken === undefined ? {} : { nextPageToken }) }),
        },
        searchSchema,
      ),
    async projects() {
      const page = await jiraJson(jira, principal, { path: '/rest/api/3/project/search?maxResults=50&orderBy=key' }, projectSearchSchema);
      return page.ok ? { ok: true, value: page.value.values } : page;
    },
    async count(jql) {
      const body = JSON.stringify({ jql });
      const answer = await jiraJson(jira, principal, { method: 'POST', path: '/rest/api/3/search/approximate-count', body }, countSchema);
      return answer.ok ? answer.value.count : null;
    },
  };
}
