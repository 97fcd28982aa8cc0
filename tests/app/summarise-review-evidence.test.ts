// The computed pack inputs from live evidence rows: each count is a filter over the rows, per reporting period, with
// Jira instants read as calendar days in the organisation's time zone. Fixed literal dates throughout.
import type { EvidenceIssue } from '../../src/adapters/jira/search-review-evidence';
import { ReviewEvidence } from '../../src/app/summarise-review-evidence';
import type { PlannedAudit } from '../../src/domain/audit-programme/planned-audit';
import { yearMonth } from '../../src/domain/audit-programme/year-month';
import { localDate as d } from '../../src/domain/local-date';
import type { ReportingPeriod } from '../../src/domain/management-review/review-pack-inputs';

const H1: ReportingPeriod = { label: 'H1', from: d('2026-01-01'), to: d('2026-06-30') };

function row(overrides: Partial<EvidenceIssue>): EvidenceIssue {
  return {
    id: '1', key: 'ISMS-1', role: 'finding', summary: 's', created: '2026-02-01T10:00:00.000+00:00', resolved: null, resolution: null,
    statusCategory: 'new', dueDate: null, findingKind: null, findingSource: null, checkOutcome: null, clause9Id: null, record: undefined, ...overrides,
  };
}

describe('ReviewEvidence', () => {
  it('reads instants in the organisation time zone: 23:30 UTC on 30 June is 1 July in Amsterdam', () => {
    const late = row({ findingKind: 'Major nonconformity', created: '2026-06-30T23:30:00.000+00:00' });
    expect(new ReviewEvidence([late], 'UTC').nonconformities(H1).nonconformitiesOpened).toBe(1);
    expect(new ReviewEvidence([late], 'Europe/Amsterdam').nonconformities(H1).nonconformitiesOpened).toBe(0);
  });

  it.each([
    ['open, due before the end of the period', { dueDate: d('2026-06-29') }, 1],
    ['open, due on the last day', { dueDate: d('2026-06-30') }, 0],
    ['resolved inside the period', { dueDate: d('2026-03-01'), resolved: '2026-05-01T10:00:00.000+00:00' }, 0],
    ['resolved after the period', { dueDate: d('2026-03-01'), resolved: '2026-07-02T10:00:00.000+00:00' }, 1],
    ['no due date', { dueDate: null }, 0],
  ])('a corrective action %s counts %i as overdue at the end of the period', (_what, overrides, overdue) => {
    const action = row({ role: 'correctiveAction', ...overrides });
    expect(new ReviewEvidence([action], 'UTC').nonconformities(H1).correctiveActionsOverdue).toBe(overdue);
  });

  it('counts checks due in the period, those resolved by their due date, and their outcomes by label', () => {
    const checks = [
      row({ role: 'monitoringCheck', dueDate: d('2026-03-10'), resolved: '2026-03-10T18:00:00.000+00:00', checkOutcome: 'Conforming' }),
      row({ role: 'monitoringCheck', dueDate: d('2026-03-10'), resolved: '2026-03-11T08:00:00.000+00:00', checkOutcome: 'Partially conforming' }),
      row({ role: 'monitoringCheck', dueDate: d('2026-07-10') }),
    ];
    expect(new ReviewEvidence(checks, 'UTC').monitoring(H1)).toEqual({ period: H1, checksDue: 2, checksDoneOnTime: 1, outcomes: { conforming: 1, partially_conforming: 1 } });
  });

  it('audits: planned when their month overlaps the period (not cancelled), held when reported in it; findings from internal audits only', () => {
    const base = { title: 't', scope: [], processes: [], objectives: 'o', criteria: 'c', auditors: ['a'] } as const;
    const audits: PlannedAudit[] = [
      { ...base, id: 'A1', month: yearMonth('2026-06'), status: 'reported', leadAuditor: 'a', startedOn: d('2026-06-02'), reportedOn: d('2026-06-20'), reportRef: 'R1' },
      { ...base, id: 'A2', month: yearMonth('2026-07'), status: 'planned', leadAuditor: null },
      { ...base, id: 'A3', month: yearMonth('2026-02'), status: 'cancelled', leadAuditor: null, cancelledOn: d('2026-01-20'), reason: 'r' },
    ];
    const findings = [
      row({ findingKind: 'Minor nonconformity', findingSource: 'Internal audit' }),
      row({ findingKind: 'Observation', findingSource: 'Monitoring check' }),
    ];
    expect(new ReviewEvidence(findings, 'UTC').audits(H1, audits)).toEqual({ period: H1, auditsPlanned: 1, auditsHeld: 1, findings: { minor_nonconformity: 1 } });
  });

  it('maps previous action items to their issues: done, cancelled (Won\'t Do) or open when the issue is gone', () => {
    const items = [
      { id: 'A1', description: 'x', owner: 'o', dueDate: d('2026-03-01') },
      { id: 'A2', description: 'y', owner: 'o', dueDate: d('2026-04-01') },
      { id: 'A3', description: 'z', owner: 'o', dueDate: d('2026-05-01') },
    ];
    const issues = [
      row({ key: 'ISMS-7', role: 'reviewAction', statusCategory: 'done', resolution: 'Done' }),
      row({ key: 'ISMS-8', role: 'reviewAction', statusCategory: 'done', resolution: "Won't Do" }),
    ];
    const statuses = new ReviewEvidence(issues, 'UTC').previousActions('MR-1', items, { A1: 'ISMS-7', A2: 'ISMS-8', A3: 'ISMS-9' }).map((item) => item.status);
    expect(statuses).toEqual(['done', 'cancelled', 'open']);
  });
});
