// The ISO 27001 10.2 loop end to end through the finding panel's resolver on the real stack: a major nonconformity
// is raised, contained, analysed, corrected with linked corrective-action issues, reviewed as ineffective, replanned,
// reviewed as effective and closed — with its app fields, `clause9` property and Jira status kept in step.
import { CLOCK_ONLY, action, fiveWhys, issueOf, issuesOfType, linksOf, panel, raisePayload } from './finding-fixtures';
import { startTestStack, TEST_USERS, type TestStack } from './stack';

const { member, outsider, committee } = TEST_USERS;

interface View {
  stage: string;
  revision: number;
  nextAllowed: string[];
  rootCause: { statement: string } | null;
  correctiveActions: { id: string; issueKey: string; currentCycle: boolean; overdue: boolean; state: { status: string } }[];
  effectivenessReview: { dueOn: string | null; review: { result: string; reviewedBy: string } | null; priorCycles: unknown[] } | null;
  history: { intent: string; by: string }[];
  issue: { statusName: string; jiraStatusInSync: boolean };
}

describe('finding lifecycle through the finding resolver', () => {
  let stack: TestStack;
  const finding = panel(() => stack);

  beforeEach(async () => {
    jest.useFakeTimers({ now: new Date('2026-03-02T09:00:00Z'), ...CLOCK_ONLY });
    stack = await startTestStack();
    await stack.setUpApp();
  });
  afterEach(async () => {
    await stack.close();
    jest.useRealTimers();
  });

  it('runs raise → contain → root cause → plan → implemented → review (ineffective) → replan → review (effective) → closed', async () => {
    // Raise, and a retried raise returns the same issue.
    const raised = await finding.ok(member, 'findings/raise', raisePayload());
    expect(raised).toMatchObject({ created: true, status: 'open', stage: 'Open', revision: 1, nextAllowed: ['finding/contain'], findingId: 'finding:audit-2026-03-nc-1' });
    const key = raised.issueKey;
    expect(await finding.ok(member, 'findings/raise', raisePayload())).toMatchObject({ created: false, issueKey: key, revision: 1 });
    expect(issuesOfType(stack, 'Finding')).toEqual([key]);
    const opened = issueOf(stack, key);
    expect(opened.issue).toMatchObject({ summary: 'Leavers keep access after their last day', reporterAccountId: member, statusCategory: 'new' });
    expect([opened.field('finding-kind'), opened.field('finding-source'), opened.field('finding-source-ref'), opened.field('finding-stage')]).toEqual([
      'Major nonconformity',
      'Internal audit',
      'IA-2026-03',
      'Open',
    ]);
    expect([opened.field('iso-clause'), opened.field('annex-a-control'), opened.field('root-cause-status')]).toEqual([['9.2'], ['A.5.18'], 'Not started']);
    expect(opened.property).toMatchObject({ id: 'finding:audit-2026-03-nc-1', kind: 'finding', status: 'open', v: 1, rev: 1 });

    // Contain; an illegal step names both states; analyse the root cause.
    const contained = await finding.ok(member, 'finding/contain', { containment: { correction: 'Disabled the three accounts', containedOn: '2026-03-03' } }, key);
    expect(contained).toMatchObject({ stage: 'Contained', revision: 2, jiraStatusInSync: true });
    expect(issueOf(stack, key).issue.statusCategory).toBe('indeterminate');
    const illegal = await finding.fails(member, 'finding/schedule-review', { reviewDueOn: '2026-06-01' }, key);
    expect(illegal.code).toBe('ILLEGAL_TRANSITION');
    expect(illegal.message).toContain('"contained"');
    expect(illegal.message).toContain('"effectiveness_review"');
    expect(await finding.ok(member, 'finding/root-cause', { rootCause: fiveWhys }, key)).toMatchObject({ stage: 'Root cause analysed' });
    expect(issueOf(stack, key).field('root-cause-status')).toBe('Analysed');

    // Plan two corrective actions: linked issues, assigned, due, with the SMART check returned.
    const planned = await finding.ok(member, 'finding/plan-actions', { actions: [action(), action({ description: 'Review access of all 2026 leavers', completionCriterion: 'vague', dueDate: null })] }, key);
    expect(planned.stage).toBe('Corrective action planned');
    const [first, second] = planned.correctiveActions ?? [];
    if (first === undefined || second === undefined) throw new Error('two actions expected');
    expect([first.id, second.id]).toEqual(['ca:audit-2026-03-nc-1:c1:1', 'ca:audit-2026-03-nc-1:c1:2']);
    expect(first.isSmart).toBe(true);
    expect(second.isSmart).toBe(false);
    expect(second.smart.T).toEqual({ result: 'fail', reason: 'dueDate is not set' });
    expect(issueOf(stack, first.issueKey).issue).toMatchObject({ issueTypeName: 'Corrective action', assigneeAccountId: member, duedate: '2026-04-15', statusCategory: 'new' });
    expect(await linksOf(stack, key)).toEqual(
      expect.arrayContaining([
        { type: 'Corrective action', inward: first.issueKey },
        { type: 'Corrective action', inward: second.issueKey },
      ]),
    );

    // Work the actions: the second cannot start without a due date, so it is cancelled.
    expect(await finding.ok(member, 'corrective-action/start', { issueKey: first.issueKey })).toMatchObject({ state: { status: 'in_progress' }, findingIssueKey: key });
    expect(issueOf(stack, first.issueKey).issue.statusCategory).toBe('indeterminate');
    expect(await finding.fails(member, 'corrective-action/start', { issueKey: second.issueKey })).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'dueDate' });
    await finding.ok(member, 'corrective-action/cancel', { issueKey: second.issueKey, reason: 'Covered by the first action', cancelledOn: '2026-03-05' });
    expect((await finding.fails(member, 'finding/actions-implemented', {}, key)).message).toMatch(/not implemented yet/);
    await finding.ok(member, 'corrective-action/implemented', { issueKey: first.issueKey, implementedOn: '2026-03-20', implementationEvidence: 'Checklist v3 published' });
    expect(issueOf(stack, first.issueKey).issue.statusCategory).toBe('done');
    expect(await finding.ok(member, 'finding/actions-implemented', {}, key)).toMatchObject({ stage: 'Actions implemented' });
    expect(issueOf(stack, key).field('effectiveness-result')).toBe('Pending');

    // Schedule the review; it finds the actions ineffective; replan with a stronger action (cycle 2).
    await finding.ok(member, 'finding/schedule-review', { reviewDueOn: '2026-06-20' }, key);
    expect(issueOf(stack, key).field('effectiveness-review-due')).toBe('2026-06-20');
    jest.setSystemTime(new Date('2026-06-22T09:00:00Z'));
    const notEffective = await finding.fails(member, 'finding/record-review', { review: { evidence: 'Two leavers kept access in May', result: 'ineffective' } }, key);
    expect(notEffective).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'review.result' });
    const replanned = await finding.ok(
      member,
      'finding/replan',
      { review: { evidence: 'Two leavers kept access in May', result: 'ineffective' }, reason: 'The checklist is skipped for contractors', actions: [action({ description: 'Disable leaver accounts automatically from the HR system feed', dueDate: '2026-07-31' })] },
      key,
    );
    expect(replanned).toMatchObject({ stage: 'Corrective action planned', status: 'corrective_action_planned' });
    const third = replanned.correctiveActions?.[0];
    expect(third?.id).toBe('ca:audit-2026-03-nc-1:c2:1');
    expect(issueOf(stack, key).field('effectiveness-result')).toBe('Ineffective');
    expect(issueOf(stack, key).field('effectiveness-review-due')).toBeNull();

    // Second cycle: implement, review as effective, closed.
    const thirdKey = third?.issueKey ?? '';
    await finding.ok(member, 'corrective-action/start', { issueKey: thirdKey });
    await finding.ok(member, 'corrective-action/implemented', { issueKey: thirdKey, implementedOn: '2026-07-10', implementationEvidence: 'Feed live; test leaver disabled in 5 minutes' });
    await finding.ok(member, 'finding/actions-implemented', {}, key);
    await finding.ok(member, 'finding/schedule-review', { reviewDueOn: '2026-09-30' }, key);
    jest.setSystemTime(new Date('2026-10-01T09:00:00Z'));
    const closed = await finding.ok(member, 'finding/record-review', { review: { evidence: 'No leaver kept access in Q3', result: 'effective' } }, key);
    expect(closed).toMatchObject({ status: 'closed', stage: 'Closed', nextAllowed: [], jiraStatusInSync: true });
    const done = issueOf(stack, key);
    expect(done.issue.statusCategory).toBe('done');
    expect([done.field('finding-stage'), done.field('root-cause-status'), done.field('effectiveness-result'), done.field('effectiveness-review-due')]).toEqual(['Closed', 'Analysed', 'Effective', '2026-09-30']);

    // The panel's view has it all: root cause, actions of both cycles, the review, the history.
    const view = await finding.ok<View>(committee, 'finding/get', {}, key);
    expect(view).toMatchObject({ stage: 'Closed', nextAllowed: [], issue: { jiraStatusInSync: true }, rootCause: { statement: 'The HR offboarding checklist has no step to notify IT' } });
    expect(view.correctiveActions.map((ca) => [ca.id, ca.currentCycle, ca.state.status])).toEqual([
      ['ca:audit-2026-03-nc-1:c2:1', true, 'implemented'],
      ['ca:audit-2026-03-nc-1:c1:1', false, 'implemented'],
      ['ca:audit-2026-03-nc-1:c1:2', false, 'cancelled'],
    ]);
    expect(view.effectivenessReview).toMatchObject({ dueOn: '2026-09-30', review: { result: 'effective', reviewedBy: member } });
    expect(view.effectivenessReview?.priorCycles).toHaveLength(1);
    expect(view.history.map((entry) => entry.intent)).toEqual([
      'raise',
      'recordContainment',
      'recordRootCause',
      'planCorrectiveActions',
      'markActionsImplemented',
      'scheduleEffectivenessReview',
      'replanAfterIneffectiveReview',
      'markActionsImplemented',
      'scheduleEffectivenessReview',
      'closeAfterReview',
    ]);
    expect(stack.contractViolations).toEqual([]);
  });

  it('refuses outsiders as themselves, and lets viewers read but not change', async () => {
    expect(await finding.fails(outsider, 'findings/raise', raisePayload())).toMatchObject({ code: 'FORBIDDEN' });
    expect(issuesOfType(stack, 'Finding')).toEqual([]);
    const { issueKey } = await finding.ok(member, 'findings/raise', raisePayload());
    expect(await finding.fails(outsider, 'finding/get', {}, issueKey)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await finding.fails(outsider, 'finding/contain', { containment: { correction: 'x' } }, issueKey)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await finding.fails(committee, 'finding/contain', { containment: { correction: 'x' } }, issueKey)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await finding.ok(committee, 'finding/get', {}, issueKey)).toMatchObject({ stage: 'Open' });
    expect(issueOf(stack, issueKey).property.rev).toBe(1);
  });

  it('keeps one issue per request id: a reused id for another finding is a CONFLICT naming requestId', async () => {
    await finding.ok(member, 'findings/raise', raisePayload());
    expect(await finding.fails(member, 'findings/raise', raisePayload({ title: 'Another problem entirely' }))).toMatchObject({ code: 'CONFLICT', field: 'requestId' });
    expect(issuesOfType(stack, 'Finding')).toHaveLength(1);
  });

  it.each([
    ['requestId', { requestId: 'x' }, /8 to 100 characters/],
    ['kind', { kind: 'catastrophe' }, /kind must be one of/],
    ['references.0', { references: ['A.9.99'] }, /ISO\/IEC 27001:2022 clause id/],
    ['references', { references: [] }, /at least one clause or control/],
    ['sourceRef', { sourceRef: null }, /sourceRef is required for source "internal_audit"/],
    ['title', { title: ' ' }, /title must not be empty/],
  ])('a raise with a bad %s answers INVALID_PAYLOAD naming it and creates nothing', async (field, overrides, message) => {
    const error = await finding.fails(member, 'findings/raise', raisePayload(overrides));
    expect(error).toMatchObject({ code: 'INVALID_PAYLOAD', field });
    expect(error.message).toMatch(message);
    expect(issuesOfType(stack, 'Finding')).toEqual([]);
  });

  it('a raise cut short after creating the issue is finished by its retry, on the same issue', async () => {
    stack.jira.setFaults({ rules: [{ method: 'POST', path: '/rest/api/3/app/field/value', status: 503, times: 2 }] });
    expect(await finding.fails(member, 'findings/raise', raisePayload())).toMatchObject({ code: 'JIRA_UNAVAILABLE' });
    const [created] = issuesOfType(stack, 'Finding');
    expect(issueOf(stack, created ?? '').field('finding-stage')).toBeNull();

    const retried = await finding.ok(member, 'findings/raise', raisePayload());
    expect(retried).toMatchObject({ created: false, issueKey: created, stage: 'Open' });
    expect(issuesOfType(stack, 'Finding')).toEqual([created]);
    expect(issueOf(stack, retried.issueKey).field('finding-stage')).toBe('Open');
  });

  it('a raise that died before creating anything is taken over once its claim is stale, never doubled', async () => {
    stack.jira.setFaults({ rules: [{ method: 'POST', path: '/rest/api/3/issue', status: 503, times: 2 }] });
    expect(await finding.fails(member, 'findings/raise', raisePayload())).toMatchObject({ code: 'JIRA_UNAVAILABLE' });
    expect(await finding.fails(member, 'findings/raise', raisePayload())).toMatchObject({ code: 'CONFLICT', field: 'requestId' });
    expect(issuesOfType(stack, 'Finding')).toEqual([]);

    jest.setSystemTime(new Date('2026-03-02T09:03:00Z'));
    expect(await finding.ok(member, 'findings/raise', raisePayload())).toMatchObject({ created: true });
    expect(await finding.ok(member, 'findings/raise', raisePayload())).toMatchObject({ created: false });
    expect(issuesOfType(stack, 'Finding')).toHaveLength(1);
  });

  it('a plan cut short after creating its corrective actions adopts them on retry instead of creating more', async () => {
    const { issueKey } = await finding.ok(member, 'findings/raise', raisePayload());
    await finding.ok(member, 'finding/contain', { containment: { correction: 'Disabled the accounts' } }, issueKey);
    await finding.ok(member, 'finding/root-cause', { rootCause: fiveWhys }, issueKey);
    stack.jira.setFaults({ rules: [{ method: 'POST', path: '/rest/api/3/issueLink', status: 503, times: 2 }] });
    const payload = { actions: [action(), action({ description: 'Run a monthly report of active accounts of leavers' })] };
    expect(await finding.fails(member, 'finding/plan-actions', payload, issueKey)).toMatchObject({ code: 'JIRA_UNAVAILABLE' });
    expect(issuesOfType(stack, 'Corrective action')).toHaveLength(2);
    expect(issueOf(stack, issueKey).property).toMatchObject({ status: 'root_cause_analysed', rev: 3 });

    const planned = await finding.ok(member, 'finding/plan-actions', payload, issueKey);
    expect(issuesOfType(stack, 'Corrective action')).toEqual(planned.correctiveActions?.map((ca) => ca.issueKey));
    expect((await linksOf(stack, issueKey)).filter((link) => link.type === 'Corrective action')).toHaveLength(2);
    expect(stack.contractViolations).toEqual([]);
  });

  it('refuses a step from a stale view (CONFLICT) and leaves the record as it was', async () => {
    const { issueKey } = await finding.ok(member, 'findings/raise', raisePayload());
    await finding.ok(member, 'finding/contain', { containment: { correction: 'Disabled the accounts' }, expectedRevision: 1 }, issueKey);
    const stale = await finding.fails(member, 'finding/root-cause', { rootCause: fiveWhys, expectedRevision: 1 }, issueKey);
    expect(stale).toMatchObject({ code: 'CONFLICT', field: 'expectedRevision' });
    expect(issueOf(stack, issueKey).property).toMatchObject({ rev: 2, status: 'contained' });
  });

  it('takes an observation through its lighter path: plan without tickets, then close as actioned', async () => {
    const raised = await finding.ok(member, 'findings/raise', raisePayload({ requestId: 'review-2026-q1-obs-1', kind: 'observation', references: [], source: 'management_review', sourceRef: 'MR-2026-Q1' }));
    expect(raised.nextAllowed).toEqual(['finding/plan-actions', 'finding/close-without-action']);
    expect(await finding.fails(member, 'finding/plan-actions', { actions: [] }, raised.issueKey)).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'plan' });
    expect(await finding.ok(member, 'finding/plan-actions', { actions: [], plan: 'Add leavers to the monthly access review' }, raised.issueKey)).toMatchObject({ stage: 'Action planned' });
    const closed = await finding.ok(member, 'finding/close-improvement', { result: 'Leavers are now in the access review', closedOn: '2026-03-10' }, raised.issueKey);
    expect(closed).toMatchObject({ stage: 'Closed', jiraStatusInSync: true });
    const { field, issue } = issueOf(stack, raised.issueKey);
    expect([field('finding-kind'), field('root-cause-status'), field('effectiveness-result'), issue.statusCategory]).toEqual(['Observation', null, null, 'done']);
    expect(stack.contractViolations).toEqual([]);
  });
});
