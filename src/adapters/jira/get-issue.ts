// GET /rest/api/3/issue/{issueIdOrKey}?fields=…&properties=…: one issue with the named fields and entity properties
// in a single call (the app reads its `clause9` property and the status together). undefined on 404: no such
// issue, or the caller cannot see it.
import { route } from '@forge/api';
import { z } from 'zod';

import type { JiraRequester } from './jira-requester';
import { JSON_HEADERS, readJiraJson } from './read-jira-json';

const issueSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.record(z.string(), z.unknown()).optional(),
  properties: z.record(z.string(), z.unknown()).optional(),
});

export interface FetchedIssue {
  readonly id: string;
  readonly key: string;
  readonly fields: Readonly<Record<string, unknown>>;
  readonly properties: Readonly<Record<string, unknown>>;
}

export async function getIssue(
  jira: JiraRequester,
  issueIdOrKey: string,
  request: { readonly fields: readonly string[]; readonly properties?: readonly string[] },
): Promise<FetchedIssue | undefined> {
  const fields = request.fields.join(',');
  const properties = (request.properties ?? []).join(',');
  const response = await jira(route`/rest/api/3/issue/${issueIdOrKey}?fields=${fields}&properties=${properties}`, { headers: JSON_HEADERS });
  if (response.status === 404) return undefined;
  const issue = await readJiraJson(response, 'GET /rest/api/3/issue/{issueIdOrKey}', issueSchema);
  return { id: issue.id, key: issue.key, fields: issue.fields ?? {}, properties: issue.properties ?? {} };
}

const statusFieldSchema = z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }).optional() });

/** The `status` field of a fetched issue: its name and status category key ('new', 'indeterminate', 'done'). */
export function statusOf(issue: FetchedIssue): { readonly name: string; readonly categoryKey: string | undefined } | undefined {
  const parsed = statusFieldSchema.safeParse(issue.fields.status);
  return parsed.success ? { name: parsed.data.name, categoryKey: parsed.data.statusCategory?.key } : undefined;
}

const projectFieldSchema = z.object({ id: z.string(), key: z.string() });

/** The `project` field of a fetched issue. */
export function projectOf(issue: FetchedIssue): { readonly id: string; readonly key: string } | undefined {
  const parsed = projectFieldSchema.safeParse(issue.fields.project);
  return parsed.success ? parsed.data : undefined;
}
