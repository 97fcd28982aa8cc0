// Corrective actions (ISO 27001 10.2 c): what is done to remove the cause of a nonconformity, each a Jira ticket
// with an owner, a due date and a measurable completion criterion, linked to its finding.
// Lifecycle: planned → in_progress → implemented, or planned | in_progress → cancelled (with a reason). While open
// (planned or in progress) it can be revised: owner, due date, description or completion criterion, status unchanged.
// Owner and due date may be missing on a draft (a ticket created without them); `smartCheck` flags that and work
// cannot start without them. Overdue is derived from the due date and today, never stored.
import { z } from 'zod';

import { assertNever } from './domain-error';
import { accountIdSchema, localDateFieldSchema, requiredTextSchema } from './field-schemas';
import type { AccountId, HistoryEntry, TransitionContext } from './history-entry';
import { historyEntry } from './history-entry';
import type { LocalDate } from './local-date';
import { parseInput } from './parse-input';

export type { EffectivenessReview, FailedEffectivenessReview, PassedEffectivenessReview } from './effectiveness-review';

export const CORRECTIVE_ACTION_STATUSES = ['planned', 'in_progress', 'implemented', 'cancelled'] as const;
export type CorrectiveActionStatus = (typeof CORRECTIVE_ACTION_STATUSES)[number];

export interface CorrectiveActionFacts {
  readonly id: string;
  readonly findingId: string;
  readonly description: string;
  /** How anyone can tell it is done: a number, a date or a verifiable artefact. */
  readonly completionCriterion: string;
  readonly owner: AccountId | null;
  readonly dueDate: LocalDate | null;
}

export interface PlannedCorrectiveAction extends CorrectiveActionFacts {
  readonly status: 'planned';
}
export interface InProgressCorrectiveAction extends CorrectiveActionFacts {
  readonly status: 'in_progress';
  readonly owner: AccountId;
  readonly dueDate: LocalDate;
}
export interface ImplementedCorrectiveAction extends CorrectiveActionFacts {
  readonly status: 'implemented';
  readonly owner: AccountId;
  readonly dueDate: LocalDate;
  readonly implementedOn: LocalDate;
  /** What shows the completion criterion is met. */
  readonly implementationEvidence: string;
}
export interface CancelledCorrectiveAction extends CorrectiveActionFacts {
  readonly status: 'cancelled';
  readonly cancelledOn: LocalDate;
  readonly reason: string;
}

export type CorrectiveAction = PlannedCorrectiveAction | InProgressCorrectiveAction | ImplementedCorrectiveAction | CancelledCorrectiveAction;

export type CorrectiveActionIntent = 'start' | 'markImplemented' | 'cancel' | 'revise';

/** "plan" creates the action; the others are lifecycle intents. */
export type CorrectiveActionHistoryEntry = HistoryEntry<CorrectiveActionStatus, CorrectiveActionIntent | 'plan'>;

export interface CorrectiveActionTransition<A extends CorrectiveAction = CorrectiveAction> {
  readonly action: A;
  readonly history: CorrectiveActionHistoryEntry;
}

export interface PlanCorrectiveActionInput {
  readonly id: string;
  readonly findingId: string;
  readonly description: string;
  readonly completionCriterion: string;
  readonly owner: AccountId | null;
  readonly dueDate: LocalDate | null;
}

const ID_MAX = 255;
const TEXT_MAX = 32_000;

export const planCorrectiveActionInputSchema = z.object({
  id: requiredTextSchema('id', ID_MAX),
  findingId: requiredTextSchema('findingId', ID_MAX),
  description: requiredTextSchema('description', TEXT_MAX),
  completionCriterion: requiredTextSchema('completionCriterion', TEXT_MAX),
  owner: accountIdSchema('owner').nullable(),
  dueDate: localDateFieldSchema('dueDate').nullable(),
});

/** A new action in status "planned". SMART quality is advisory (`smartCheck`), not a precondition. */
export function planCorrectiveAction(input: PlanCorrectiveActionInput, ctx: TransitionContext): CorrectiveActionTransition<PlannedCorrectiveAction> {
  const facts = parseInput(planCorrectiveActionInputSchema, input);
  const action: PlannedCorrectiveAction = { ...facts, status: 'planned' };
  return { action, history: historyEntry(ctx, null, action.status, 'plan') };
}

/** Open (planned or in progress) past its due date. Due today is not overdue; without a due date nothing is. */
export function isCorrectiveActionOverdue(action: CorrectiveAction, today: LocalDate): boolean {
  switch (action.status) {
    case 'planned':
    case 'in_progress':
      return action.dueDate !== null && today > action.dueDate;
    case 'implemented':
    case 'cancelled':
      return false;
    default:
      return assertNever(action);
  }
}

/** For "% corrective actions closed on time": implemented on or before the due date. */
export function wasImplementedOnTime(action: ImplementedCorrectiveAction): boolean {
  return action.implementedOn <= action.dueDate;
}
