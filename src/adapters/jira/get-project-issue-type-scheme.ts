// GET /rest/api/3/issuetypescheme/project?projectId= (Administer Jira): the issue type scheme a company-managed
// project uses. Undefined when Jira lists none for it: a team-managed project has no scheme (its types are its own).
import { route } from '@forge/api';
import { z } from 'zod';

import type { JiraRequester } from './jira-requester';
import { JSON_HEADERS, readJiraJson } from './read-jira-json';

const schemesForProjectsSchema = z.object({
  values: z.array(
    z.object({
      issueTypeScheme: z.object({ id: z.string(), name: z.string(), isDefault: z.boolean().optional() }),
      projectIds: z.array(z.string()),
    }),
  ),
});

export interface ProjectIssueTypeScheme {
  readonly id: string;
  readonly name: string;
  /** The Default Issue Type Scheme holds every issue type of the site, the app's included. */
  readonly isDefault: boolean;
}

export async function getProjectIssueTypeScheme(jira: JiraRequester, projectId: string): Promise<ProjectIssueTypeScheme | undefined> {
  const response = await jira(route`/rest/api/3/issuetypescheme/project?projectId=${projectId}`, { headers: JSON_HEADERS });
  const page = await readJiraJson(response, 'GET /rest/api/3/issuetypescheme/project', schemesForProjectsSchema);
  const entry = page.values.find((value) => value.projectIds.includes(projectId));
  if (entry === undefined) return undefined;
  return { id: entry.issueTypeScheme.id, name: entry.issueTypeScheme.name, isDefault: entry.issueTypeScheme.isDefault ?? false };
}
