// The month grid of a cycle: per clause/control and month, what happened — checks completed (and how many found a
// problem), audits held or planned, nonconformities raised — with the ids behind each cell, so a cell can lead to
// the issues that fill it. Facts only, so months after `asOf` show just the plan.
// Checks count whatever their item's status is now: a check done in March stays done after the item is retired.
import { cycleMonths, type AuditCycle } from './audit-programme/audit-cycle';
import { scopeReaches } from './audit-programme/catalogue-scope';
import type { PlannedAudit } from './audit-programme/planned-audit';
import { monthOf, type YearMonth } from './audit-programme/year-month';
import { coverageRows, reachesEntry } from './coverage';
import { isFailingOutcome } from './coverage-gap';
import { assertNever } from './domain-error';
import { isNonconformity, type Finding } from './finding';
import type { AnnexAControlId, CatalogueId } from './iso-catalogue/catalogue';
import type { DoneCheck, MonitoringCheck } from './monitoring-check';
import type { MonitoringItem } from './monitoring-item';

export interface GridCell {
  readonly month: YearMonth;
  readonly checksDone: number;
  readonly checksFailing: number;
  /** An audit reaching the entry is in progress or reported in this month. */
  readonly audited: boolean;
  /** An audit reaching the entry is still planned for this month. */
  readonly auditPlanned: boolean;
  readonly nonconformitiesRaised: number;
  /** The ids behind the cell: checks completed, audits held or planned, nonconformities raised. */
  readonly checkIds: readonly string[];
  readonly auditIds: readonly string[];
  readonly findingIds: readonly string[];
}

export interface GridRow {
  readonly id: CatalogueId;
  readonly cells: readonly GridCell[];
}

export interface CoverageGrid {
  readonly months: readonly YearMonth[];
  readonly rows: readonly GridRow[];
}

/** What the grid reads of a check: a done one's completion and outcome (any other status is ignored). */
export type GridCheck = Pick<DoneCheck, 'id' | 'itemId' | 'status' | 'completedOn' | 'outcome'> | Pick<Exclude<MonitoringCheck, DoneCheck>, 'itemId' | 'status'>;
/** What the grid reads of a finding: nonconformities count in the month they were raised, closed or not. */
export type GridFinding = Pick<Finding, 'id' | 'kind' | 'references' | 'raisedOn'>;

export interface CoverageGridInput {
  readonly cycle: AuditCycle;
  readonly applicableControls: readonly AnnexAControlId[];
  readonly items: readonly Pick<MonitoringItem, 'id' | 'covers'>[];
  readonly checks: readonly GridCheck[];
  readonly audits: readonly PlannedAudit[];
  readonly findings: readonly GridFinding[];
}

type AuditMark = 'held' | 'planned' | 'none';

function auditMark(audit: PlannedAudit): AuditMark {
  switch (audit.status) {
    case 'planned':
      return 'planned';
    case 'in_progress':
    case 'reported':
      return 'held';
    case 'cancelled':
      return 'none';
    default:
      return assertNever(audit);
  }
}

type DoneGridCheck = Extract<GridCheck, { readonly status: 'done' }>;

export function coverageGrid(input: CoverageGridInput): CoverageGrid {
  const months = cycleMonths(input.cycle);
  const coversById = new Map(input.items.map((item) => [item.id, item.covers]));
  const done = input.checks.filter((check): check is DoneGridCheck => check.status === 'done');
  const ncs = input.findings.filter((finding) => isNonconformity(finding.kind));

  const rows = coverageRows(input.applicableControls).map((id): GridRow => {
    const checks = done.filter((check) => reachesEntry(coversById.get(check.itemId) ?? [], id));
    const audits = input.audits.filter((audit) => audit.scope.some((scopeId) => scopeReaches(scopeId, id)));
    const raised = ncs.filter((finding) => reachesEntry(finding.references, id));
    const cells = months.map((month): GridCell => {
      const checksInMonth = checks.filter((check) => monthOf(check.completedOn) === month);
      const auditsInMonth = audits.filter((audit) => audit.month === month && auditMark(audit) !== 'none');
      const marks = auditsInMonth.map(auditMark);
      const raisedInMonth = raised.filter((finding) => monthOf(finding.raisedOn) === month);
      return {
        month,
        checksDone: checksInMonth.length,
        checksFailing: checksInMonth.filter((check) => isFailingOutcome(check.outcome)).length,
        audited: marks.includes('held'),
        auditPlanned: marks.includes('planned'),
        nonconformitiesRaised: raisedInMonth.length,
        checkIds: checksInMonth.map((check) => check.id),
        auditIds: auditsInMonth.map((audit) => audit.id),
        findingIds: raisedInMonth.map((finding) => finding.id),
      };
    });
    return { id, cells };
  });
  return { months, rows };
}
