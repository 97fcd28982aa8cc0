// GET then POST /rest/api/3/issue/{issueIdOrKey}/transitions: moves an issue to a status chosen by name or by
// status category, whatever the project's workflow calls its transitions.
import { route } from '@forge/api';
import { z } from 'zod';

import type { JiraRequester } from './jira-requester';
import { jsonRequest } from './json-request';
import { expectJiraSuccess, JSON_HEADERS, readJiraJson } from './read-jira-json';

export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

/** Where to go: a status by name (case-insensitive), else the first transition into a status of the category. */
export type TransitionTarget = { readonly statusName: string } | { readonly statusCategory: StatusCategoryKey };

const transitionsSchema = z.object({
  transitions: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      isAvailable: z.boolean().optional(),
      to: z.object({ id: z.string(), name: z.string(), statusCategory: z.object({ key: z.string() }).optional() }),
    }),
  ),
});
export type AvailableTransition = z.infer<typeof transitionsSchema>['transitions'][number];

export async function listTransitions(jira: JiraRequester, issueIdOrKey: string): Promise<AvailableTransition[]> {
  const response = await jira(route`/rest/api/3/issue/${issueIdOrKey}/transitions`, { headers: JSON_HEADERS });
  const body = await readJiraJson(response, 'GET /rest/api/3/issue/{issueIdOrKey}/transitions', transitionsSchema);
  return body.transitions.filter((transition) => transition.isAvailable !== false);
}

export function pickTransition(transitions: readonly AvailableTransition[], target: TransitionTarget): AvailableTransition | undefined {
  if ('statusName' in target) {
    const wanted = target.statusName.toLowerCase();
    return transitions.find((transition) => transition.to.name.toLowerCase() === wanted);
  }
  return transitions.find((transition) => transition.to.statusCategory?.key === target.statusCategory);
}

/**
 * Returns the transition taken, or undefined when the workflow offers none to the target (the issue may already
 * be there, or the workflow may need a different path; the caller decides).
 */
export async function transitionIssue(
  jira: JiraRequester,
  issueIdOrKey: string,
  target: TransitionTarget,
  fields?: Readonly<Record<string, unknown>>,
): Promise<AvailableTransition | undefined> {
  const transition = pickTransition(await listTransitions(jira, issueIdOrKey), target);
  if (transition === undefined) return undefined;
  const body = fields === undefined ? { transition: { id: transition.id } } : { transition: { id: transition.id }, fields };
  const response = await jira(route`/rest/api/3/issue/${issueIdOrKey}/transitions`, jsonRequest('POST', body));
  await expectJiraSuccess(response, 'POST /rest/api/3/issue/{issueIdOrKey}/transitions');
  return transition;
}
