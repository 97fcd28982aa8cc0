// One lifecycle step of a finding that touches only the finding itself (contain, root cause, schedule or record
// the effectiveness review, reopen, close an observation/OFI): read the record, apply the domain transition
// (ILLEGAL_TRANSITION names both states), write fields + property, mirror the Jira status.
import type { Finding } from '../domain/finding';
import type { FindingTransition } from '../domain/finding-intents';
import type { TransitionContext } from '../domain/history-entry';
import type { FindingChange } from '../contracts/finding-view';
import { commitFindingChange, requireRevision } from './commit-app-issue';
import { findingChange, nextFindingProperty } from './finding-change';
import type { AppIssuePorts } from './finding-ports';

export type FindingStep = (finding: Finding, ctx: TransitionContext) => FindingTransition;

export interface AdvanceFindingInput {
  readonly issueKey: string;
  /** The revision the caller saw; omitted = whatever is stored now. */
  readonly expectedRevision?: number | undefined;
  readonly step: FindingStep;
  readonly ctx: TransitionContext;
}

export async function advanceFinding(ports: AppIssuePorts, input: AdvanceFindingInput): Promise<FindingChange> {
  const current = await ports.readFinding(input.issueKey);
  requireRevision(current.issueKey, current.property.rev, input.expectedRevision);
  const next = nextFindingProperty(current.property, input.step(current.property.state, input.ctx));
  const outcome = await commitFindingChange(ports, current, next);
  return findingChange(current, next, outcome);
}
