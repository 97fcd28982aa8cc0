// What the finding panel reads (`finding/get`): the view parses with the panel's own contract schema at every stage
// it is shown in, and says whether the caller may move the finding (Edit Issues) so viewers get a read-only panel.
import { findingPanelViewSchema } from '../../src/contracts/finding-view-schema';
import { CLOCK_ONLY, action, fiveWhys, panel, raisePayload } from './finding-fixtures';
import { startTestStack, TEST_USERS, type TestStack } from './stack';

const { member, committee } = TEST_USERS;

describe('the finding panel view', () => {
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

  it('parses with the panel contract at each stage and tells editors from viewers', async () => {
    const { issueKey } = await finding.ok(member, 'findings/raise', raisePayload());
    const read = async (who: string) => findingPanelViewSchema.parse(await finding.ok<unknown>(who, 'finding/get', {}, issueKey));

    expect(await read(member)).toMatchObject({ canEdit: true, stage: 'Open', nextAllowed: ['finding/contain'] });
    expect(await read(committee)).toMatchObject({ canEdit: false, stage: 'Open', nextAllowed: ['finding/contain'] });

    await finding.ok(member, 'finding/contain', { containment: { correction: 'Disabled the three accounts' } }, issueKey);
    await finding.ok(member, 'finding/root-cause', { rootCause: fiveWhys }, issueKey);
    await finding.ok(member, 'finding/plan-actions', { actions: [action()] }, issueKey);
    const planned = await read(member);
    expect(planned).toMatchObject({ stage: 'Corrective action planned', rootCause: { statement: 'The HR offboarding checklist has no step to notify IT' } });
    expect(planned.correctiveActions.map((each) => [each.state.status, each.nextAllowed, each.currentCycle])).toEqual([
      ['planned', ['corrective-action/start', 'corrective-action/cancel', 'corrective-action/revise'], true],
    ]);
    expect(stack.contractViolations).toEqual([]);
  });

  it('shows an action issue moved to Done on a board as Done in Jira but not implemented here', async () => {
    const { issueKey } = await finding.ok(member, 'findings/raise', raisePayload());
    await finding.ok(member, 'finding/contain', { containment: { correction: 'Disabled the three accounts' } }, issueKey);
    await finding.ok(member, 'finding/root-cause', { rootCause: fiveWhys }, issueKey);
    await finding.ok(member, 'finding/plan-actions', { actions: [action()] }, issueKey);
    const read = async () => findingPanelViewSchema.parse(await finding.ok<unknown>(member, 'finding/get', {}, issueKey));
    const planned = (await read()).correctiveActions[0];
    expect(planned?.jiraStatus).toEqual({ name: 'To Do', category: 'new', matchesState: true });

    // An engineer drags the action issue to Done on the team's board: Jira only, no app step.
    const jira = await import('./all-jira-adapters');
    expect(await jira.transitionIssue(stack.requesterAs(member), planned?.issueKey ?? '', { statusCategory: 'done' })).toBeDefined();

    const moved = (await read()).correctiveActions[0];
    expect(moved).toMatchObject({ state: { status: 'planned' }, jiraStatus: { name: 'Done', category: 'done', matchesState: false } });
    expect(stack.contractViolations).toEqual([]);
  });
});
