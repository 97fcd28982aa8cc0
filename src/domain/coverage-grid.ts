// The month grid of a cycle: per clause/control and month, what happened — checks completed (and how many found a
// problem), audits held or planned, nonconformities raised. Facts only, so months after `asOf` show just the plan.
// Checks count whatever their item's status is now: a check done in March stays done after the item is retired.
import { cycleMonths, type AuditCycle } from './audit-programme/audit-cycle';
import { scopeReaches } from './audit-programme/catalogue-scope';
import type { PlannedAudit } from './audit-programme/planned-audit';
import { monthOf, type YearMonth } from './audit-programme/year-month';
import { coverageRows, reachesEntry } from './coverage';
import { isFailingOutcome } from './coverage-gap';
import { assertNever } from './domain-error';
import { isNonconformityFinding, type Finding } from './finding';
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
}

export interface GridRow {
  readonly id: CatalogueId;
  readonly cells: readonly GridCell[];
}

export interface CoverageGrid {
  readonly months: readonly YearMonth[];
  readonly rows: readonly GridRow[];
}

export interface CoverageGridInput {
  readonly cycle: AuditCycle;
  readonly applicableControls: readonly AnnexAControlId[];
  readonly items: readonly MonitoringItem[];
  readonly checks: readonly MonitoringCheck[];
  readonly audits: readonly PlannedAudit[];
  readonly findings: readonly Finding[];
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

export function coverageGrid(input: CoverageGridInput): CoverageGrid {
  const months = cycleMonths(input.cycle);
  const coversById = new Map(input.items.map((item) => [item.id, item.covers]));
  const done = input.checks.filter((check): check is DoneCheck => check.status === 'done');
  const ncs = input.findings.filter(isNonconformityFinding);

  const rows = coverageRows(input.applicableControls).map((id): GridRow => {
    const checks = done.filter((check) => reachesEntry(coversById.get(check.itemId) ?? [], id));
    const audits = input.audits.filter((audit) => audit.scope.some((scopeId) => scopeReaches(scopeId, id)));
    const raised = ncs.filter((finding) => reachesEntry(finding.references, id));
    const cells = months.map((month): GridCell => {
      const checksInMonth = checks.filter((check) => monthOf(check.completedOn) === month);
      const marks = audits.filter((audit) => audit.month === month).map(auditMark);
      return {
        month,
        checksDone: checksInMonth.length,
        checksFailing: checksInMonth.filter((check) => isFailingOutcome(check.outcome)).length,
        audited: marks.includes('held'),
        auditPlanned: marks.includes('planned'),
        nonconformitiesRaised: raised.filter((finding) => monthOf(finding.raisedOn) === month).length,
      };
    });
    return { id, cells };
  });
  return { months, rows };
}
