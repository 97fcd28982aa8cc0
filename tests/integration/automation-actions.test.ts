// The app's Jira Automation actions, invoked the way Automation does (forge.callAutomationAction: the rule's inputs
// as the payload, as the rule actor): outputs on success, `{ errors }` naming the input otherwise — and the app's own
// field writes raise issue-updated events, so "field value changed" rules fire on them.
import { incidents } from './kpi-fixtures';
import { KPI_PAGE } from './matrix-fixtures';
import { CLOCK_ONLY, fiveWhys, issueOf, issuesOfType, panel, raisePayload } from './finding-fixtures';
import { okData, startTestStack, TEST_USERS, type TestStack } from './stack';

const { member, outsider, ismsManager } = TEST_USERS;

type ActionReply = Record<string, unknown> & { errors?: { message: string }[] };

describe('Automation actions', () => {
  let stack: TestStack;
  const finding = panel(() => stack);
  const act = async (action: string, inputs: Record<string, unknown>, who: string = member): Promise<ActionReply> =>
    (await stack.forge.callAutomationAction(action, inputs, who)) as ActionReply;

  beforeEach(async () => {
    jest.useFakeTimers({ now: new Date('2026-03-02T09:00:00Z'), ...CLOCK_ONLY });
    stack = await startTestStack();
    await stack.setUpApp();
  });
  afterEach(async () => {
    await stack.close();
    jest.useRealTimers();
  });

  const fromCheck = { kind: 'Major nonconformity', source: 'Monitoring check', sourceRef: 'ISMS-5', references: '9.1, A.8.16', title: 'SIEM alerts not reviewed for a week', description: 'The weekly log review found 40 unreviewed high alerts.' };

  it('raises a finding once per rule firing: labels accepted, a repeat returns the same issue', async () => {
    const first = await act('clause9-raise-finding', fromCheck);
    expect(first).toMatchObject({ created: true, stage: 'Open' });
    expect(first.findingId).toMatch(/^finding:auto-[0-9a-f]{40}$/);
    expect(await act('clause9-raise-finding', { ...fromCheck, description: 'Fired again by the same rule.' })).toMatchObject({ created: false, issueKey: first.issueKey });
    expect(issuesOfType(stack, 'Finding')).toEqual([first.issueKey]);
    const raised = issueOf(stack, String(first.issueKey));
    expect([raised.field('finding-kind'), raised.field('finding-source'), raised.field('iso-clause'), raised.field('annex-a-control')]).toEqual(['Major nonconformity', 'Monitoring check', ['9.1'], ['A.8.16']]);
    expect(raised.issue.reporterAccountId).toBe(member);
    expect(await act('clause9-raise-finding', { ...fromCheck, requestId: 'ISMS-5-nonconforming', sourceRef: '' })).toMatchObject({ errors: [{ message: expect.stringMatching(/sourceRef is required/) as unknown }] });
  });

  it.each([
    ['kind', { ...fromCheck, kind: 'Disaster' }, /kind must be one of "Major nonconformity"/],
    ['references', { ...fromCheck, references: 'A.99' }, /references\.0/],
    ['requestId', { ...fromCheck, requestId: 'a/b' }, /requestId must be 8 to 100 characters/],
  ])('answers { errors } naming %s for a bad input', async (_field, inputs, message) => {
    const reply = await act('clause9-raise-finding', inputs);
    expect(reply.errors?.[0]?.message).toMatch(message);
    expect(issuesOfType(stack, 'Finding')).toEqual([]);
  });

  it('authorises the rule actor like the UI', async () => {
    expect((await act('clause9-raise-finding', fromCheck, outsider)).errors?.[0]?.message).toMatch(/FORBIDDEN/);
    expect(issuesOfType(stack, 'Finding')).toEqual([]);
  });

  it('creates a corrective action on an analysed finding, with the SMART result as outputs; then schedules the review', async () => {
    const { issueKey } = await finding.ok(member, 'findings/raise', raisePayload());
    await finding.ok(member, 'finding/contain', { containment: { correction: 'Disabled the accounts' } }, issueKey);
    expect((await act('clause9-create-corrective-action', { findingIssueKey: issueKey, description: 'x', completionCriterion: 'y' })).errors?.[0]?.message).toMatch(/ILLEGAL_TRANSITION.*"contained"/);
    await finding.ok(member, 'finding/root-cause', { rootCause: fiveWhys }, issueKey);

    const created = await act('clause9-create-corrective-action', {
      findingIssueKey: issueKey,
      description: 'Add an IT notification step to the HR offboarding checklist for every leaver',
      completionCriterion: 'Checklist v3 published',
      ownerAccountId: member,
      dueDate: '',
    });
    expect(created).toMatchObject({ findingIssueKey: issueKey, isSmart: false, smartFailures: 'T: dueDate is not set' });
    const caKey = String(created.issueKey);
    expect(issueOf(stack, caKey).issue).toMatchObject({ issueTypeName: 'Corrective action', assigneeAccountId: member, duedate: null });

    expect(await finding.fails(member, 'corrective-action/start', { issueKey: caKey })).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'dueDate' });
    await finding.ok(member, 'corrective-action/cancel', { issueKey: caKey, reason: 'Replaced' });
    expect((await act('clause9-schedule-effectiveness-review', { findingIssueKey: issueKey, reviewInDays: 90 })).errors?.[0]?.message).toMatch(/at least one corrective action must be implemented/);
    expect((await act('clause9-schedule-effectiveness-review', { findingIssueKey: issueKey, reviewInDays: 90, reviewDueOn: '2026-06-01' })).errors?.[0]?.message).toMatch(/reviewDueOn: give exactly one/);
  });

  it('schedules the effectiveness review once every action is done, marking the actions implemented first', async () => {
    const { issueKey } = await finding.ok(member, 'findings/raise', raisePayload());
    await finding.ok(member, 'finding/contain', { containment: { correction: 'Disabled the accounts' } }, issueKey);
    await finding.ok(member, 'finding/root-cause', { rootCause: fiveWhys }, issueKey);
    const created = await act('clause9-create-corrective-action', { findingIssueKey: issueKey, description: 'Add an IT step to the offboarding checklist', completionCriterion: 'Checklist v3 published', ownerAccountId: member, dueDate: '2026-04-01' });
    const caKey = String(created.issueKey);
    await finding.ok(member, 'corrective-action/start', { issueKey: caKey });
    await finding.ok(member, 'corrective-action/implemented', { issueKey: caKey, implementationEvidence: 'Checklist v3 published' });

    expect(await act('clause9-schedule-effectiveness-review', { findingIssueKey: issueKey, reviewInDays: 90 })).toEqual({ findingIssueKey: issueKey, reviewDueOn: '2026-05-31', stage: 'Effectiveness review' });
    const reviewed = issueOf(stack, issueKey);
    expect([reviewed.field('finding-stage'), reviewed.field('effectiveness-review-due'), reviewed.field('effectiveness-result')]).toEqual(['Effectiveness review', '2026-05-31', 'Pending']);

    // The app's field writes are issue-updated events carrying the changed Clause9 fields (what rules trigger on).
    const stageChanges = stack.issueEvents
      .filter((event) => event.eventType === 'avi:jira:updated:issue' && event.issue.key === issueKey)
      .flatMap((event) => event.changelog?.items ?? [])
      .filter((item) => item.field === 'Finding stage')
      .map((item) => item.toString);
    expect(stageChanges).toEqual(['Open', 'Contained', 'Root cause analysed', 'Corrective action planned', 'Actions implemented', 'Effectiveness review']);
    expect(stack.contractViolations).toEqual([]);
  });

  it('records a KPI measurement once per idempotency key, for ISMS managers only', async () => {
    okData(await stack.invoke(ismsManager, 'kpis/create', { definition: incidents() }, KPI_PAGE));
    const inputs = { kpiId: 'KPI-INCIDENTS', periodStart: '2026-02-01', baseMeasures: '{"incidents": 1}', idempotencyKey: 'rule-incidents-2026-02', value: '' };
    expect(await act('clause9-record-kpi-measurement', inputs, ismsManager)).toEqual({ outcome: 'recorded', kpiId: 'KPI-INCIDENTS', periodStart: '2026-02-01', indicatorValue: 1, rag: 'green' });
    expect(await act('clause9-record-kpi-measurement', inputs, ismsManager)).toMatchObject({ outcome: 'replayed' });
    expect((await act('clause9-record-kpi-measurement', inputs, member)).errors?.[0]?.message).toMatch(/FORBIDDEN/);
    expect((await act('clause9-record-kpi-measurement', { ...inputs, baseMeasures: '{"incidents": "one"}' }, ismsManager)).errors?.[0]?.message).toMatch(/baseMeasures must be a JSON object/);
    expect((await act('clause9-record-kpi-measurement', { ...inputs, baseMeasures: '{"events": 1}', idempotencyKey: '' }, ismsManager)).errors?.[0]?.message).toMatch(/\(baseMeasures\).*missing incidents/);
  });
});
