import { uncoveredInCycle } from '../../../src/domain/audit-programme/uncovered-in-cycle';
import { REQUIREMENT_CLAUSES } from '../../../src/domain/audit-programme/catalogue-scope';
import { cancelledAudit, plannedAudit, programme, reportedAudit } from './audit-builders';

const CLAUSE_AUDITS = ['4', '5', '6', '7', '8', '9', '10'].map((clause, index) =>
  plannedAudit({ id: `IA-${clause}`, scope: [clause], month: `2026-${String(index + 1).padStart(2, '0')}` }),
);

describe('uncoveredInCycle', () => {
  it('given no audits, then every requirement clause and every applicable control is uncovered', () => {
    const result = uncoveredInCycle(programme({ applicableControls: ['A.5.1', 'A.8.8'] }));
    expect(result.clauses).toEqual(REQUIREMENT_CLAUSES);
    expect(result.clauses).toContain('6.1.2');
    expect(result.controls).toEqual(['A.5.1', 'A.8.8']);
  });

  it.each<[string, Parameters<typeof programme>[0], { clauses: string[]; controls: string[] }]>([
    ['clause audits and an audit of both controls', { applicableControls: ['A.5.15', 'A.5.18'], audits: [...CLAUSE_AUDITS, plannedAudit()] }, { clauses: [], controls: [] }],
    ['clause audits only', { applicableControls: ['A.5.15', 'A.8.8'], audits: CLAUSE_AUDITS }, { clauses: [], controls: ['A.5.15', 'A.8.8'] }],
    ['the control audit was cancelled', { applicableControls: ['A.5.15'], audits: [...CLAUSE_AUDITS, cancelledAudit({ scope: ['A.5.15'] })] }, { clauses: [], controls: ['A.5.15'] }],
    ['the control audit is after the cycle', { applicableControls: ['A.5.15'], audits: [...CLAUSE_AUDITS, plannedAudit({ month: '2027-01', scope: ['A.5.15'] })] }, { clauses: [], controls: ['A.5.15'] }],
    ['the control audit is reported', { applicableControls: ['A.5.15'], audits: [...CLAUSE_AUDITS, reportedAudit({ scope: ['A.5.15'] })] }, { clauses: [], controls: [] }],
    ['clause 9 audited only at 9.1 and 9.2', { applicableControls: [], audits: [...CLAUSE_AUDITS.filter((a) => a.id !== 'IA-9'), plannedAudit({ id: 'IA-9', scope: ['9.1', '9.2'] })] }, { clauses: ['9.3.1', '9.3.2', '9.3.3'], controls: [] }],
  ])('given %s, then the uncovered lists are %j', (_, overrides, expected) => {
    expect(uncoveredInCycle(programme(overrides))).toEqual(expected);
  });
});
