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
  PlannedCorrectiveAction,
} from './corrective-action';
import { planCorrectiveActionInputSchema } from './corrective-action';
import { DomainError } from './domain-error';
import type { AccountId, TransitionContext } from './history-entry';
import { historyEntry } from './history-entry';
import type { LocalDate } from './local-date';
import { parseInput } from './parse-input';
import { requireText } from './required-text';

interface ActionRule {
  readonly from: readonly CorrectiveActionStatus[];
  /** null: the status stays as it is (a revision). */
  readonly to: CorrectiveActionStatus | null;
}

const ACTION_RULES = {
  start: { from: ['planned'], to: 'in_progress' },
  markImplemented: { from: ['in_progress'], to: 'implemented' },
  cancel: { from: ['planned', 'in_progress'], to: 'cancelled' },
  revise: { from: ['planned', 'in_progress'], to: null },
} as const satisfies Record<CorrectiveActionIntent, ActionRule>;

type ActionIn<I extends CorrectiveActionIntent> = Extract<CorrectiveAction, { readonly status: (typeof ACTION_RULES)[I]['from'][number] }>;

const ACTION_INTENTS: readonly CorrectiveActionIntent[] = ['start', 'markImplemented', 'cancel', 'revise'];

function canApply<I extends CorrectiveActionIntent>(action: CorrectiveAction, intent: I): action is ActionIn<I> {
  const rule: ActionRule = ACTION_RULES[intent];
  return rule.from.includes(action.status);
}

function requireIntent<I extends CorrectiveActionIntent>(action: CorrectiveAction, intent: I): ActionIn<I> {
  if (canApply(action, intent)) return action;
  const rule: ActionRule = ACTION_RULES[intent];
  const from = rule.from.map((s) => `"${s}"`).join(' or ');
  const what = rule.to === null ? `it applies only to an action in ${from}` : `it moves an action from ${from} to "${rule.to}"`;
  throw new DomainError('ILLEGAL_TRANSITION', `cannot "${intent}" a corrective action in status "${action.status}": ${what}`, {
    correctiveActionId: action.id,
    intent,
    from: action.status,
    to: rule.to,
    allowedFrom: rule.from,
  });
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

/** Only the fields given change; null clears owner or due date (a planned action only). */
export interface ReviseCorrectiveActionInput {
  readonly owner?: AccountId | null | undefined;
  readonly dueDate?: LocalDate | null | undefined;
  readonly description?: string | undefined;
  readonly completionCriterion?: string | undefined;
}

const reviseInputSchema = planCorrectiveActionInputSchema.pick({ owner: true, dueDate: true, description: true, completionCriterion: true }).partial();
const REVISABLE = ['owner', 'dueDate', 'description', 'completionCriterion'] as const;

function change(field: (typeof REVISABLE)[number], from: string | null, to: string | null): string {
  if (field === 'description' || field === 'completionCriterion') return `${field} changed`;
  return `${field} ${from ?? '(none)'} → ${to ?? '(none)'}`;
}

/**
 * Corrects an open action's facts without moving it (e.g. the owner and due date an action needs before it starts).
 * The history note says what changed, then the caller's note. Work in progress keeps an owner and a due date.
 */
export function reviseCorrectiveAction(
  action: CorrectiveAction,
  input: ReviseCorrectiveActionInput,
  ctx: TransitionContext,
): CorrectiveActionTransition<PlannedCorrectiveAction | InProgressCorrectiveAction> {
  const source = requireIntent(action, 'revise');
  const given = parseInput(reviseInputSchema, input);
  const before = factsOf(source);
  const after: CorrectiveActionFacts = {
    ...before,
    owner: given.owner === undefined ? before.owner : given.owner,
    dueDate: given.dueDate === undefined ? before.dueDate : given.dueDate,
    description: given.description ?? before.description,
    completionCriterion: given.completionCriterion ?? before.completionCriterion,
  };
  const changes = REVISABLE.filter((field) => after[field] !== before[field]).map((field) => change(field, before[field], after[field]));
  if (changes.length === 0) {
    throw new DomainError('INVALID_INPUT', 'nothing to revise: give an owner, dueDate, description or completionCriterion that differs from the current one', { correctiveActionId: action.id });
  }
  const note = [changes.join('; '), ctx.note?.trim() ?? ''].filter((part) => part !== '').join(' — ');
  const history = historyEntry({ ...ctx, note }, source.status, source.status, 'revise');
  if (source.status === 'planned') return { action: { ...after, status: 'planned' }, history };
  const { owner, dueDate } = after;
  if (owner === null) throw new DomainError('INVALID_INPUT', 'owner cannot be removed while work is in progress', { field: 'owner', correctiveActionId: action.id });
  if (dueDate === null) throw new DomainError('INVALID_INPUT', 'dueDate cannot be removed while work is in progress', { field: 'dueDate', correctiveActionId: action.id });
  return { action: { ...after, owner, dueDate, status: 'in_progress' }, history };
}
