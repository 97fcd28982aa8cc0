// How a corrective action is reported to the panel: its state, the intents it allows now, whether it is overdue.
import type { CorrectiveAction } from '../domain/corrective-action';
import { isCorrectiveActionOverdue } from '../domain/corrective-action';
import { nextAllowedActionIntents } from '../domain/corrective-action-transitions';
import type { LocalDate } from '../domain/local-date';
import type { CorrectiveActionSummary } from '../contracts/finding-view';
import { ACTION_INTENT_KEYS } from '../contracts/finding-view';
import type { IssueRef } from './finding-ports';

export function correctiveActionSummary(issue: IssueRef, action: CorrectiveAction, revision: number, today: LocalDate): CorrectiveActionSummary {
  return {
    id: action.id,
    issueKey: issue.issueKey,
    issueId: issue.issueId,
    state: action,
    revision,
    nextAllowed: nextAllowedActionIntents(action).map((intent) => ACTION_INTENT_KEYS[intent]),
    overdue: isCorrectiveActionOverdue(action, today),
  };
}
