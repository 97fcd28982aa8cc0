// Typed calls to the finding panel's resolver (src/resolvers/finding-resolver.ts); people come from the shared search.
import type { z } from 'zod';

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

export type { Person } from '../../shared/people-search';
