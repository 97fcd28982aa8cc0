// The finding panel's view of one finding: where it stands, what may happen next, its root cause, its corrective
// actions with their own state (one bulk read of their issues), and the effectiveness review. Overdue is derived
// from `today`, never stored.
import { correctiveActionStatusCategory, FINDING_STAGE_LABELS, findingStatusCategory } from '../adapters/jira/finding-issue-fields';
import type { ActionJiraStatus, FindingView } from '../contracts/finding-view';
import type { Finding } from '../domain/finding';
import { isNonconformityFinding } from '../domain/finding';
import type { LocalDate } from '../domain/local-date';
import { rootCauseStatement } from '../domain/root-cause';
import { correctiveActionSummary } from './corrective-action-summary';
import { nextAllowedKeys } from './finding-change';
import type { AppIssuePorts, StoredCorrectiveAction } from './finding-ports';

function jiraStatusOf(action: StoredCorrectiveAction): ActionJiraStatus | null {
  if (action.statusName === undefined || action.statusCategory === undefined) return null;
  return { name: action.statusName, category: action.statusCategory, matchesState: action.statusCategory === correctiveActionStatusCategory(action.property.state) };
}

function rootCauseOf(finding: Finding): FindingView['rootCause'] {
  // Earlier cycles' analyses (judged wrong or insufficient) stay under effectivenessReview.priorCycles.
  if (!isNonconformityFinding(finding) || !('rootCause' in finding)) return null;
  return { analysis: finding.rootCause, statement: rootCauseStatement(finding.rootCause) };
}

function reviewOf(finding: Finding, today: LocalDate): FindingView['effectivenessReview'] {
  if (!isNonconformityFinding(finding)) return null;
  const dueOn = 'reviewDueOn' in finding ? finding.reviewDueOn : null;
  const review = finding.status === 'closed' ? finding.review : null;
  const overdue = finding.status === 'effectiveness_review' && today > finding.reviewDueOn;
  return { dueOn, overdue, review, priorCycles: finding.priorCycles };
}

export async function getFindingView(ports: Pick<AppIssuePorts, 'readFinding' | 'readCorrectiveActions'>, input: { readonly issueKey: string; readonly today: LocalDate }): Promise<FindingView> {
  const stored = await ports.readFinding(input.issueKey);
  const { property } = stored;
  const finding = property.state;
  const current = new Set('correctiveActionIds' in finding ? finding.correctiveActionIds : []);
  const actions = property.actions.length === 0 ? [] : await ports.readCorrectiveActions(property.actions.map((action) => action.issueId));
  const correctiveActions = actions
    .map((action) => ({
      ...correctiveActionSummary(action, action.property.state, action.property.rev, input.today),
      currentCycle: current.has(action.property.id),
      jiraStatus: jiraStatusOf(action),
    }))
    .sort((a, b) => Number(b.currentCycle) - Number(a.currentCycle) || a.id.localeCompare(b.id, 'en', { numeric: true }));
  return {
    issue: {
      id: stored.issueId,
      key: stored.issueKey,
      statusName: stored.statusName ?? null,
      jiraStatusInSync: stored.statusCategory === undefined || stored.statusCategory === findingStatusCategory(finding),
    },
    finding,
    stage: FINDING_STAGE_LABELS[finding.status],
    revision: property.rev,
    nextAllowed: nextAllowedKeys(finding),
    rootCause: rootCauseOf(finding),
    correctiveActions,
    effectivenessReview: reviewOf(finding, input.today),
    history: property.history,
  };
}
