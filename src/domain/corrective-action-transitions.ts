// Guarded transitions of a corrective action, one per intent. The rules table is the single source for the guards
// and for `nextAllowedActionIntents`.
import type {
  CancelledCorrectiveAction,
  CorrectiveAction,
  CorrectiveActionFacts,
  CorrectiveActionIntent,
  CorrectiveActionStatus,
  CorrectiveActionTransition,
  ImplementedCorrectiveAction,
  InProgressCorrectiveAction,
} from './corrective-action';
import { DomainError } from './domain-error';
import type { TransitionContext } from './history-entry';
import { historyEntry } from './history-entry';
import type { LocalDate } from './local-date';
import { requireText } from './required-text';

interface ActionRule {
  readonly from: readonly CorrectiveActionStatus[];
  readonly to: CorrectiveActionStatus;
}

const ACTION_RULES = {
  start: { from: ['planned'], to: 'in_progress' },
  markImplemented: { from: ['in_progress'], to: 'implemented' },
  cancel: { from: ['planned', 'in_progress'], to: 'cancelled' },
} as const satisfies Record<CorrectiveActionIntent, ActionRule>;

type ActionIn<I extends CorrectiveActionIntent> = Extract<CorrectiveAction, { readonly status: (typeof ACTION_RULES)[I]['from'][number] }>;

const ACTION_INTENTS: readonly CorrectiveActionIntent[] = ['start', 'markImplemented', 'cancel'];

function canApply<I extends CorrectiveActionIntent>(action: CorrectiveAction, intent: I): action is ActionIn<I> {
  const rule: ActionRule = ACTION_RULES[intent];
  return rule.from.includes(action.status);
}

function requireIntent<I extends CorrectiveActionIntent>(action: CorrectiveAction, intent: I): ActionIn<I> {
  if (canApply(action, intent)) return action;
  const rule: ActionRule = ACTION_RULES[intent];
  throw new DomainError(
    'ILLEGAL_TRANSITION',
    `cannot "${intent}" a corrective action in status "${action.status}": it moves an action from ${rule.from.map((s) => `"${s}"`).join(' or ')} to "${rule.to}"`,
    { correctiveActionId: action.id, intent, from: action.status, to: rule.to, allowedFrom: rule.from },
  );
}

export function nextAllowedActionIntents(action: CorrectiveAction): readonly CorrectiveActionIntent[] {
  return ACTION_INTENTS.filter((intent) => canApply(action, intent));
}

function factsOf(action: CorrectiveAction): CorrectiveActionFacts {
  const { id, findingId, description, completionCriterion, owner, dueDate } = action;
  return { id, findingId, description, completionCriterion, owner, dueDate };
}

/** Work starts only once someone owns it and it has a due date: otherwise nobody can be chased for it. */
export function startCorrectiveAction(action: CorrectiveAction, ctx: TransitionContext): CorrectiveActionTransition<InProgressCorrectiveAction> {
  const source = requireIntent(action, 'start');
  const { owner, dueDate } = source;
  if (owner === null) throw new DomainError('INVALID_INPUT', 'owner is required before work starts', { field: 'owner', correctiveActionId: action.id });
  if (dueDate === null) throw new DomainError('INVALID_INPUT', 'dueDate is required before work starts', { field: 'dueDate', correctiveActionId: action.id });
  const next: InProgressCorrectiveAction = { ...factsOf(source), owner, dueDate, status: 'in_progress' };
  return { action: next, history: historyEntry(ctx, source.status, next.status, 'start') };
}

export function markCorrectiveActionImplemented(
  action: CorrectiveAction,
  input: { readonly implementedOn: LocalDate; readonly implementationEvidence: string },
  ctx: TransitionContext,
): CorrectiveActionTransition<ImplementedCorrectiveAction> {
  const source = requireIntent(action, 'markImplemented');
  const next: ImplementedCorrectiveAction = {
    ...factsOf(source),
    owner: source.owner,
    dueDate: source.dueDate,
    status: 'implemented',
    implementedOn: input.implementedOn,
    implementationEvidence: requireText(input.implementationEvidence, 'implementationEvidence'),
  };
  return { action: next, history: historyEntry(ctx, source.status, next.status, 'markImplemented') };
}

export function cancelCorrectiveAction(
  action: CorrectiveAction,
  input: { readonly cancelledOn: LocalDate; readonly reason: string },
  ctx: TransitionContext,
): CorrectiveActionTransition<CancelledCorrectiveAction> {
  const source = requireIntent(action, 'cancel');
  const next: CancelledCorrectiveAction = {
    ...factsOf(source),
    status: 'cancelled',
    cancelledOn: input.cancelledOn,
    reason: requireText(input.reason, 'reason'),
  };
  return { action: next, history: historyEntry(ctx, source.status, next.status, 'cancel') };
}
