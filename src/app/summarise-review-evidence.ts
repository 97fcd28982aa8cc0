// Turns the live evidence rows (one Jira search) and the audit programme into the computed inputs of a review pack
// (9.3.2 a, d 1–3, g), per reporting period. Pure: dates are converted to calendar days in the organisation's time
// zone once, and every count is a plain filter over the rows — easy to check by hand against Jira.
import type { EvidenceIssue } from '../adapters/jira/search-review-evidence';
import type { PlannedAudit } from '../domain/audit-programme/planned-audit';
import { firstDayOf, addMonthsTo } from '../domain/audit-programme/year-month';
import { FINDING_KIND_LABELS, FINDING_KINDS, FINDING_SOURCE_LABELS, type FindingKind } from '../domain/finding';
import { addDays, compareLocalDates, localDateAt, type LocalDate } from '../domain/local-date';
import type { ReviewActionItem } from '../domain/management-review/review-outputs';
import type {
  ActionItemStatus,
  AuditPeriod,
  MonitoringPeriod,
  NonconformityPeriod,
  OpenImprovementOpportunity,
  PreviousActionItem,
  ReportingPeriod,
} from '../domain/management-review/review-pack-inputs';
import { CHECK_OUTCOMES, type CheckOutcome } from '../domain/monitoring-check';
import { recordedSpan } from './recorded-span';

interface Row {
  readonly issue: EvidenceIssue;
  /** Opened and closed: by the app's record when the issue carries one (recorded-span.ts), else by Jira. */
  readonly created: LocalDate;
  readonly resolved: LocalDate | null;
}

const within = (date: LocalDate | null, period: ReportingPeriod): date is LocalDate =>
  date !== null && compareLocalDates(date, period.from) >= 0 && compareLocalDates(date, period.to) <= 0;
const openAt = (row: Row, day: LocalDate): boolean => compareLocalDates(row.created, day) <= 0 && (row.resolved === null || compareLocalDates(row.resolved, day) > 0);

const KIND_BY_LABEL = new Map<string, FindingKind>(FINDING_KINDS.map((kind) => [FINDING_KIND_LABELS[kind].toLowerCase(), kind]));
const OUTCOME_BY_LABEL = new Map<string, CheckOutcome>(CHECK_OUTCOMES.map((outcome) => [outcome.replace('_', ' '), outcome]));
const kindOf = (row: Row): FindingKind | undefined => KIND_BY_LABEL.get(row.issue.findingKind?.toLowerCase() ?? '');
const isNc = (row: Row): boolean => kindOf(row) === 'major_nonconformity' || kindOf(row) === 'minor_nonconformity';

export class ReviewEvidence {
  private readonly rows: readonly Row[];

  constructor(issues: readonly EvidenceIssue[], timeZone: string) {
    const day = (iso: string): LocalDate => localDateAt(new Date(iso), timeZone);
    this.rows = issues.map((issue) => {
      const span = issue.role === 'finding' || issue.role === 'correctiveAction' ? recordedSpan(issue.record, timeZone) : null;
      if (span !== null) return { issue, created: span.openedOn, resolved: span.closedOn };
      return { issue, created: day(issue.created), resolved: issue.resolved === null ? null : day(issue.resolved) };
    });
  }

  private of(role: EvidenceIssue['role']): Row[] {
    return this.rows.filter((row) => row.issue.role === role);
  }

  nonconformities(period: ReportingPeriod): NonconformityPeriod {
    const ncs = this.of('finding').filter(isNc);
    const actions = this.of('correctiveAction');
    return {
      period,
      nonconformitiesOpened: ncs.filter((row) => within(row.created, period)).length,
      nonconformitiesClosed: ncs.filter((row) => within(row.resolved, period)).length,
      correctiveActionsOpened: actions.filter((row) => within(row.created, period)).length,
      correctiveActionsClosed: actions.filter((row) => within(row.resolved, period)).length,
      correctiveActionsOverdue: actions.filter((row) => openAt(row, period.to) && row.issue.dueDate !== null && compareLocalDates(row.issue.dueDate, period.to) < 0).length,
    };
  }

  hasChecks(): boolean {
    return this.of('monitoringCheck').length > 0;
  }

  monitoring(period: ReportingPeriod): MonitoringPeriod {
    const due = this.of('monitoringCheck').filter((row) => within(row.issue.dueDate, period));
    const onTime = due.filter((row) => row.resolved !== null && row.issue.dueDate !== null && compareLocalDates(row.resolved, row.issue.dueDate) <= 0);
    const outcomes: Partial<Record<CheckOutcome, number>> = {};
    for (const row of due) {
      const outcome = OUTCOME_BY_LABEL.get(row.issue.checkOutcome?.toLowerCase() ?? '');
      if (outcome !== undefined) outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    }
    return { period, checksDue: due.length, checksDoneOnTime: onTime.length, outcomes };
  }

  audits(period: ReportingPeriod, audits: readonly PlannedAudit[]): AuditPeriod {
    const overlaps = (audit: PlannedAudit): boolean => {
      const lastDay = addDays(firstDayOf(addMonthsTo(audit.month, 1)), -1);
      return compareLocalDates(firstDayOf(audit.month), period.to) <= 0 && compareLocalDates(lastDay, period.from) >= 0;
    };
    const findings: Partial<Record<FindingKind, number>> = {};
    const auditSource = FINDING_SOURCE_LABELS.internal_audit.toLowerCase();
    for (const row of this.of('finding')) {
      const kind = kindOf(row);
      if (kind !== undefined && row.issue.findingSource?.toLowerCase() === auditSource && within(row.created, period)) findings[kind] = (findings[kind] ?? 0) + 1;
    }
    return {
      period,
      auditsPlanned: audits.filter((audit) => audit.status !== 'cancelled' && overlaps(audit)).length,
      auditsHeld: audits.filter((audit) => audit.status === 'reported' && within(audit.reportedOn, period)).length,
      findings,
    };
  }

  /** 9.3.2 g): opportunities for improvement still open on `asOf`. */
  openImprovementOpportunities(asOf: LocalDate): OpenImprovementOpportunity[] {
    return this.of('finding')
      .filter((row) => kindOf(row) === 'opportunity_for_improvement' && openAt(row, asOf))
      .map((row) => ({ findingId: row.issue.key, title: row.issue.summary, raisedOn: row.created }));
  }

  /** 9.3.2 a): each previous action item with the status of its Jira issue (open when the issue cannot be found). */
  previousActions(reviewId: string, items: readonly ReviewActionItem[], issueKeys: Readonly<Record<string, string>>): PreviousActionItem[] {
    const byKey = new Map(this.rows.map((row) => [row.issue.key, row.issue]));
    return items.map((item) => {
      const key = issueKeys[item.id];
      const issue = key === undefined ? undefined : byKey.get(key);
      return { id: item.id, reviewId, description: item.description, owner: item.owner, dueDate: item.dueDate, status: issue === undefined ? 'open' : actionStatus(issue) };
    });
  }
}

function actionStatus(issue: EvidenceIssue): ActionItemStatus {
  switch (issue.statusCategory) {
    case 'new':
      return 'open';
    case 'indeterminate':
      return 'in_progress';
    case 'done':
      return /won.?t|cancel|declin|duplicate|obsolete/i.test(issue.resolution ?? '') ? 'cancelled' : 'done';
  }
}
