// POST /rest/api/3/project (Administer Jira): a company-managed project from a template of its project type, so
// the site's global issue types (the app's among them) can be used in it.
import { route } from '@forge/api';
import { z } from 'zod';

import type { JiraRequester } from './jira-requester';
import { jsonRequest } from './json-request';
import { readJiraJson } from './read-jira-json';

export type ProjectTypeKey = 'business' | 'software';

/** Company-managed templates from the createProject enum: a plain work-management project, a Kanban board. */
export const PROJECT_TEMPLATES: Readonly<Record<ProjectTypeKey, string>> = {
  business: 'com.atlassian.jira-core-project-templates:jira-core-simplified-project-management',
  software: 'com.pyxis.greenhopper.jira:gh-simplified-kanban-classic',
};

export interface NewProject {
  /** Uppercase letter then uppercase letters/digits, at most 10 characters. */
  readonly key: string;
  readonly name: string;
  readonly description: string;
  readonly leadAccountId: string;
  readonly projectTypeKey: ProjectTypeKey;
}

const createdSchema = z.object({ id: z.number().int(), key: z.string() });

export async function createProject(jira: JiraRequester, input: NewProject): Promise<{ readonly id: string; readonly key: string }> {
  const body = {
    key: input.key,
    name: input.name,
    description: input.description,
    leadAccountId: input.leadAccountId,
    projectTypeKey: input.projectTypeKey,
    projectTemplateKey: PROJECT_TEMPLATES[input.projectTypeKey],
    assigneeType: 'UNASSIGNED',
  };
  const response = await jira(route`/rest/api/3/project`, jsonRequest('POST', body));
  const created = await readJiraJson(response, 'POST /rest/api/3/project', createdSchema);
  return { id: String(created.id), key: created.key };
}
