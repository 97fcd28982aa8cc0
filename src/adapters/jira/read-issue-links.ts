// POST /rest/api/3/issue/bulkfetch with `issuelinks` only (via bulk-fetch-issues.ts): which issues already have a
// link of one type to one other issue, so a re-run does not add the same link twice. 100 issues per call.
import { z } from 'zod';

import { bulkFetchIssues } from './bulk-fetch-issues';
import type { JiraRequester } from './jira-requester';

const linksSchema = z.array(
  z.looseObject({
    type: z.looseObject({ id: z.string() }),
    inwardIssue: z.looseObject({ id: z.string() }).optional(),
    outwardIssue: z.looseObject({ id: z.string() }).optional(),
  }),
);

/** The ids among `issueIds` linked (either direction) to `otherIssueId` by a link of `linkTypeId`. */
export async function issuesLinkedTo(jira: JiraRequester, issueIds: readonly string[], linkTypeId: string, otherIssueId: string): Promise<Set<string>> {
  const linked = new Set<string>();
  if (issueIds.length === 0) return linked;
  const { issues } = await bulkFetchIssues(jira, { issueIdsOrKeys: issueIds, fields: ['issuelinks'] });
  for (const issue of issues) {
    const links = linksSchema.parse(issue.fields.issuelinks ?? []);
    const hit = links.some((link) => link.type.id === linkTypeId && (link.inwardIssue?.id === otherIssueId || link.outwardIssue?.id === otherIssueId));
    if (hit) linked.add(issue.id);
  }
  return linked;
}
