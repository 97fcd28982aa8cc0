// Every object of the Northwind Payments ISMS dataset passes the domain's own schemas and rules, covers what a demo
// must show, and sits at dates relative to the demo's "today" (2026-11-22 here).
import { auditCycleSchema } from '../../../src/domain/audit-programme/audit-cycle';
import { independenceConflicts } from '../../../src/domain/audit-programme/independence';
import { ownershipWithMonitoringItems } from '../../../src/domain/audit-programme/ownership-from-monitoring-items';
import { planAuditInputSchema } from '../../../src/domain/audit-programme/plan-audit';
import { statementOfApplicabilitySchema } from '../../../src/domain/audit-programme/statement-of-applicability';
import { uncoveredInCycle } from '../../../src/domain/audit-programme/uncovered-in-cycle';
import { isCorrectiveActionOverdue, planCorrectiveActionInputSchema } from '../../../src/domain/corrective-action';
import { effectivenessReviewSchema } from '../../../src/domain/effectiveness-review';
import { FINDING_STATUSES } from '../../../src/domain/finding';
import { raiseFindingInputSchema } from '../../../src/domain/finding-raise';
import { checkMeasurement, kpiDefinitionSchema, staleness } from '../../../src/domain/kpi';
import { addDays, localDate } from '../../../src/domain/local-date';
import { reviewOutputsSchema } from '../../../src/domain/management-review/review-outputs';
import { monitoringItemSchema } from '../../../src/domain/monitoring-item-schema';
import { MONITORED_ELEMENTS, MONITORING_METHODS } from '../../../src/domain/monitoring-vocabulary';
import { rootCauseAnalysisSchema } from '../../../src/domain/root-cause';
import { workingDayCalendarSchema } from '../../../src/domain/working-days';
import { buildDemoOrganisation, DEMO_PEOPLE_LIST } from '../../../local/seed';

const TODAY = localDate('2026-11-22');
const org = buildDemoOrganisation(TODAY);
const people = new Set(DEMO_PEOPLE_LIST.map((person) => person.accountId));

describe('working-day calendar', () => {
  it('passes workingDayCalendarSchema with England’s bank holidays around today', () => {
    expect(workingDayCalendarSchema.safeParse(org.calendar).error).toBeUndefined();
    expect(org.calendar.holidays).toEqual(expect.arrayContaining(['2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']));
    expect(org.calendar.holidays).toContain('2027-12-27'); // Christmas on a Saturday: substitute days on Monday and Tuesday
    expect(org.calendar.holidays).toContain('2027-12-28');
  });
});

describe('monitoring matrix', () => {
  it.each(org.monitoringItems.map((item) => [item.id, item]))('%s passes monitoringItemSchema', (_id, item) => {
    expect(monitoringItemSchema.safeParse(item).error).toBeUndefined();
    expect(people.has(item.responsibleAccountId) && people.has(item.analysis.analystAccountId)).toBe(true);
    expect(item.riskIds.every((risk) => org.risks.some((known) => known.id === risk))).toBe(true);
  });

  it('has about 40 active items across all five elements, seven methods and the usual frequencies, with spot checks', () => {
    const active = org.monitoringItems.filter((item) => item.status === 'active');
    expect(active).toHaveLength(40);
    expect(new Set(active.map((item) => item.element))).toEqual(new Set(MONITORED_ELEMENTS));
    expect(new Set(active.map((item) => item.method))).toEqual(new Set(MONITORING_METHODS));
    expect(new Set(active.map((item) => item.recurrence.rule.frequency))).toEqual(new Set(['weekly', 'monthly', 'quarterly', 'semi_annual', 'annual']));
    expect(active.filter((item) => item.spotCheckOfCriticalTask).length).toBeGreaterThanOrEqual(4);
    expect(org.monitoringItems.map((item) => item.status)).toEqual(expect.arrayContaining(['draft', 'retired']));
    expect(new Set(org.monitoringItems.map((item) => item.id)).size).toBe(org.monitoringItems.length);
  });
});

describe('KPIs', () => {
  it.each(org.kpis.map((kpi) => [kpi.id, kpi]))('%s passes kpiDefinitionSchema and every measurement passes checkMeasurement', (_id, kpi) => {
    expect(kpiDefinitionSchema.safeParse(kpi).error).toBeUndefined();
    const own = org.measurements.filter((measurement) => measurement.kpiId === kpi.id);
    for (const measurement of own) expect(() => checkMeasurement(kpi, measurement)).not.toThrow();
    expect(own.every((measurement) => measurement.recordedAt.slice(0, 10) <= TODAY)).toBe(true);
  });

  it('has 18 months of monthly history, ending last month', () => {
    const incidents = org.measurements.filter((measurement) => measurement.kpiId === 'KPI-INC').map((measurement) => measurement.periodStart);
    expect(incidents).toHaveLength(18);
    expect(incidents[0]).toBe('2025-05-01');
    expect(incidents.at(-1)).toBe('2026-10-01');
  });

  it('shows one stale KPI (awareness: not fed for two quarters) and fresh others', () => {
    const status = (id: string): string => {
      const kpi = org.kpis.find((candidate) => candidate.id === id);
      const last = org.measurements.filter((measurement) => measurement.kpiId === id).at(-1)?.periodStart ?? null;
      return kpi === undefined ? 'missing' : staleness(kpi, last, TODAY, 5).status;
    };
    expect(status('KPI-AWARE')).toBe('stale');
    expect(status('KPI-PATCH')).toBe('fresh');
  });
});

describe('audit programme', () => {
  const programme = org.auditProgramme;
  it('passes the cycle, SoA and plan-audit schemas', () => {
    expect(auditCycleSchema.safeParse(programme.cycle).error).toBeUndefined();
    expect(statementOfApplicabilitySchema.safeParse(org.statementOfApplicability).error).toBeUndefined();
    for (const audit of programme.audits) {
      const { id, title, month, scope, processes, objectives, criteria, auditors, leadAuditor } = audit;
      expect(planAuditInputSchema.safeParse({ id, title, month, scope, processes, objectives, criteria, auditors, leadAuditor }).error).toBeUndefined();
    }
  });

  it('covers clauses 4–10 and every applicable control but one (the gap the programme page shows), with independent auditors, in every audit state', () => {
    expect(uncoveredInCycle(programme)).toEqual({ clauses: [], controls: ['A.8.27'] });
    expect(independenceConflicts(programme.audits, ownershipWithMonitoringItems({}, org.monitoringItems))).toEqual([]);
    expect(new Set(programme.audits.map((audit) => audit.status))).toEqual(new Set(['planned', 'in_progress', 'reported', 'cancelled']));
    expect(programme.cycle).toEqual({ start: '2026-01', months: 12 });
  });
});

describe('findings and corrective actions', () => {
  it('has findings in every lifecycle state, each built from valid inputs', () => {
    expect(new Set(org.findings.map(({ finding }) => finding.status))).toEqual(new Set(FINDING_STATUSES));
    for (const { finding } of org.findings) {
      const { id, kind, source, sourceRef, references, raisedBy, raisedOn, title, description } = finding;
      expect(raiseFindingInputSchema.safeParse({ id, kind, source, sourceRef, references, raisedBy, raisedOn, title, description }).error).toBeUndefined();
      if ('rootCause' in finding) expect(rootCauseAnalysisSchema.safeParse(finding.rootCause).error).toBeUndefined();
      if ('review' in finding) expect(effectivenessReviewSchema.safeParse(finding.review).error).toBeUndefined();
      if ('priorCycles' in finding) for (const cycle of finding.priorCycles) expect(effectivenessReviewSchema.safeParse(cycle.review).error).toBeUndefined();
    }
    expect(org.findings.some(({ finding }) => 'cycle' in finding && finding.cycle === 2)).toBe(true);
    expect(new Set(org.findings.map(({ finding }) => finding.kind))).toEqual(new Set(['major_nonconformity', 'minor_nonconformity', 'observation', 'opportunity_for_improvement']));
  });

  it('has corrective actions in every state, some overdue, all owned by demo people', () => {
    expect(new Set(org.correctiveActions.map(({ action }) => action.status))).toEqual(new Set(['planned', 'in_progress', 'implemented', 'cancelled']));
    for (const { action } of org.correctiveActions) {
      const { id, findingId, description, completionCriterion, owner, dueDate } = action;
      expect(planCorrectiveActionInputSchema.safeParse({ id, findingId, description, completionCriterion, owner, dueDate }).error).toBeUndefined();
      expect(owner !== null && people.has(owner)).toBe(true);
    }
    expect(org.correctiveActions.filter(({ action }) => isCorrectiveActionOverdue(action, TODAY)).map(({ action }) => action.id)).toEqual(['CA-007']);
  });

  it('never records anything after today', () => {
    const history = [...org.findings.flatMap(({ history: entries }) => entries), ...org.correctiveActions.flatMap(({ history: entries }) => entries)];
    expect(history.every((entry) => entry.at.slice(0, 10) <= TODAY)).toBe(true);
  });
});

describe('management review', () => {
  it('has outputs that pass reviewOutputsSchema for its date, and action items followed up', () => {
    const review = org.managementReview;
    expect(reviewOutputsSchema(review.heldOn).safeParse(review.outputs).error).toBeUndefined();
    expect(review.heldOn).toBe('2026-06-25');
    expect(review.minutes.map((section) => section.input)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'resources']);
    expect(new Set(review.actionItemStatus.map((item) => item.status))).toEqual(new Set(['open', 'in_progress', 'done']));
  });
});

it('moves with the demo "today": the same dataset a year later is a year later', () => {
  const later = buildDemoOrganisation(localDate('2027-11-22'));
  expect(later.managementReview.heldOn).toBe('2027-06-25');
  expect(later.auditProgramme.cycle.start).toBe('2027-01');
  expect(later.findings.map(({ finding }) => finding.raisedOn)).toEqual(org.findings.map(({ finding }) => addDays(finding.raisedOn, 365)));
});
