// Builders for audit-programme tests: valid defaults with fixed literal dates, overridable per test. Audits in later
// states are reached through the real transitions, so a builder cannot produce a state the domain would refuse.
import { auditCycle } from '../../../src/domain/audit-programme/audit-cycle';
import type { AuditProgramme } from '../../../src/domain/audit-programme/audit-programme';
import type { AreaOwnership } from '../../../src/domain/audit-programme/independence';
import { planAudit, type PlanAuditInput } from '../../../src/domain/audit-programme/plan-audit';
import type { CancelledAudit, InProgressAudit, PlannedAuditDraft, ReportedAudit } from '../../../src/domain/audit-programme/planned-audit';
import { cancelAudit, reportAudit, startAudit } from '../../../src/domain/audit-programme/planned-audit-transitions';
import { everyControlApplicable, applicableControlIds } from '../../../src/domain/audit-programme/statement-of-applicability';
import { yearMonth } from '../../../src/domain/audit-programme/year-month';
import type { TransitionContext } from '../../../src/domain/history-entry';
import { localDate } from '../../../src/domain/local-date';

export const d = localDate;
export const ym = yearMonth;

export const MR = 'acc-mr-1';
export const LEAD = 'acc-lead-1';
export const AUDITOR = 'acc-auditor-2';

export function ctx(overrides: Partial<TransitionContext> = {}): TransitionContext {
  return { at: '2026-01-05T09:00:00.000Z', by: MR, ...overrides };
}

export function planInput(overrides: Partial<PlanAuditInput> = {}): PlanAuditInput {
  return {
    id: 'IA-2026-03',
    title: 'Internal audit: access control',
    month: '2026-03',
    scope: ['A.5.15', 'A.5.18'],
    objectives: 'Determine whether access rights are granted, reviewed and removed as the access policy requires',
    criteria: 'ISO/IEC 27001:2022 A.5.15, A.5.18; Access Control Policy v3',
    auditors: [LEAD, AUDITOR],
    leadAuditor: LEAD,
    ...overrides,
  };
}

export function plannedAudit(overrides: Partial<PlanAuditInput> = {}): PlannedAuditDraft {
  return planAudit(planInput(overrides), ctx()).audit;
}

export function inProgressAudit(overrides: Partial<PlanAuditInput> = {}): InProgressAudit {
  return startAudit(plannedAudit(overrides), d('2026-03-09'), ctx({ at: '2026-03-09T08:00:00.000Z', by: LEAD })).audit;
}

export function reportedAudit(overrides: Partial<PlanAuditInput> = {}, reportedOn = '2026-03-20'): ReportedAudit {
  return reportAudit(inProgressAudit(overrides), { reportedOn: d(reportedOn), reportRef: 'audit-report/IA-2026-03@v1' }, ctx({ by: LEAD })).audit;
}

export function cancelledAudit(overrides: Partial<PlanAuditInput> = {}): CancelledAudit {
  return cancelAudit(plannedAudit(overrides), { cancelledOn: d('2026-02-20'), reason: 'Merged into the April audit' }, ctx()).audit;
}

export function programme(overrides: Partial<AuditProgramme> = {}): AuditProgramme {
  return {
    id: 'AP-2026',
    cycle: auditCycle(ym('2026-01')),
    applicableControls: applicableControlIds(everyControlApplicable()),
    audits: [],
    ...overrides,
  };
}

export function ownership(overrides: Partial<AreaOwnership> = {}): AreaOwnership {
  return { catalogueIds: [], processes: [], monitoringItems: [], ...overrides };
}
