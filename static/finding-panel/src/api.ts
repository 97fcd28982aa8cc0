// Typed calls to the finding panel's resolver (src/resolvers/finding-resolver.ts); people come from the shared search.
import type { z } from 'zod';

import type { FindingPanelView, RecordableIssue } from '../../../src/contracts/finding-view';
import { findingPanelViewSchema, recordableIssueSchema, stepAnswerSchema } from '../../../src/contracts/finding-view-schema';
import { invokeKey } from '../../shared/invoke';
import type { Answer } from '../../shared/invoke';

export type { FindingPanelView, RecordableIssue };
export type PanelAction = FindingPanelView['correctiveActions'][number];
export type FindingStepKey = FindingPanelView['nextAllowed'][number] | 'finding/reopen' | 'finding/replan';
export type ActionStepKey = PanelAction['nextAllowed'][number];
/** Every key a form runs: the lifecycle steps, and recording a Finding issue created in Jira. */
export type StepKey = FindingStepKey | ActionStepKey | 'finding/record-issue';
export type StepAnswer = z.infer<typeof stepAnswerSchema>;

export const loadFinding = (issueKey: string): Promise<Answer<FindingPanelView>> => invokeKey('finding/get', findingPanelViewSchema, { issueKey }, 'this panel');

/** Whether an issue that is not a Clause9 finding yet (a Finding issue created in Jira) may be recorded as one. */
export const loadRecordable = (issueKey: string): Promise<Answer<RecordableIssue>> => invokeKey('finding/recordable', recordableIssueSchema, { issueKey }, 'this panel');

/** One lifecycle step; the payload carries the revision the panel showed, so a stale panel gets CONFLICT. */
export const runStep = (key: StepKey, payload: Readonly<Record<string, unknown>>): Promise<Answer<StepAnswer>> =>
  invokeKey(key, stepAnswerSchema, payload, 'this panel');

export type { Person } from '../../shared/people-search';
