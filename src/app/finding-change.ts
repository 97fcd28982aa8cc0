// The next stored record after a lifecycle step, and the summary a step answers with.
import { FINDING_STAGE_LABELS } from '../adapters/jira/finding-issue-fields';
import type { ActionIssue, FindingProperty } from '../adapters/jira/finding-property';
import { findingProperty } from '../adapters/jira/finding-property';
import type { Finding } from '../domain/finding';
import type { FindingTransition } from '../domain/finding-intents';
import { nextAllowedIntents } from '../domain/finding-intents';
import type { FindingActionKey, FindingChange } from '../contracts/finding-view';
import { FINDING_INTENT_KEYS } from '../contracts/finding-view';
import type { CommitOutcome } from './commit-app-issue';
import type { IssueRef } from './finding-ports';

export function nextFindingProperty(current: FindingProperty, transition: FindingTransition, actions: readonly ActionIssue[] = current.actions): FindingProperty {
  return findingProperty(transition.finding, [...current.history, transition.history], actions, current.rev + 1);
}

/** Resolver keys of the intents the domain allows now, without repeats (two intents share plan-actions). */
export function nextAllowedKeys(finding: Finding): FindingActionKey[] {
  return [...new Set(nextAllowedIntents(finding).map((intent) => FINDING_INTENT_KEYS[intent]))];
}

export function findingChange(issue: IssueRef, property: FindingProperty, outcome: CommitOutcome): FindingChange {
  const { state } = property;
  return {
    issueKey: issue.issueKey,
    issueId: issue.issueId,
    findingId: state.id,
    status: state.status,
    stage: FINDING_STAGE_LABELS[state.status],
    revision: outcome.revision,
    nextAllowed: nextAllowedKeys(state),
    jiraStatusInSync: outcome.jiraStatusInSync,
  };
}
