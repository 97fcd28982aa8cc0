// POST /rest/api/3/search/jql for `issue.property[clause9].id in (…)`: which of the app's stable ids (D7) already
// have a Jira issue, so a re-run adopts the issue instead of creating a duplicate. One search per 200 ids.
import { z } from 'zod';

import { CLAUSE9_PROPERTY_KEY } from './issue-property';
import type { JiraRequester } from './jira-requester';
import { searchIssues } from './search-issues';

const IDS_PER_SEARCH = 200;

export interface FoundIssue {
  readonly id: string;
  readonly key: string;
}

const propertyIdSchema = z.looseObject({ id: z.string() });

/** A JQL string literal: double quotes, with `"` and `\` escaped. */
export function jqlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** clause9 id → the issue carrying it, for the ids found in `projectKey`. When two carry one id, the oldest wins. */
export async function findClause9Issues(jira: JiraRequester, projectKey: string, clause9Ids: readonly string[]): Promise<Map<string, FoundIssue>> {
  const found = new Map<string, FoundIssue>();
  const unique = [...new Set(clause9Ids)];
  for (let start = 0; start < unique.length; start += IDS_PER_SEARCH) {
    const ids = unique.slice(start, start + IDS_PER_SEARCH).map(jqlString).join(', ');
    const jql = `project = ${jqlString(projectKey)} AND issue.property[${CLAUSE9_PROPERTY_KEY}].id in (${ids}) ORDER BY created ASC`;
    const issues = await searchIssues(jira, { jql, fields: ['key'], properties: [CLAUSE9_PROPERTY_KEY] });
    for (const issue of issues) {
      const property = propertyIdSchema.safeParse(issue.properties[CLAUSE9_PROPERTY_KEY]);
      if (property.success && !found.has(property.data.id)) found.set(property.data.id, { id: issue.id, key: issue.key });
    }
  }
  return found;
}
