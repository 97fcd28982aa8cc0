// 10.2: the finding's planned corrective actions are all settled (implemented or cancelled, at least one
// implemented). Their states are read from their own issues in one call and the domain checks them; the finding
// records the day the last one was implemented.
import type { FindingChange } from '../contracts/finding-view';
import { markActionsImplemented } from '../domain/finding-transitions';
import type { TransitionContext } from '../domain/history-entry';
import { commitFindingChange, requireRevision } from './commit-app-issue';
import { findingChange, nextFindingProperty } from './finding-change';
import type { AppIssuePorts } from './finding-ports';

export interface MarkActionsImplementedInput {
  readonly issueKey: string;
  readonly expectedRevision?: number | undefined;
  readonly ctx: TransitionContext;
}

export async function markFindingActionsImplemented(ports: AppIssuePorts, input: MarkActionsImplementedInput): Promise<FindingChange> {
  const current = await ports.readFinding(input.issueKey);
  requireRevision(current.issueKey, current.property.rev, input.expectedRevision);
  const finding = current.property.state;
  const planned = 'correctiveActionIds' in finding ? new Set(finding.correctiveActionIds) : new Set<string>();
  const issueIds = current.property.actions.filter((action) => planned.has(action.id)).map((action) => action.issueId);
  const stored = issueIds.length === 0 ? [] : await ports.readCorrectiveActions(issueIds);
  const transition = markActionsImplemented(finding, stored.map((action) => action.property.state), input.ctx);
  const next = nextFindingProperty(current.property, transition);
  return findingChange(current, next, await commitFindingChange(ports, current, next));
}
