// Plans a finding's corrective actions (10.2 c) — or, after an ineffective effectiveness review, replans them —
// as "Corrective action" issues assigned to their owners with due dates, linked to the finding, with the advisory
// SMART check of each returned. Observations and OFIs plan an improvement instead (tracked actions optional).
// Every domain check runs before the first Jira write. Action ids are deterministic (`ca:<request id>:c<cycle>:<n>`),
// so a retry after a partial failure adopts the issues already created instead of duplicating them.
import { correctiveActionProperty } from '../adapters/jira/corrective-action-property';
import type { ActionIssue } from '../adapters/jira/finding-property';
import { planCorrectiveAction } from '../domain/corrective-action';
import { isSmart, smartCheck } from '../domain/corrective-action-smart';
import { DomainError } from '../domain/domain-error';
import type { EffectivenessReview } from '../domain/effectiveness-review';
import type { Finding } from '../domain/finding';
import { isNonconformityFinding } from '../domain/finding';
import { planImprovementAction } from '../domain/finding-improvement-transitions';
import type { FindingTransition } from '../domain/finding-intents';
import { planCorrectiveActions, replanAfterIneffectiveReview } from '../domain/finding-transitions';
import type { TransitionContext } from '../domain/history-entry';
import type { LocalDate } from '../domain/local-date';
import type { NewCorrectiveAction } from '../contracts/finding-payloads';
import type { PlannedActions } from '../contracts/finding-view';
import { asAppError } from './domain-failure';
import { AppError } from './app-error';
import { commitFindingChange, requireFits, requireRevision } from './commit-app-issue';
import { correctiveActionSummary } from './corrective-action-summary';
import { findingChange, nextFindingProperty } from './finding-change';
import type { AppIssuePorts, CorrectiveActionDraft, CorrectiveActionIssuePorts, IssueRef } from './finding-ports';

export type PlanIntent =
  | { readonly kind: 'plan'; readonly plan?: string | undefined }
  | { readonly kind: 'replan'; readonly review: EffectivenessReview; readonly reason: string; readonly keepActionIds: readonly string[] };

export interface PlanCorrectiveActionsInput {
  readonly issueKey: string;
  readonly expectedRevision?: number | undefined;
  readonly intent: PlanIntent;
  readonly actions: readonly NewCorrectiveAction[];
  readonly ctx: TransitionContext;
  readonly today: LocalDate;
}

const SUMMARY_MAX = 120;

function summaryOf(action: NewCorrectiveAction): string {
  if (action.summary !== undefined) return action.summary;
  const text = action.description.replace(/\s+/g, ' ');
  return text.length <= SUMMARY_MAX ? text : `${text.slice(0, SUMMARY_MAX - 1)}…`;
}

/** `finding:<request id>` → `ca:<request id>:c<cycle>:<n>` (or `:i:<n>` for an improvement's actions). */
function actionId(finding: Finding, intent: PlanIntent, index: number): string {
  const cycle = isNonconformityFinding(finding) ? `c${finding.cycle + (intent.kind === 'replan' ? 1 : 0)}` : 'i';
  return `ca:${finding.id.replace(/^finding:/, '')}:${cycle}:${index + 1}`;
}

/** The finding's transition for these action ids; payload fields are named as the caller sent them. */
function transitionFor(finding: Finding, input: PlanCorrectiveActionsInput, ids: readonly string[]): FindingTransition {
  const { intent, ctx } = input;
  try {
    if (intent.kind === 'replan') {
      return replanAfterIneffectiveReview(finding, { review: intent.review, reason: intent.reason, correctiveActionIds: [...intent.keepActionIds, ...ids] }, ctx);
    }
    if (isNonconformityFinding(finding)) return planCorrectiveActions(finding, ids, ctx);
    if (intent.plan === undefined) {
      // Check the lifecycle first, so an illegal step is reported as such rather than as a missing plan.
      planImprovementAction(finding, { plan: '-', correctiveActionIds: ids }, ctx);
      throw new AppError('INVALID_PAYLOAD', 'plan is required for an observation or opportunity for improvement: say what will be done', 'plan');
    }
    return planImprovementAction(finding, { plan: intent.plan, correctiveActionIds: ids }, ctx);
  } catch (error) {
    if (error instanceof DomainError && error.details.field === 'correctiveActionIds') {
      throw new AppError('INVALID_PAYLOAD', `actions: ${error.message}`, 'actions', { cause: error });
    }
    throw asAppError(error);
  }
}

function planAction(finding: Finding, action: NewCorrectiveAction, id: string, index: number, ctx: TransitionContext) {
  try {
    const { description, completionCriterion, owner, dueDate } = action;
    return planCorrectiveAction({ id, findingId: finding.id, description, completionCriterion, owner, dueDate }, ctx);
  } catch (error) {
    throw asAppError(error, `actions.${index}.`);
  }
}

export async function planFindingActions(ports: AppIssuePorts & CorrectiveActionIssuePorts, input: PlanCorrectiveActionsInput): Promise<PlannedActions> {
  const current = await ports.readFinding(input.issueKey);
  requireRevision(current.issueKey, current.property.rev, input.expectedRevision);
  const finding = current.property.state;
  const planned = input.actions.map((action, index) => ({ input: action, ...planAction(finding, action, actionId(finding, input.intent, index), index, input.ctx) }));
  const ids = planned.map(({ action }) => action.id);
  const transition = transitionFor(finding, input, ids);
  const findingRef = { id: finding.id, issueId: current.issueId, issueKey: current.issueKey };
  const drafts: CorrectiveActionDraft[] = planned.map(({ input: requested, action, history }) => ({
    property: correctiveActionProperty(action, [history], findingRef, 1),
    summary: summaryOf(requested),
  }));
  const placeholder = (id: string): ActionIssue => ({ id, issueId: '0'.repeat(12), issueKey: `${current.issueKey}0000` });
  requireFits(current.issueKey, nextFindingProperty(current.property, transition, [...current.property.actions, ...ids.map(placeholder)]));
  for (const draft of drafts) requireFits(`corrective action ${draft.property.id}`, draft.property);

  const existing = await ports.findAppIssues(ids);
  const missing = drafts.filter((draft) => !existing.has(draft.property.id));
  const created = missing.length === 0 ? [] : await ports.createCorrectiveActionIssues(missing);
  const issueOf = new Map<string, IssueRef>(existing);
  missing.forEach((draft, index) => {
    const issue = created[index];
    if (issue !== undefined) issueOf.set(draft.property.id, issue);
  });
  const actionIssues: ActionIssue[] = [];
  for (const id of ids) {
    const issue = issueOf.get(id);
    if (issue === undefined) throw new Error(`corrective action ${id} has no issue after creating it`);
    await ports.linkCorrectiveAction(issue.issueId, current.issueId);
    actionIssues.push({ id, issueId: issue.issueId, issueKey: issue.issueKey });
  }

  const known = new Set(current.property.actions.map((action) => action.id));
  const next = nextFindingProperty(current.property, transition, [...current.property.actions, ...actionIssues.filter((action) => !known.has(action.id))]);
  const outcome = await commitFindingChange(ports, current, next);
  const correctiveActions = planned.map(({ action }, index) => {
    const issue = actionIssues[index] ?? { issueId: '', issueKey: '' };
    const smart = smartCheck(action, input.today, transition.finding);
    return { ...correctiveActionSummary(issue, action, 1, input.today), smart, isSmart: isSmart(smart) };
  });
  return { ...findingChange(current, next, outcome), correctiveActions };
}
