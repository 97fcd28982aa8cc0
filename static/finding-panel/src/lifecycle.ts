// Where a finding stands in its lifecycle, as the panel's stepper shows it: every stage of its kind's path, which
// are done (with when and by whom, from the history), which one is current, which are still ahead. Pure: tested in
// tests/static/finding-panel/lifecycle.test.ts.
import { FINDING_STAGE_LABELS } from '../../../src/adapters/jira/finding-issue-fields';
import type { Finding, FindingStatus } from '../../../src/domain/finding';
import { isNonconformity } from '../../../src/domain/finding';
import type { FindingHistoryEntry } from '../../../src/domain/finding-intents';

export const NONCONFORMITY_PATH = ['open', 'contained', 'root_cause_analysed', 'corrective_action_planned', 'actions_implemented', 'effectiveness_review', 'closed'] as const satisfies readonly FindingStatus[];
export const IMPROVEMENT_PATH = ['open', 'action_planned', 'closed'] as const satisfies readonly FindingStatus[];

/** The ISO 27001 clause each nonconformity stage answers, shown next to it. */
const CLAUSE_OF: Partial<Record<FindingStatus, string>> = {
  contained: '10.2 a',
  root_cause_analysed: '10.2 b',
  corrective_action_planned: '10.2 c',
  actions_implemented: '10.2 c',
  effectiveness_review: '10.2 d',
};

export type StageState = 'done' | 'current' | 'upcoming' | 'skipped';

export interface Stage {
  readonly status: FindingStatus;
  readonly label: string;
  readonly clause: string | null;
  readonly state: StageState;
  /** The history entry that last reached this stage (done and current stages). */
  readonly reached: { readonly at: string; readonly by: string; readonly note: string | null } | null;
}

/** A reopened finding is back at root cause analysis: that stage is current, the earlier ones stay done. */
function currentIndex(path: readonly FindingStatus[], status: FindingStatus): number {
  return status === 'reopened' ? path.indexOf('root_cause_analysed') : path.indexOf(status);
}

function lastReached(history: readonly FindingHistoryEntry[], status: FindingStatus): Stage['reached'] {
  const entry = [...history].reverse().find((each) => each.to === status);
  return entry === undefined ? null : { at: entry.at, by: entry.by, note: entry.note };
}

export function lifecycleStages(finding: Finding, history: readonly FindingHistoryEntry[]): readonly Stage[] {
  const path: readonly FindingStatus[] = isNonconformity(finding.kind) ? NONCONFORMITY_PATH : IMPROVEMENT_PATH;
  const current = currentIndex(path, finding.status);
  const closed = finding.status === 'closed';
  return path.map((status, index) => {
    const reached = index <= current ? lastReached(history, status) : null;
    const state: StageState =
      index === current && !closed ? 'current'
      : index > current ? 'upcoming'
      : reached === null && status !== 'open' ? 'skipped'
      : 'done';
    const label = index === current && finding.status === 'reopened' ? `${FINDING_STAGE_LABELS.root_cause_analysed} (reopened)` : FINDING_STAGE_LABELS[status];
    return { status, label, clause: isNonconformity(finding.kind) ? CLAUSE_OF[status] ?? null : null, state, reached: state === 'current' && finding.status === 'reopened' ? lastReached(history, 'reopened') : reached };
  });
}

/** What each recorded intent did, for the history list. */
export const INTENT_LABELS: Readonly<Record<FindingHistoryEntry['intent'], string>> = {
  raise: 'Raised',
  recordContainment: 'Containment and correction recorded',
  recordRootCause: 'Root cause recorded',
  planCorrectiveActions: 'Corrective actions planned',
  markActionsImplemented: 'Actions confirmed implemented',
  scheduleEffectivenessReview: 'Effectiveness review scheduled',
  closeAfterReview: 'Closed after an effective review',
  reopenAfterIneffectiveReview: 'Reopened after an ineffective review',
  replanAfterIneffectiveReview: 'Replanned after an ineffective review',
  planImprovementAction: 'Improvement action planned',
  closeImprovement: 'Closed as actioned',
  closeWithoutAction: 'Closed without action',
};

/** "2026-11-22T09:14:03.120Z" → "2026-11-22 09:14 UTC": precise to the minute, zone stated. */
export function formatInstant(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}
