// Typed calls to the finding panel's resolver (src/resolvers/finding-resolver.ts) and the people search for owners.
import { requestJira } from '@forge/bridge';
import { z } from 'zod';

import type { FindingPanelView } from '../../../src/contracts/finding-view';
import { findingPanelViewSchema, stepAnswerSchema } from '../../../src/contracts/finding-view-schema';
import { invokeKey } from '../../shared/invoke';
import type { Answer } from '../../shared/invoke';

export type { FindingPanelView };
export type PanelAction = FindingPanelView['correctiveActions'][number];
export type FindingStepKey = FindingPanelView['nextAllowed'][number] | 'finding/reopen' | 'finding/replan';
export type ActionStepKey = PanelAction['nextAllowed'][number];
export type StepAnswer = z.infer<typeof stepAnswerSchema>;

export const loadFinding = (issueKey: string): Promise<Answer<FindingPanelView>> => invokeKey('finding/get', findingPanelViewSchema, { issueKey }, 'this panel');

/** One lifecycle step; the payload carries the revision the panel showed, so a stale panel gets CONFLICT. */
export const runStep = (key: FindingStepKey | ActionStepKey, payload: Readonly<Record<string, unknown>>): Promise<Answer<StepAnswer>> =>
  invokeKey(key, stepAnswerSchema, payload, 'this panel');

const personSchema = z.looseObject({ accountId: z.string(), displayName: z.string(), accountType: z.string().optional(), active: z.boolean().optional() });
export type Person = { readonly accountId: string; readonly displayName: string };

/** People whose name or e-mail matches, as the signed-in user may see them (Jira's user search). */
export async function searchPeople(query: string): Promise<readonly Person[]> {
  const response = await requestJira(`/rest/api/3/user/search?query=${encodeURIComponent(query)}&maxResults=8`);
  if (!response.ok) throw new Error(`user search answered ${String(response.status)}`);
  const people = z.array(personSchema).parse(await response.json());
  return people.filter((person) => person.accountType !== 'app' && person.active !== false).map(({ accountId, displayName }) => ({ accountId, displayName }));
}
