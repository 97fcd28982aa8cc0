// One lifecycle step of a corrective action on its own issue: start (needs owner and due date), implemented (with
// evidence), cancelled (with a reason), or revised (owner, due date, texts; the issue's assignee and due date follow).
// Same read → domain transition → write → mirror status as a finding.
import type { CorrectiveActionProperty } from '../adapters/jira/corrective-action-property';
import { correctiveActionProperty } from '../adapters/jira/corrective-action-property';
import type { CorrectiveActionChange } from '../contracts/finding-view';
import type { CorrectiveAction, CorrectiveActionTransition } from '../domain/corrective-action';
import type { TransitionContext } from '../domain/history-entry';
import type { LocalDate } from '../domain/local-date';
import { commitCorrectiveActionChange, requireRevision } from './commit-app-issue';
import { correctiveActionSummary } from './corrective-action-summary';
import type { AppIssuePorts } from './finding-ports';

export type CorrectiveActionStep = (action: CorrectiveAction, ctx: TransitionContext) => CorrectiveActionTransition;

export interface AdvanceCorrectiveActionInput {
  readonly issueKey: string;
  readonly expectedRevision?: number | undefined;
  readonly step: CorrectiveActionStep;
  readonly ctx: TransitionContext;
  readonly today: LocalDate;
}

export async function advanceCorrectiveAction(ports: AppIssuePorts, input: AdvanceCorrectiveActionInput): Promise<CorrectiveActionChange> {
  const current = await ports.readCorrectiveAction(input.issueKey);
  const { property } = current;
  requireRevision(current.issueKey, property.rev, input.expectedRevision);
  const transition = input.step(property.state, input.ctx);
  const next: CorrectiveActionProperty = correctiveActionProperty(transition.action, [...property.history, transition.history], property.finding, property.rev + 1);
  const outcome = await commitCorrectiveActionChange(ports, current, next);
  return {
    ...correctiveActionSummary(current, next.state, outcome.revision, input.today),
    findingIssueKey: property.finding.issueKey,
    jiraStatusInSync: outcome.jiraStatusInSync,
  };
}
