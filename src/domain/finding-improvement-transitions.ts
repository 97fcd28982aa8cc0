// The lighter path of observations and opportunities for improvement (OFIs). ISO 27001 requires no root cause or
// effectiveness review for them, but a decision must be on record either way:
//   open → action_planned (accepted, with a plan and optionally tracked actions) → closed, outcome "actioned"
//   open | action_planned → closed, outcome "no_action", with a reason (also when a plan is abandoned)
// An observation that turns out to be a nonconformity is raised as a new finding; grades are not edited in place.
import { localDateFieldSchema } from './field-schemas';
import type { ActionPlannedImprovement, ClosedImprovement, Finding, ImprovementFacts, ImprovementFinding } from './finding';
import type { FindingIntent, FindingTransition } from './finding-intents';
import { requireIntent } from './finding-intents';
import type { TransitionContext } from './history-entry';
import { historyEntry } from './history-entry';
import type { LocalDate } from './local-date';
import { parseInput } from './parse-input';
import { requireText } from './required-text';
import { DomainError } from './domain-error';

function factsOf(finding: ImprovementFinding): ImprovementFacts {
  const { id, kind, source, sourceRef, references, raisedBy, raisedOn, title, description } = finding;
  return { id, kind, source, sourceRef, references, raisedBy, raisedOn, title, description };
}

function moved<F extends Finding>(from: Finding, to: F, intent: FindingIntent, ctx: TransitionContext): FindingTransition<F> {
  return { finding: to, history: historyEntry(ctx, from.status, to.status, intent) };
}

export function planImprovementAction(
  finding: Finding,
  input: { readonly plan: string; readonly correctiveActionIds: readonly string[] },
  ctx: TransitionContext,
): FindingTransition<ActionPlannedImprovement> {
  const source = requireIntent(finding, 'planImprovementAction');
  const ids = input.correctiveActionIds.map((id) => requireText(id, 'correctiveActionIds[]'));
  if (new Set(ids).size !== ids.length) {
    throw new DomainError('INVALID_INPUT', 'correctiveActionIds must not repeat an id', { field: 'correctiveActionIds' });
  }
  const next: ActionPlannedImprovement = {
    ...factsOf(source),
    status: 'action_planned',
    plan: requireText(input.plan, 'plan'),
    correctiveActionIds: ids,
  };
  return moved(source, next, 'planImprovementAction', ctx);
}

/** The plan was carried out; `result` says what changed. */
export function closeImprovement(
  finding: Finding,
  input: { readonly result: string; readonly closedOn: LocalDate },
  ctx: TransitionContext,
): FindingTransition<ClosedImprovement> {
  const source = requireIntent(finding, 'closeImprovement');
  const next: ClosedImprovement = {
    ...factsOf(source),
    status: 'closed',
    closure: {
      outcome: 'actioned',
      plan: source.plan,
      correctiveActionIds: source.correctiveActionIds,
      result: requireText(input.result, 'result'),
      closedOn: parseInput(localDateFieldSchema('closedOn'), input.closedOn),
    },
  };
  return moved(source, next, 'closeImprovement', ctx);
}

/** Nothing will be done, and the reason is kept (management accepts the weakness, or the OFI is not worth it). */
export function closeWithoutAction(
  finding: Finding,
  input: { readonly reason: string; readonly closedOn: LocalDate },
  ctx: TransitionContext,
): FindingTransition<ClosedImprovement> {
  const source = requireIntent(finding, 'closeWithoutAction');
  const next: ClosedImprovement = {
    ...factsOf(source),
    status: 'closed',
    closure: { outcome: 'no_action', reason: requireText(input.reason, 'reason'), closedOn: parseInput(localDateFieldSchema('closedOn'), input.closedOn) },
  };
  return moved(source, next, 'closeWithoutAction', ctx);
}
