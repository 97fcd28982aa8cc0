// What the finding resolver answers: the summary after a lifecycle step, and the full panel view of a finding.
// `nextAllowed` lists resolver keys, so the panel offers exactly the buttons the domain would accept.
import type { CorrectiveAction, CorrectiveActionIntent } from '../domain/corrective-action';
import type { SmartCheck } from '../domain/corrective-action-smart';
import type { EffectivenessReview } from '../domain/effectiveness-review';
import type { Finding, FindingStatus, IneffectiveCycle } from '../domain/finding';
import type { FindingHistoryEntry, FindingIntent } from '../domain/finding-intents';
import type { LocalDate } from '../domain/local-date';
import type { RootCauseAnalysis } from '../domain/root-cause';

export const FINDING_INTENT_KEYS = {
  recordContainment: 'finding/contain',
  recordRootCause: 'finding/root-cause',
  planCorrectiveActions: 'finding/plan-actions',
  markActionsImplemented: 'finding/actions-implemented',
  scheduleEffectivenessReview: 'finding/schedule-review',
  closeAfterReview: 'finding/record-review',
  reopenAfterIneffectiveReview: 'finding/reopen',
  replanAfterIneffectiveReview: 'finding/replan',
  planImprovementAction: 'finding/plan-actions',
  closeImprovement: 'finding/close-improvement',
  closeWithoutAction: 'finding/close-without-action',
} as const satisfies Record<FindingIntent, string>;
export type FindingActionKey = (typeof FINDING_INTENT_KEYS)[FindingIntent];

export const ACTION_INTENT_KEYS = {
  start: 'corrective-action/start',
  markImplemented: 'corrective-action/implemented',
  cancel: 'corrective-action/cancel',
  revise: 'corrective-action/revise',
} as const satisfies Record<CorrectiveActionIntent, string>;
export type CorrectiveActionKey = (typeof ACTION_INTENT_KEYS)[CorrectiveActionIntent];

export interface FindingChange {
  readonly issueKey: string;
  readonly issueId: string;
  readonly findingId: string;
  readonly status: FindingStatus;
  /** The `Finding stage` label. */
  readonly stage: string;
  readonly revision: number;
  readonly nextAllowed: readonly FindingActionKey[];
  /** False when the Jira status could not be moved to match the stage (the workflow offers no transition). */
  readonly jiraStatusInSync: boolean;
}

/** `finding/recordable`: whether the panel's issue, not yet a Clause9 finding, may be recorded as one, and by whom. */
export interface RecordableIssue {
  readonly issueKey: string;
  readonly summary: string;
  readonly recordable: boolean;
  readonly reason: string | null;
  readonly needsDescription: boolean;
  readonly canEdit: boolean;
}

export interface RaisedFinding extends FindingChange {
  /** False when this request id had already raised the finding: the same issue is returned. */
  readonly created: boolean;
}

export interface CorrectiveActionSummary {
  readonly id: string;
  readonly issueKey: string;
  readonly issueId: string;
  readonly state: CorrectiveAction;
  readonly revision: number;
  readonly nextAllowed: readonly CorrectiveActionKey[];
  readonly overdue: boolean;
}

export interface PlannedActions extends FindingChange {
  readonly correctiveActions: readonly (CorrectiveActionSummary & { readonly smart: SmartCheck; readonly isSmart: boolean })[];
}

/**
 * The action issue's own Jira status. People also move these issues on their boards, so the app's record and the
 * status can disagree (Done in Jira, implementation not recorded): `matchesState` says whether they agree.
 */
export interface ActionJiraStatus {
  readonly name: string;
  readonly category: 'new' | 'indeterminate' | 'done';
  readonly matchesState: boolean;
}

export interface CorrectiveActionChange extends CorrectiveActionSummary {
  readonly findingIssueKey: string;
  readonly jiraStatusInSync: boolean;
}

export interface FindingView {
  readonly issue: { readonly id: string; readonly key: string; readonly statusName: string | null; readonly jiraStatusInSync: boolean };
  readonly finding: Finding;
  readonly stage: string;
  readonly revision: number;
  readonly nextAllowed: readonly FindingActionKey[];
  readonly rootCause: { readonly analysis: RootCauseAnalysis; readonly statement: string } | null;
  /** The current cycle's actions first, then those of earlier cycles. */
  readonly correctiveActions: readonly (CorrectiveActionSummary & { readonly currentCycle: boolean; readonly jiraStatus: ActionJiraStatus | null })[];
  readonly effectivenessReview: {
    readonly dueOn: LocalDate | null;
    readonly overdue: boolean;
    readonly review: EffectivenessReview | null;
    readonly priorCycles: readonly IneffectiveCycle[];
  } | null;
  readonly history: readonly FindingHistoryEntry[];
}

/** What `finding/get` answers: the view, and whether the caller may move it (Edit Issues), so the panel can be read-only. */
export interface FindingPanelView extends FindingView {
  readonly canEdit: boolean;
}
