// A finding (or corrective action) as Jira shows it: the app's read-only fields (D6: human labels, because those
// are what people type in JQL) and the status category its Jira status should be in. Both are derived from the
// domain state alone, so writing them again is always safe.
import type { CorrectiveAction } from '../../domain/corrective-action';
import { assertNever } from '../../domain/domain-error';
import type { Finding, FindingStatus } from '../../domain/finding';
import { FINDING_KIND_LABELS, FINDING_SOURCE_LABELS, isNonconformityFinding } from '../../domain/finding';
import { isAnnexAControlId, isClauseId } from '../../domain/iso-catalogue/catalogue';
import type { LocalDate } from '../../domain/local-date';
import type { AppFieldValues } from './issue-fields';
import type { StatusCategoryKey } from './transition-issue';

/** Values of `Finding stage`; also what saved filters compare against, so renaming one breaks them. */
export const FINDING_STAGE_LABELS: Readonly<Record<FindingStatus, string>> = {
  open: 'Open',
  contained: 'Contained',
  root_cause_analysed: 'Root cause analysed',
  corrective_action_planned: 'Corrective action planned',
  actions_implemented: 'Actions implemented',
  effectiveness_review: 'Effectiveness review',
  closed: 'Closed',
  reopened: 'Reopened',
  action_planned: 'Action planned',
};

export const ROOT_CAUSE_STATUS_LABELS = { notStarted: 'Not started', inAnalysis: 'In analysis', analysed: 'Analysed' } as const;
export const EFFECTIVENESS_RESULT_LABELS = { pending: 'Pending', effective: 'Effective', ineffective: 'Ineffective' } as const;

/** Observations and OFIs need no root cause (null). A reopened finding is back in analysis. */
function rootCauseStatus(finding: Finding): string | null {
  if (!isNonconformityFinding(finding)) return null;
  switch (finding.status) {
    case 'open':
    case 'contained':
      return ROOT_CAUSE_STATUS_LABELS.notStarted;
    case 'reopened':
      return ROOT_CAUSE_STATUS_LABELS.inAnalysis;
    case 'root_cause_analysed':
    case 'corrective_action_planned':
    case 'actions_implemented':
    case 'effectiveness_review':
    case 'closed':
      return ROOT_CAUSE_STATUS_LABELS.analysed;
    default:
      return assertNever(finding);
  }
}

/**
 * Pending from implementation until the review; Effective once closed; Ineffective while a later cycle is under
 * way after a failed review (so "actions that did not work" stays findable); empty before any actions are done.
 */
function effectivenessResult(finding: Finding): string | null {
  if (!isNonconformityFinding(finding)) return null;
  switch (finding.status) {
    case 'actions_implemented':
    case 'effectiveness_review':
      return EFFECTIVENESS_RESULT_LABELS.pending;
    case 'closed':
      return EFFECTIVENESS_RESULT_LABELS.effective;
    case 'open':
    case 'contained':
    case 'root_cause_analysed':
    case 'corrective_action_planned':
    case 'reopened':
      return finding.priorCycles.length > 0 ? EFFECTIVENESS_RESULT_LABELS.ineffective : null;
    default:
      return assertNever(finding);
  }
}

function reviewDue(finding: Finding): LocalDate | null {
  return isNonconformityFinding(finding) && (finding.status === 'effectiveness_review' || finding.status === 'closed') ? finding.reviewDueOn : null;
}

/** Every finding field, so a write also clears what no longer applies. */
export function findingFieldValues(finding: Finding): AppFieldValues {
  const clauses = finding.references.filter(isClauseId);
  const controls = finding.references.filter(isAnnexAControlId);
  return {
    'finding-kind': FINDING_KIND_LABELS[finding.kind],
    'finding-source': FINDING_SOURCE_LABELS[finding.source],
    'finding-source-ref': finding.sourceRef,
    'finding-stage': FINDING_STAGE_LABELS[finding.status],
    'iso-clause': clauses.length > 0 ? clauses : null,
    'annex-a-control': controls.length > 0 ? controls : null,
    'root-cause-status': rootCauseStatus(finding),
    'effectiveness-result': effectivenessResult(finding),
    'effectiveness-review-due': reviewDue(finding),
  };
}

/** open → To Do; closed → Done; every stage in between → In Progress. */
export function findingStatusCategory(finding: Finding): StatusCategoryKey {
  if (finding.status === 'open') return 'new';
  if (finding.status === 'closed') return 'done';
  return 'indeterminate';
}

export function correctiveActionStatusCategory(action: CorrectiveAction): StatusCategoryKey {
  switch (action.status) {
    case 'planned':
      return 'new';
    case 'in_progress':
      return 'indeterminate';
    case 'implemented':
    case 'cancelled':
      return 'done';
    default:
      return assertNever(action);
  }
}
