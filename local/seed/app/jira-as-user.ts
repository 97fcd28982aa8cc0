// What a person does in Jira itself (not in the app): move their own issue through the workflow, over REST as that
// user, so Jira's permission checks apply and the app hears about it through its issue events.
import { z } from 'zod';

import { plainTextAdf } from '../../../src/adapters/jira/finding-issue-bodies';
import { principalHeader } from '../../jira';
import { DEMO_PEOPLE } from '../demo-people';
import type { DemoRole } from '../demo-people';

const transitionsSchema = z.object({ transitions: z.array(z.object({ id: z.string(), name: z.string() })) });

export async function transitionIssue(jiraUrl: string, as: DemoRole, issueKey: string, statusName: string): Promise<void> {
  const headers = { [principalHeader]: `user:${DEMO_PEOPLE[as].accountId}`, 'content-type': 'application/json', accept: 'application/json' };
  const url = `${jiraUrl}/rest/api/3/issue/${encodeURIComponent(issueKey)}/transitions`;
  const listed = await fetch(url, { headers });
  if (!listed.ok) throw new Error(`GET transitions of ${issueKey} as ${DEMO_PEOPLE[as].displayName}: ${listed.status}`);
  const { transitions } = transitionsSchema.parse(await listed.json());
  const transition = transitions.find((candidate) => candidate.name.toLowerCase() === statusName.toLowerCase());
  if (transition === undefined) throw new Error(`${issueKey} has no transition to "${statusName}"`);
  const moved = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ transition: { id: transition.id } }) });
  if (!moved.ok) throw new Error(`moving ${issueKey} to ${statusName} as ${DEMO_PEOPLE[as].displayName}: ${moved.status} ${await moved.text()}`);
}

/** Creates an issue in the project as the person would in Jira's Create dialog (no Clause9 record); its key. */
export async function createIssue(jiraUrl: string, as: DemoRole, fields: { readonly projectKey: string; readonly issueTypeName: string; readonly summary: string; readonly description?: string }): Promise<string> {
  const headers = { [principalHeader]: `user:${DEMO_PEOPLE[as].accountId}`, 'content-type': 'application/json', accept: 'application/json' };
  const description = fields.description === undefined ? {} : { description: plainTextAdf(fields.description) };
  const body = { fields: { project: { key: fields.projectKey }, issuetype: { name: fields.issueTypeName }, summary: fields.summary, ...description } };
  const created = await fetch(`${jiraUrl}/rest/api/3/issue`, { method: 'POST', headers, body: JSON.stringify(body) });
  if (!created.ok) throw new Error(`creating "${fields.summary}" as ${DEMO_PEOPLE[as].displayName}: ${created.status} ${await created.text()}`);
  return z.object({ key: z.string() }).parse(await created.json()).key;
}
