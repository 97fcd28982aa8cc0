// GET /rest/api/3/issuetype: every issue type the caller can see (global ones, and team-managed projects' own).
import { route } from '@forge/api';
import { z } from 'zod';

import type { JiraRequester } from './jira-requester';
import { JSON_HEADERS, readJiraJson } from './read-jira-json';

export const issueTypeSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  subtask: z.boolean().optional(),
  hierarchyLevel: z.number().int().optional(),
  scope: z.object({ type: z.string(), project: z.object({ id: z.string() }).optional() }).optional(),
});

export interface IssueTypeSummary {
  readonly id: string;
  readonly name: string;
  readonly subtask: boolean;
  readonly hierarchyLevel: number;
  /** Set for a team-managed project's own type; null for a global (company-managed) type. */
  readonly projectId: string | null;
}

export function toIssueTypeSummary(raw: z.infer<typeof issueTypeSchema>): IssueTypeSummary {
  return {
    id: raw.id,
    name: raw.name,
    subtask: raw.subtask ?? false,
    hierarchyLevel: raw.hierarchyLevel ?? 0,
    projectId: raw.scope?.project?.id ?? null,
  };
}

export async function listIssueTypes(jira: JiraRequester): Promise<IssueTypeSummary[]> {
  const response = await jira(route`/rest/api/3/issuetype`, { headers: JSON_HEADERS });
  const types = await readJiraJson(response, 'GET /rest/api/3/issuetype', z.array(issueTypeSchema));
  return types.map(toIssueTypeSummary);
}
