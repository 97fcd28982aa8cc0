import { auditCycle } from '../../src/domain/audit-programme/audit-cycle';
import { yearMonth } from '../../src/domain/audit-programme/year-month';
import { coverageGrid, type CoverageGridInput, type GridCell } from '../../src/domain/coverage-grid';
import { retireMonitoringItem } from '../../src/domain/monitoring-item';
import { cancelledAudit, inProgressAudit, plannedAudit, reportedAudit } from './audit-programme/audit-builders';
import { ctx } from './monitoring-builders';
import { activeItem, d, doneCheck, openNonconformity } from './coverage-builders';

const firewall = activeItem({ id: 'MI-fw', covers: ['A.8.15'] });
const retiredSiem = retireMonitoringItem(activeItem({ id: 'MI-siem', covers: ['A.8.16', 'A.8.15'] }), { retiredOn: d('2026-03-01'), reason: 'Replaced by MI-fw' }, ctx()).item;

function input(overrides: Partial<CoverageGridInput> = {}): CoverageGridInput {
  return {
    cycle: auditCycle(yearMonth('2026-01'), 6),
    applicableControls: ['A.8.15', 'A.8.16'],
    items: [firewall, retiredSiem],
    checks: [
      doneCheck({ itemId: 'MI-fw', dueOn: '2026-01-01' }),
      doneCheck({ itemId: 'MI-fw', dueOn: '2026-02-01', completedOn: '2026-02-04', outcome: 'nonconforming' }),
      doneCheck({ itemId: 'MI-siem', dueOn: '2026-02-01', completedOn: '2026-02-02' }),
      doneCheck({ itemId: 'MI-fw', dueOn: '2026-03-01', completedOn: '2026-02-27' }),
    ],
    audits: [
      reportedAudit({ id: 'IA-1', scope: ['A.8.15'], month: '2026-03' }),
      inProgressAudit({ id: 'IA-2', scope: ['A.8.16'], month: '2026-03' }),
      plannedAudit({ id: 'IA-3', scope: ['A.8.15', 'A.8.16'], month: '2026-05' }),
      cancelledAudit({ id: 'IA-4', scope: ['A.8.15'], month: '2026-06' }),
    ],
    findings: [openNonconformity({ id: 'F-1', references: ['A.8.15'], raisedOn: d('2026-02-05') })],
    ...overrides,
  };
}

const EMPTY = { checksDone: 0, checksFailing: 0, audited: false, auditPlanned: false, nonconformitiesRaised: 0, checkIds: [], auditIds: [], findingIds: [] };

describe('coverageGrid', () => {
  const grid = coverageGrid(input());

  it('has one column per month of the cycle and one row per clause requirement and applicable control', () => {
    expect(grid.months).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    expect(grid.rows.map((r) => r.id).slice(-2)).toEqual(['A.8.15', 'A.8.16']);
  });

  it.each<[string, string, Partial<GridCell>]>([
    ['A.8.15', '2026-01', { checksDone: 1, checkIds: ['MI-fw@2026-01-01'] }],
    ['A.8.15', '2026-02', { checksDone: 3, checksFailing: 1, nonconformitiesRaised: 1, checkIds: ['MI-fw@2026-02-01', 'MI-siem@2026-02-01', 'MI-fw@2026-03-01'], findingIds: ['F-1'] }],
    ['A.8.15', '2026-03', { audited: true, auditIds: ['IA-1'] }],
    ['A.8.15', '2026-04', {}],
    ['A.8.15', '2026-05', { auditPlanned: true, auditIds: ['IA-3'] }],
    // A cancelled audit marks nothing and leads nowhere.
    ['A.8.15', '2026-06', {}],
    ['A.8.16', '2026-02', { checksDone: 1, checkIds: ['MI-siem@2026-02-01'] }],
    ['A.8.16', '2026-03', { audited: true, auditIds: ['IA-2'] }],
    ['9.2.1', '2026-02', {}],
  ])('%s in %s', (id, month, expected) => {
    const cell = grid.rows.find((r) => r.id === id)?.cells.find((c) => c.month === month);
    expect(cell).toEqual({ month, ...EMPTY, ...expected });
  });
});
