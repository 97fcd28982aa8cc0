// POST /rest/api/3/issueLink. Said as a sentence: `from` <outward description> `to`, e.g. CA-7 "is corrective
// action for" ISMS-3. Jira's body is confusingly named: the sentence's subject goes in `inwardIssue`.
import { route } from '@forge/api';

import type { JiraRequester } from './jira-requester';
import { jsonRequest } from './json-request';
import { expectJiraSuccess } from './read-jira-json';

export interface NewIssueLink {
  readonly linkTypeId: string;
  /** Issue id or key the outward description starts from. */
  readonly from: string;
  readonly to: string;
}

function reference(idOrKey: string): { id: string } | { key: string } {
  return /^\d+$/.test(idOrKey) ? { id: idOrKey } : { key: idOrKey };
}

export async function createIssueLink(jira: JiraRequester, link: NewIssueLink): Promise<void> {
  const body = { type: { id: link.linkTypeId }, inwardIssue: reference(link.from), outwardIssue: reference(link.to) };
  const response = await jira(route`/rest/api/3/issueLink`, jsonRequest('POST', body));
  await expectJiraSuccess(response, 'POST /rest/api/3/issueLink');
}
