// GET /rest/api/3/project/{projectIdOrKey}: undefined when it does not exist or the caller cannot see it (404).
import { route } from '@forge/api';
import { z } from 'zod';

import type { JiraRequester } from './jira-requester';
import { JSON_HEADERS, readJiraJson } from './read-jira-json';

const projectSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  projectTypeKey: z.string().optional(),
  /** 'classic' = company-managed, 'next-gen' = team-managed. */
  style: z.string().optional(),
  lead: z.object({ accountId: z.string() }).optional(),
  issueTypes: z.array(z.object({ id: z.string(), name: z.string() })).optional(),
});
export type ProjectSummary = z.infer<typeof projectSchema>;

export async function getProject(jira: JiraRequester, projectIdOrKey: string): Promise<ProjectSummary | undefined> {
  const response = await jira(route`/rest/api/3/project/${projectIdOrKey}`, { headers: JSON_HEADERS });
  if (response.status === 404) return undefined;
  return readJiraJson(response, 'GET /rest/api/3/project/{projectIdOrKey}', projectSchema);
}
