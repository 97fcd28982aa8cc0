import { auditCycle } from '../../src/domain/audit-programme/audit-cycle';
import { yearMonth } from '../../src/domain/audit-programme/year-month';
import { coverageAsOf, coverageRows, type CoverageInput, type EntryCoverage } from '../../src/domain/coverage';
import type { CoverageGap } from '../../src/domain/coverage-gap';
import { plannedAudit, reportedAudit } from './audit-programme/audit-builders';
import { activeItem, AS_OF, d, doneCheck, draftItem, findingIn, openImprovement, openNonconformity } from './coverage-builders';

const firewall = activeItem({ id: 'MI-fw', covers: ['A.8.15'] });
const siem = activeItem({ id: 'MI-siem', covers: ['A.8.16'] });
const access = activeItem({ id: 'MI-access', covers: ['A.5.18'] });
const backup = activeItem({ id: 'MI-backup', covers: ['A.8.13'] });
const kpiReview = activeItem({ id: 'MI-kpi', covers: ['9'] });
const draft = draftItem({ id: 'MI-draft', covers: ['A.5.1'] });

function input(overrides: Partial<CoverageInput> = {}): CoverageInput {
  return {
    asOf: AS_OF,
    applicableControls: ['A.5.1', 'A.5.18', 'A.8.13', 'A.8.15', 'A.8.16'],
    items: [firewall, siem, access, backup, kpiReview, draft],
    checks: [
      doneCheck({ itemId: 'MI-fw', dueOn: '2026-03-01' }),
      doneCheck({ itemId: 'MI-siem', dueOn: '2026-02-01' }),
      doneCheck({ itemId: 'MI-access', dueOn: '2026-03-01' }),
      doneCheck({ itemId: 'MI-backup', dueOn: '2026-03-01', completedOn: '2026-03-03', outcome: 'nonconforming' }),
      doneCheck({ itemId: 'MI-kpi', dueOn: '2026-03-01' }),
    ],
    cycle: auditCycle(yearMonth('2026-01')),
    audits: [reportedAudit({ id: 'IA-9', scope: ['9.2'], month: '2026-03' }, '2026-03-12'), plannedAudit({ id: 'IA-5', scope: ['A.5.18'], month: '2026-04' })],
    findings: [
      openNonconformity({ id: 'F-1', references: ['A.5.18'], raisedOn: d('2026-02-10') }),
      openNonconformity({ id: 'F-later', references: ['A.8.15'], raisedOn: d('2026-03-20') }),
      findingIn('closed'),
      openImprovement({ id: 'F-ofi', references: ['A.8.15'] }),
    ],
    ...overrides,
  };
}

function row(rows: readonly EntryCoverage[], id: string): EntryCoverage {
  const found = rows.find((entry) => entry.id === id);
  if (found === undefined) throw new Error(`no row ${id}`);
  return found;
}

describe('coverageAsOf', () => {
  const rows = coverageAsOf(input());

  it('lists clauses at requirement grain, then the applicable controls', () => {
    expect(rows.map((entry) => entry.id)).toEqual(coverageRows(['A.5.1', 'A.5.18', 'A.8.13', 'A.8.15', 'A.8.16']));
    expect(rows).toHaveLength(30 + 5);
  });

  it.each<[string, CoverageGap, Partial<EntryCoverage>]>([
    ['A.8.15', 'ok', { hasActiveMonitoringItem: true, checkedWithinWindow: true, lastOutcome: 'conforming', openNonconformities: 0 }],
    ['A.8.16', 'stale', { hasActiveMonitoringItem: true, checkedWithinWindow: false, staleItemIds: ['MI-siem'], lastCheckedOn: d('2026-02-01') }],
    ['A.8.13', 'failing', { lastOutcome: 'nonconforming', lastCheckedOn: d('2026-03-03') }],
    ['A.5.18', 'failing', { checkedWithinWindow: true, openNonconformities: 1, auditedInCurrentCycle: false }],
    ['A.5.1', 'uncovered', { hasActiveMonitoringItem: false, activeItemIds: [], lastOutcome: null }],
    ['9.2.1', 'ok', { activeItemIds: ['MI-kpi'], auditedInCurrentCycle: true }],
    ['9.3.2', 'ok', { auditedInCurrentCycle: false }],
    ['4.1', 'uncovered', { auditedInCurrentCycle: false }],
  ])('%s is %s', (id, gap, expected) => {
    expect(row(rows, id)).toMatchObject({ ...expected, gap });
  });

  it('given an earlier as-of date, then later facts do not count', () => {
    const early = coverageAsOf(input({ asOf: d('2026-03-10') }));
    expect(row(early, '9.2.1').auditedInCurrentCycle).toBe(false);
    expect(row(early, 'A.8.15').openNonconformities).toBe(0);
  });

  it('given the audit belongs to the previous cycle, then it does not count as audited this cycle', () => {
    expect(row(coverageAsOf(input({ cycle: auditCycle(yearMonth('2026-04')) })), '9.2.1').auditedInCurrentCycle).toBe(false);
  });
});
