// The internal audit programme through the REAL resolver dispatch, @forge/kvs and the Jira stand-in: a 12-month
// programme covering clauses 4–10 and the applicable controls, the independence check, audits started once (one
// "Internal audit" issue however often start is called), reported and cancelled, and every refusal naming its field.
import { planAudit } from '../../src/domain/audit-programme/plan-audit';
import { cancelAudit, reportAudit, startAudit } from '../../src/domain/audit-programme/planned-audit-transitions';
import { ANNEX_A_CONTROLS } from '../../src/domain/iso-catalogue/catalogue';
import { localDate as d } from '../../src/domain/local-date';
import { AUDITS_PAGE, clause9Ids, invoker, ismsIssues } from './isms-record-fixtures';
import { FAKE_CLOCK_OPTIONS } from './matrix-fixtures';
import { envelopeError, startTestStack, TEST_USERS, type TestStack } from './stack';

interface AuditView { id: string; status: string; month: string; scope: string[]; version: number; jiraIssueKey: string | null; auditors: string[]; leadAuditor: string | null }
interface Conflict { auditId: string; accountId: string; basis: string; subject: string; reason: string }
interface ProgrammeView {
  id: string;
  version: number;
  audits: AuditView[];
  uncovered: { clauses: string[]; controls: string[]; areas: { areaId: string; uncovered: string[] }[]; complete: boolean };
  conflicts: Conflict[];
  applicableControls: string[];
}

let stack: TestStack;
const { call, ok } = invoker(() => stack, AUDITS_PAGE);
const m = TEST_USERS.ismsManager;
const plan = {
  programmeId: 'AP-2027',
  cycleStart: '2027-01',
  months: 12,
  maxItemsPerMonth: 2,
  statementOfApplicability: {
    applicableControls: ANNEX_A_CONTROLS.map((control) => control.id).filter((id) => id !== 'A.8.30'),
    exclusions: [{ control: 'A.8.30', justification: 'No outsourced development.' }],
  },
};
const ACCESS_AUDIT = 'AP-2027-annex-a-access-control-1';
const CLAUSE_9_AUDIT = 'AP-2027-clause-9-1';

beforeAll(async () => {
  jest.useFakeTimers({ now: new Date('2026-12-01T09:00:00.000Z'), ...FAKE_CLOCK_OPTIONS });
  stack = await startTestStack({ now: () => new Date() });
  await stack.setUpApp();
});

afterAll(async () => {
  await stack.close();
  jest.useRealTimers();
});

afterEach(() => {
  expect(stack.contractViolations).toEqual([]);
});

describe('planning the programme', () => {
  it('before any plan, get answers null; outsiders may not read, members may not plan', async () => {
    expect(await ok(m, 'programme/get')).toBeNull();
    expect(envelopeError(await call(TEST_USERS.outsider, 'programme/get'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(envelopeError(await call(TEST_USERS.member, 'programme/plan', plan))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('plans 12 months "little and often" covering clauses 4–10 and every applicable control, and a retry changes nothing', async () => {
    const programme = await ok<ProgrammeView>(m, 'programme/plan', plan);

    expect(programme.uncovered).toEqual({ clauses: [], controls: [], areas: [], complete: true });
    expect(programme.audits).toHaveLength(21); // 7 clauses + 14 control sets
    const months = new Set(programme.audits.map((audit) => audit.month));
    expect([...months].sort()).toEqual(Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, '0')}`));
    for (const clause of ['4', '5', '6', '7', '8', '9', '10']) expect(programme.audits.some((audit) => audit.scope.includes(clause as never))).toBe(true);
    expect(programme.audits.flatMap((audit) => audit.scope)).not.toContain('A.8.30');
    expect(programme.applicableControls).toHaveLength(92);

    const again = await ok<ProgrammeView>(m, 'programme/plan', plan);
    expect(again.version).toBe(programme.version);
    expect((await ok<ProgrammeView>(TEST_USERS.member, 'programme/get')).audits.map((audit) => audit.version)).toEqual(programme.audits.map(() => 1));
  });

  it.each([
    ['maxItemsPerMonth', { ...plan, programmeId: 'AP-X', maxItemsPerMonth: 1 }, 'too few for 21 areas'],
    ['cycleStart', { ...plan, programmeId: 'AP-X', cycleStart: '2027-13' }, 'YYYY-MM'],
    ['programmeId', { ...plan, programmeId: 'AP/2027' }, 'letters, digits'],
    ['statementOfApplicability.exclusions.0.control', { ...plan, programmeId: 'AP-X', statementOfApplicability: { ...plan.statementOfApplicability, exclusions: [{ control: 'A.5.1', justification: 'x' }] } }, 'also listed'],
    ['programmeId', { ...plan, months: 6 }, 'already planned'],
  ])('a bad plan names %s', async (field, payload, rule) => {
    const error = envelopeError(await call(m, 'programme/plan', payload));
    expect(error.field).toBe(field);
    expect(error.message).toContain(rule);
    expect(['INVALID_PAYLOAD', 'CONFLICT']).toContain(error.code);
  });
});

describe('independence (9.2.2 c)', () => {
  it('flags an auditor who owns a control in the audit scope, and refuses to start that audit', async () => {
    expect(await ok(m, 'ownership/save', { owners: { [TEST_USERS.member]: { catalogueIds: ['A.5.15'], processes: [] } } })).toMatchObject({ version: 1 });
    expect(await ok(TEST_USERS.member, 'ownership/get')).toMatchObject({ version: 1, changedBy: m, owners: { [TEST_USERS.member]: { catalogueIds: ['A.5.15'] } } });
    expect(envelopeError(await call(TEST_USERS.member, 'ownership/save', { owners: {} }))).toMatchObject({ code: 'FORBIDDEN' });
    const { conflicts } = await ok<{ conflicts: Conflict[] }>(m, 'audits/update', { auditId: ACCESS_AUDIT, auditors: [TEST_USERS.member, m], leadAuditor: TEST_USERS.member });

    expect(conflicts).toEqual([expect.objectContaining({ auditId: ACCESS_AUDIT, accountId: TEST_USERS.member, basis: 'owns_requirement', subject: 'A.5.15' })]);
    expect((await ok<{ conflicts: Conflict[] }>(TEST_USERS.member, 'programme/conflicts')).conflicts).toEqual(conflicts);
    const refused = envelopeError(await call(m, 'audits/start', { auditId: ACCESS_AUDIT }));
    expect(refused).toMatchObject({ code: 'CONFLICT', field: 'auditors' });
    expect(refused.message).toContain('owns A.5.15');
    expect(clause9Ids(stack)).toEqual([]);
  });

  it('clears once an independent auditor leads', async () => {
    const { conflicts } = await ok<{ conflicts: Conflict[] }>(m, 'audits/update', { auditId: ACCESS_AUDIT, auditors: [TEST_USERS.committee], leadAuditor: TEST_USERS.committee });
    expect(conflicts).toEqual([]);
  });
});

describe('running audits', () => {
  it('starting an audit twice creates ONE "Internal audit" issue, assigned to the lead, with its scope fields, in progress', async () => {
    await ok(m, 'audits/update', { auditId: CLAUSE_9_AUDIT, auditors: [TEST_USERS.committee], leadAuditor: TEST_USERS.committee });
    const first = await ok<AuditView>(m, 'audits/start', { auditId: CLAUSE_9_AUDIT });
    const second = await ok<AuditView>(m, 'audits/start', { auditId: CLAUSE_9_AUDIT });

    expect(first).toMatchObject({ status: 'in_progress', startedOn: '2026-12-01' });
    expect(second.jiraIssueKey).toBe(first.jiraIssueKey);
    expect(clause9Ids(stack)).toEqual([`internal-audit:AP-2027:${CLAUSE_9_AUDIT}`]);
    const issue = stack.jira.admin.issue(first.jiraIssueKey ?? '');
    expect(issue).toMatchObject({ issueTypeName: 'Internal audit', assigneeAccountId: TEST_USERS.committee, statusCategory: 'indeterminate' });
    expect(issue?.properties.clause9).toMatchObject({ kind: 'internal-audit', status: 'in_progress', auditId: CLAUSE_9_AUDIT });
    expect(Object.values(issue?.customFields ?? {})).toContainEqual(['9']);
  });

  it('a start that fails after Jira created the issue is completed by the retry, adopting that issue', async () => {
    const audit = 'AP-2027-clause-10-1';
    await ok(m, 'audits/update', { auditId: audit, auditors: [TEST_USERS.committee], leadAuditor: TEST_USERS.committee });
    stack.jira.setFaults({ rules: [{ method: 'POST', path: /^\/rest\/api\/3\/app\/field\/value/, status: 503, times: 2 }] });
    expect(envelopeError(await call(m, 'audits/start', { auditId: audit }))).toMatchObject({ code: 'JIRA_UNAVAILABLE' });
    stack.jira.setFaults(undefined);
    const stored = (await ok<ProgrammeView>(m, 'programme/get')).audits.find((candidate) => candidate.id === audit);
    expect(stored).toMatchObject({ status: 'in_progress', jiraIssueKey: null });

    const started = await ok<AuditView>(m, 'audits/start', { auditId: audit });
    expect(clause9Ids(stack).filter((id) => id.endsWith(audit))).toHaveLength(1);
    expect(started.jiraIssueKey).not.toBeNull();
  });

  it('reports with a report reference and conclusion: the issue follows (reported, done); a retry changes nothing', async () => {
    expect(envelopeError(await call(m, 'audits/report', { auditId: CLAUSE_9_AUDIT, reportRef: 'AR-2027-09', conclusion: '  ' }))).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'conclusion' });
    const reported = await ok<AuditView & { conclusion?: string }>(m, 'audits/report', { auditId: CLAUSE_9_AUDIT, reportRef: 'AR-2027-09', conclusion: ' Clause 9 conforms; one observation on KPI evidence. ' });
    expect(reported.conclusion).toBe('Clause 9 conforms; one observation on KPI evidence.');
    const retry = await ok<AuditView>(m, 'audits/report', { auditId: CLAUSE_9_AUDIT, reportRef: 'AR-2027-09' });

    expect(reported).toMatchObject({ status: 'reported', reportRef: 'AR-2027-09' });
    expect(retry.version).toBe(reported.version);
    const issue = stack.jira.admin.issue(reported.jiraIssueKey ?? '');
    expect(issue).toMatchObject({ statusCategory: 'done' });
    expect(issue?.properties.clause9).toMatchObject({ status: 'reported', reportRef: 'AR-2027-09' });
    expect(envelopeError(await call(m, 'audits/report', { auditId: CLAUSE_9_AUDIT, reportRef: 'AR-OTHER' }))).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    expect(envelopeError(await call(m, 'audits/update', { auditId: CLAUSE_9_AUDIT, month: '2027-03' }))).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
  });

  it('a cancelled audit no longer covers its scope, and never had an issue', async () => {
    const cancelled = await ok<AuditView>(m, 'audits/cancel', { auditId: 'AP-2027-clause-4-1', reason: 'Merged into the external audit prep.' });
    const uncovered = await ok<{ clauses: string[]; areas: { areaId: string }[] }>(TEST_USERS.member, 'programme/uncovered');

    expect(cancelled).toMatchObject({ status: 'cancelled', jiraIssueKey: null });
    expect(uncovered.clauses).toEqual(['4.1', '4.2', '4.3', '4.4']);
    expect(uncovered.areas.map((area) => area.areaId)).toEqual(['clause-4']);
    expect(ismsIssues(stack)).toHaveLength(2); // the two audits that started
  });

  it.each([
    ['month', { auditId: ACCESS_AUDIT, month: '2028-01' }, 'inside the cycle', 'INVALID_PAYLOAD'],
    ['scope', { auditId: ACCESS_AUDIT, scope: [] }, 'at least one', 'INVALID_PAYLOAD'],
    ['scope.0', { auditId: ACCESS_AUDIT, scope: ['A.9.1'] }, 'Annex A control id', 'INVALID_PAYLOAD'],
    ['leadAuditor', { auditId: ACCESS_AUDIT, auditors: [m], leadAuditor: TEST_USERS.member }, 'one of the auditors', 'INVALID_PAYLOAD'],
    ['expectedVersion', { auditId: ACCESS_AUDIT, expectedVersion: 1, month: '2027-05' }, 'changed by someone else', 'CONFLICT'],
    ['auditId', { auditId: 'AP-2027-nope' }, 'has no audit', 'NOT_FOUND'],
  ])('audits/update with a bad %s is refused and stores nothing', async (field, payload, rule, code) => {
    const before = await ok<ProgrammeView>(m, 'programme/get');
    const error = envelopeError(await call(m, 'audits/update', payload));

    expect(error).toMatchObject({ code, field });
    expect(error.message).toContain(rule);
    expect(await ok<ProgrammeView>(m, 'programme/get')).toEqual(before);
  });

  it('cancel needs a reason; start needs a lead auditor', async () => {
    expect(envelopeError(await call(m, 'audits/cancel', { auditId: ACCESS_AUDIT, reason: '  ' }))).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'reason' });
    const error = envelopeError(await call(m, 'audits/start', { auditId: 'AP-2027-clause-5-1' }));
    expect(error).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    expect(error.message).toContain('lead auditor');
  });
});

describe('importing a programme (the demo seed)', () => {
  const at = { at: '2026-01-02T09:00:00.000Z', by: m };
  function programme(title = 'Context of the organisation') {
    const team = { auditors: [TEST_USERS.committee], leadAuditor: TEST_USERS.committee };
    const facts = (id: string, month: string, scope: string[]) => ({ id, title: `${id} ${title}`, month, scope, processes: [], objectives: 'Conformity with 27001.', criteria: 'ISO/IEC 27001:2022', ...team });
    const reported = reportAudit(startAudit(planAudit(facts('IMP-01', '2026-01', ['4']), at).audit, d('2026-01-05'), at).audit, { reportedOn: d('2026-01-20'), reportRef: 'AR-IMP-01' }, at).audit;
    const running = startAudit(planAudit(facts('IMP-02', '2026-02', ['A.5.15']), at).audit, d('2026-02-03'), at).audit;
    const planned = planAudit(facts('IMP-03', '2026-03', ['5']), at).audit;
    const cancelled = cancelAudit(planAudit(facts('IMP-04', '2026-04', ['6']), at).audit, { cancelledOn: d('2026-03-01'), reason: 'Moved to next cycle.' }, at).audit;
    return { programme: { id: 'AP-IMP', cycle: { start: '2026-01', months: 12 }, applicableControls: ['A.5.15'], audits: [reported, running, planned, cancelled] }, statementOfApplicability: { applicableControls: ['A.5.15'], exclusions: [] } };
  }
  const importedIds = () => clause9Ids(stack).filter((id) => id.startsWith('internal-audit:AP-IMP:'));

  it('stores the audits as they stand and gives each started one its issue; a re-run creates nothing', async () => {
    const first = await ok<ProgrammeView>(m, 'programme/import', programme());
    const again = await ok<ProgrammeView>(m, 'programme/import', programme());

    expect(first.audits.map((audit) => [audit.id, audit.status, audit.jiraIssueKey !== null])).toEqual([
      ['IMP-01', 'reported', true],
      ['IMP-02', 'in_progress', true],
      ['IMP-03', 'planned', false],
      ['IMP-04', 'cancelled', false],
    ]);
    expect(importedIds()).toEqual(['internal-audit:AP-IMP:IMP-01', 'internal-audit:AP-IMP:IMP-02']);
    expect(again.audits.map((audit) => audit.jiraIssueKey)).toEqual(first.audits.map((audit) => audit.jiraIssueKey));
    expect(stack.jira.admin.issue(first.audits[0]?.jiraIssueKey ?? '')).toMatchObject({ statusCategory: 'done' });
  });

  it('refuses other content under the same id, and names a bad audit field', async () => {
    expect(envelopeError(await call(m, 'programme/import', programme('Changed')))).toMatchObject({ code: 'CONFLICT', field: 'programmeId' });
    const bad = programme();
    const error = envelopeError(await call(m, 'programme/import', { ...bad, programme: { ...bad.programme, id: 'AP-BAD', audits: [{ ...bad.programme.audits[2], scope: [] }] } }));
    expect(error).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'programme.audits.0.scope' });
    expect(importedIds()).toHaveLength(2);
  });
});
