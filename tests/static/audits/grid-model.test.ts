// The audit programme's month grid model and the form text helpers (static/isms/src/audits): which audits land in
// which area row and month column, where the gaps show, and how typed lists and the finding description are built.
import { buildProgrammeGrid, monthLabel, statusCounts } from '../../../static/isms/src/audits/grid-model';
import { findingDescription, parseLines } from '../../../static/isms/src/audits/form-text';
import { parseIdList } from '../../../static/shared/id-list';
import type { AuditView, ProgrammeView } from '../../../static/isms/src/audits/api';

const facts = { processes: [], objectives: 'o', criteria: 'c', auditors: ['lead'], programmeId: 'AP-T', version: 1, jiraIssueKey: null, history: [] };

function audit(id: string, month: string, scope: string[], status: AuditView['status']): AuditView {
  const common = { ...facts, id, title: id, month, scope, leadAuditor: 'lead' };
  const byStatus = {
    planned: { ...common, status: 'planned' },
    in_progress: { ...common, status: 'in_progress', startedOn: `${month}-05` },
    reported: { ...common, status: 'reported', startedOn: `${month}-05`, reportedOn: `${month}-20`, reportRef: `AR-${id}` },
    cancelled: { ...common, status: 'cancelled', cancelledOn: `${month}-01`, reason: 'r' },
  };
  return byStatus[status] as unknown as AuditView;
}

const programme = {
  id: 'AP-T',
  version: 1,
  cycle: { start: '2026-11', months: 3 },
  applicableControls: ['A.5.15', 'A.5.16', 'A.7.1', 'A.7.2'],
  undecidedControls: [],
  plannedAt: '2026-10-01T09:00:00.000Z',
  plannedBy: 'manager',
  placements: [],
  statementOfApplicability: { applicableControls: [], exclusions: [] },
  audits: [
    audit('A1', '2026-11', ['A.5.15', 'A.5.16'], 'reported'),
    audit('A2', '2026-12', ['9', '10'], 'in_progress'),
    audit('A3', '2027-01', ['A.7.1'], 'cancelled'),
    audit('A4', '2027-01', ['9.2.1'], 'planned'),
    audit('A5', '2027-06', ['4'], 'planned'),
  ],
  uncovered: { clauses: ['4.1'], controls: ['A.7.1', 'A.7.2'], areas: [{ areaId: 'annex-a-physical', title: 'Physical controls (A.7.1–A.7.14)', uncovered: ['A.7.1', 'A.7.2'] }], complete: false },
  conflicts: [],
} as unknown as ProgrammeView;

describe('the programme month grid', () => {
  const grid = buildProgrammeGrid(programme);
  const row = (areaId: string) => grid.rows.find((candidate) => candidate.areaId === areaId);
  const ids = (areaId: string) => row(areaId)?.cells.map((cell) => cell.map((each) => each.id));

  it('has one column per month of the cycle, across a year boundary', () => {
    expect(grid.months).toEqual(['2026-11', '2026-12', '2027-01']);
  });

  it('has the seven clauses, then only the control sets the SoA leaves something to audit in', () => {
    expect(grid.rows.map((each) => each.areaId)).toEqual(['clause-4', 'clause-5', 'clause-6', 'clause-7', 'clause-8', 'clause-9', 'clause-10', 'annex-a-access-control', 'annex-a-physical']);
  });

  it('puts each audit in the month it is planned, on every area its scope reaches (a sub-clause reaches its clause)', () => {
    expect(ids('annex-a-access-control')).toEqual([['A1'], [], []]);
    expect(ids('clause-9')).toEqual([[], ['A2'], ['A4']]);
    expect(ids('clause-10')).toEqual([[], ['A2'], []]);
    expect(ids('annex-a-physical')).toEqual([[], [], ['A3']]);
  });

  it('marks the gaps on their area row and lists audits outside the cycle apart', () => {
    expect(row('annex-a-physical')).toMatchObject({ uncovered: ['A.7.1', 'A.7.2'], requirements: 2 });
    expect(row('clause-9')?.uncovered).toEqual([]);
    expect(grid.outsideCycle.map((each) => each.id)).toEqual(['A5']);
  });

  it('counts audits per status and labels months for people', () => {
    expect(statusCounts(programme.audits)).toEqual({ planned: 2, in_progress: 1, reported: 1, cancelled: 1 });
    expect(monthLabel('2027-01')).toBe('Jan 2027');
  });
});

describe('form text', () => {
  it('reads ids separated by commas, semicolons or spaces, and processes one per line', () => {
    expect(parseIdList(' 9.2, A.5.15;A.5.18\n 4 ')).toEqual(['9.2', 'A.5.15', 'A.5.18', '4']);
    expect(parseIdList('   ')).toEqual([]);
    expect(parseLines('Card processor (Acquirer Ltd), EU\n\n  Change management ')).toEqual(['Card processor (Acquirer Ltd), EU', 'Change management']);
  });

  it('appends the objective evidence to the description, and leaves a missing description blank for the resolver to name', () => {
    expect(findingDescription(' Access not revoked. ', ' 4 of 12 sampled leavers. ')).toBe('Access not revoked.\n\nObjective evidence:\n4 of 12 sampled leavers.');
    expect(findingDescription('Access not revoked.', '  ')).toBe('Access not revoked.');
    expect(findingDescription('  ', 'evidence only')).toBe('');
  });
});
