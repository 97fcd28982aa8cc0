// The ISO 27001 10.2 loop for nonconformities, one guarded function per intent (rules in finding-intents.ts).
// Each returns the new finding and one immutable history entry; none reads the clock.
import type { CorrectiveAction } from './corrective-action';
import { DomainError } from './domain-error';
import type { EffectivenessReview, FailedEffectivenessReview, PassedEffectivenessReview } from './effectiveness-review';
import { effectivenessReviewSchema } from './effectiveness-review';
import { localDateFieldSchema } from './field-schemas';
import type {
  ActionsImplementedNonconformity,
  ClosedNonconformity,
  Containment,
  ContainedNonconformity,
  CorrectiveActionIds,
  CorrectiveActionPlannedNonconformity,
  EffectivenessReviewNonconformity,
  Finding,
  IneffectiveCycle,
  NonconformityFacts,
  NonconformityFinding,
  ReopenedNonconformity,
  RootCauseAnalysedNonconformity,
} from './finding';
import type { FindingIntent, FindingTransition } from './finding-intents';
import { requireIntent } from './finding-intents';
import type { TransitionContext } from './history-entry';
import { historyEntry } from './history-entry';
import type { LocalDate } from './local-date';
import { maxLocalDate } from './local-date';
import { parseInput } from './parse-input';
import { requireText } from './required-text';
import type { RootCauseAnalysis } from './root-cause';
import { validateRootCause } from './root-cause';

function factsOf(finding: NonconformityFinding): NonconformityFacts {
  const { id, kind, source, sourceRef, references, raisedBy, raisedOn, title, description, cycle, priorCycles } = finding;
  return { id, kind, source, sourceRef, references, raisedBy, raisedOn, title, description, cycle, priorCycles };
}

function moved<F extends Finding>(from: Finding, to: F, intent: FindingIntent, ctx: TransitionContext): FindingTransition<F> {
  return { finding: to, history: historyEntry(ctx, from.status, to.status, intent) };
}

function invalid(message: string, details: Record<string, unknown>): DomainError {
  return new DomainError('INVALID_INPUT', message, details);
}

function requireActionIds(ids: readonly string[], field: string): CorrectiveActionIds {
  const trimmed = ids.map((id) => requireText(id, `${field}[]`));
  const [first, ...rest] = trimmed;
  if (first === undefined) throw invalid(`${field} needs at least one corrective action`, { field });
  if (new Set(trimmed).size !== trimmed.length) throw invalid(`${field} must not repeat an id`, { field, ids });
  return [first, ...rest];
}

/** 10.2 a): contain and correct. Also from `reopened`, when the problem came back and needs correcting again. */
export function recordContainment(finding: Finding, containment: Containment, ctx: TransitionContext): FindingTransition<ContainedNonconformity> {
  const source = requireIntent(finding, 'recordContainment');
  const consequences = containment.consequences?.trim();
  const next: ContainedNonconformity = {
    ...factsOf(source),
    status: 'contained',
    containment: {
      correction: requireText(containment.correction, 'containment.correction'),
      containedOn: parseInput(localDateFieldSchema('containment.containedOn'), containment.containedOn),
      ...(consequences ? { consequences } : {}),
    },
  };
  return moved(source, next, 'recordContainment', ctx);
}

/** 10.2 b): the root cause and whether similar nonconformities exist or could occur. */
export function recordRootCause(finding: Finding, rootCause: RootCauseAnalysis, ctx: TransitionContext): FindingTransition<RootCauseAnalysedNonconformity> {
  const source = requireIntent(finding, 'recordRootCause');
  const next: RootCauseAnalysedNonconformity = {
    ...factsOf(source),
    status: 'root_cause_analysed',
    containment: source.containment,
    rootCause: validateRootCause(rootCause),
  };
  return moved(source, next, 'recordRootCause', ctx);
}

/** 10.2 c): at least one corrective action (their tickets exist already; the finding keeps their ids). */
export function planCorrectiveActions(
  finding: Finding,
  correctiveActionIds: readonly string[],
  ctx: TransitionContext,
): FindingTransition<CorrectiveActionPlannedNonconformity> {
  const source = requireIntent(finding, 'planCorrectiveActions');
  const next: CorrectiveActionPlannedNonconformity = {
    ...factsOf(source),
    status: 'corrective_action_planned',
    containment: source.containment,
    rootCause: source.rootCause,
    correctiveActionIds: requireActionIds(correctiveActionIds, 'correctiveActionIds'),
  };
  return moved(source, next, 'planCorrectiveActions', ctx);
}

/**
 * Every planned action must be settled — implemented or cancelled — and at least one implemented (cancelling all
 * of them removes no cause). `implementedOn` is derived: the day the last one was implemented.
 */
export function markActionsImplemented(
  finding: Finding,
  actions: readonly CorrectiveAction[],
  ctx: TransitionContext,
): FindingTransition<ActionsImplementedNonconformity> {
  const source = requireIntent(finding, 'markActionsImplemented');
  const byId = new Map(actions.map((action) => [action.id, action]));
  const missing = source.correctiveActionIds.filter((id) => !byId.has(id));
  if (missing.length > 0) throw invalid(`corrective actions ${missing.join(', ')} were not supplied`, { findingId: source.id, missing });
  const planned = source.correctiveActionIds.flatMap((id) => byId.get(id) ?? []);
  const foreign = planned.filter((action) => action.findingId !== source.id).map((action) => action.id);
  if (foreign.length > 0) throw invalid(`corrective actions ${foreign.join(', ')} belong to another finding`, { findingId: source.id, foreign });
  const pending = planned.filter((action) => action.status === 'planned' || action.status === 'in_progress').map((action) => action.id);
  if (pending.length > 0) throw invalid(`corrective actions ${pending.join(', ')} are not implemented yet`, { findingId: source.id, pending });
  const implementedDates = planned.flatMap((action) => (action.status === 'implemented' ? [action.implementedOn] : []));
  const [firstDate, ...laterDates] = implementedDates;
  if (firstDate === undefined) throw invalid('at least one corrective action must be implemented, not all cancelled', { findingId: source.id });
  const next: ActionsImplementedNonconformity = {
    ...factsOf(source),
    status: 'actions_implemented',
    containment: source.containment,
    rootCause: source.rootCause,
    correctiveActionIds: source.correctiveActionIds,
    implementedOn: laterDates.reduce(maxLocalDate, firstDate),
  };
  return moved(source, next, 'markActionsImplemented', ctx);
}

/** 10.2 d): schedule the later check; strictly after implementation, so a recurrence has had time to show. */
export function scheduleEffectivenessReview(finding: Finding, reviewDueOn: LocalDate, ctx: TransitionContext): FindingTransition<EffectivenessReviewNonconformity> {
  const source = requireIntent(finding, 'scheduleEffectivenessReview');
  const due = parseInput(localDateFieldSchema('reviewDueOn'), reviewDueOn);
  if (due <= source.implementedOn) {
    throw invalid(`reviewDueOn must be after the actions were implemented (${source.implementedOn})`, { field: 'reviewDueOn', reviewDueOn, implementedOn: source.implementedOn });
  }
  const next: EffectivenessReviewNonconformity = {
    ...factsOf(source),
    status: 'effectiveness_review',
    containment: source.containment,
    rootCause: source.rootCause,
    correctiveActionIds: source.correctiveActionIds,
    implementedOn: source.implementedOn,
    reviewDueOn: due,
  };
  return moved(source, next, 'scheduleEffectivenessReview', ctx);
}

/** A review may come earlier than scheduled (the reviewer's call) but never before the actions were implemented. */
function requireReview(source: EffectivenessReviewNonconformity, review: EffectivenessReview): EffectivenessReview {
  const parsed = parseInput(effectivenessReviewSchema, review);
  if (parsed.reviewOn < source.implementedOn) {
    throw invalid(`review.reviewOn must not be before the actions were implemented (${source.implementedOn})`, { field: 'review.reviewOn', reviewOn: parsed.reviewOn });
  }
  return parsed;
}

/** The record of the current cycle, as closed or archived. */
function cycleOf(source: EffectivenessReviewNonconformity) {
  const { containment, rootCause, correctiveActionIds, implementedOn, reviewDueOn } = source;
  return { containment, rootCause, correctiveActionIds, implementedOn, reviewDueOn };
}

/** Closing needs a passed review; the root cause is already guaranteed by the state it closes from. */
export function closeAfterReview(finding: Finding, review: EffectivenessReview, ctx: TransitionContext): FindingTransition<ClosedNonconformity> {
  const source = requireIntent(finding, 'closeAfterReview');
  const passed: EffectivenessReview = requireReview(source, review);
  if (passed.result !== 'effective') {
    throw invalid('closeAfterReview needs an effective review; record an ineffective one with reopenAfterIneffectiveReview or replanAfterIneffectiveReview', { field: 'review.result', result: passed.result });
  }
  const next: ClosedNonconformity = { ...factsOf(source), ...cycleOf(source), status: 'closed', review: passed satisfies PassedEffectivenessReview };
  return moved(source, next, 'closeAfterReview', ctx);
}

function archiveCycle(source: EffectivenessReviewNonconformity, review: EffectivenessReview, reason: string): NonconformityFacts {
  const failed = requireReview(source, review);
  if (failed.result !== 'ineffective') throw invalid('an ineffective review is required to send the finding back', { field: 'review.result', result: failed.result });
  const archived: IneffectiveCycle = { cycle: source.cycle, ...cycleOf(source), review: failed satisfies FailedEffectivenessReview, reason: requireText(reason, 'reason') };
  return { ...factsOf(source), cycle: source.cycle + 1, priorCycles: [...source.priorCycles, archived] };
}

/** Ineffective, and the root cause was wrong or incomplete: analyse again (cycle + 1). */
export function reopenAfterIneffectiveReview(
  finding: Finding,
  input: { readonly review: EffectivenessReview; readonly reason: string },
  ctx: TransitionContext,
): FindingTransition<ReopenedNonconformity> {
  const source = requireIntent(finding, 'reopenAfterIneffectiveReview');
  const next: ReopenedNonconformity = { ...archiveCycle(source, input.review, input.reason), status: 'reopened', containment: source.containment };
  return moved(source, next, 'reopenAfterIneffectiveReview', ctx);
}

/** Ineffective, but the root cause stands: plan stronger actions (cycle + 1); at least one must be new. */
export function replanAfterIneffectiveReview(
  finding: Finding,
  input: { readonly review: EffectivenessReview; readonly reason: string; readonly correctiveActionIds: readonly string[] },
  ctx: TransitionContext,
): FindingTransition<CorrectiveActionPlannedNonconformity> {
  const source = requireIntent(finding, 'replanAfterIneffectiveReview');
  const ids = requireActionIds(input.correctiveActionIds, 'correctiveActionIds');
  if (ids.every((id) => source.correctiveActionIds.includes(id))) {
    throw invalid('correctiveActionIds must include at least one new action: the previous ones proved ineffective', { field: 'correctiveActionIds' });
  }
  const next: CorrectiveActionPlannedNonconformity = {
    ...archiveCycle(source, input.review, input.reason),
    status: 'corrective_action_planned',
    containment: source.containment,
    rootCause: source.rootCause,
    correctiveActionIds: ids,
  };
  return moved(source, next, 'replanAfterIneffectiveReview', ctx);
}
