// Revising a corrective action through the finding resolver on the real stack: an action planned without owner and
// due date gets them (the issue's assignee and due date follow), then starts; bad input and a stale panel write nothing.
import { CLOCK_ONLY, action, fiveWhys, issueOf, panel, raisePayload } from './finding-fixtures';
import { startTestStack, TEST_USERS, type TestStack } from './stack';

const { member, committee, ismsManager } = TEST_USERS;

interface ActionChange {
  revision: number;
  nextAllowed: string[];
  state: { status: string; owner: string | null; dueDate: string | null };
}

describe('revising a corrective action through the finding resolver', () => {
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

  /** A finding analysed and planned with one action that has neither owner nor due date. */
  async function draftAction(): Promise<string> {
    const { issueKey } = await finding.ok(member, 'findings/raise', raisePayload());
    await finding.ok(member, 'finding/contain', { containment: { correction: 'Disabled the three accounts' } }, issueKey);
    await finding.ok(member, 'finding/root-cause', { rootCause: fiveWhys }, issueKey);
    const planned = await finding.ok(member, 'finding/plan-actions', { actions: [action({ owner: null, dueDate: null })] }, issueKey);
    const key = planned.correctiveActions?.[0]?.issueKey;
    if (key === undefined) throw new Error('one action expected');
    return key;
  }

  /** What Jira holds for the action: its assignee, due date, and the record's revision. */
  const held = (key: string) => {
    const { issue, property } = issueOf(stack, key);
    return { assignee: issue.assigneeAccountId, duedate: issue.duedate, rev: property.rev };
  };

  it('sets owner and due date on a draft action, edits only the changed issue fields, then the action starts', async () => {
    const key = await draftAction();
    expect(held(key)).toEqual({ assignee: null, duedate: null, rev: 1 });
    expect(await finding.fails(member, 'corrective-action/start', { issueKey: key })).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'owner' });

    const revised = await finding.ok<ActionChange>(member, 'corrective-action/revise', { issueKey: key, expectedRevision: 1, owner: ismsManager, dueDate: '2026-04-15', note: 'Agreed in the ISMS meeting' });
    expect(revised).toMatchObject({ revision: 2, state: { status: 'planned', owner: ismsManager, dueDate: '2026-04-15' } });
    expect(revised.nextAllowed).toEqual(['corrective-action/start', 'corrective-action/cancel', 'corrective-action/revise']);
    expect(held(key)).toEqual({ assignee: ismsManager, duedate: '2026-04-15', rev: 2 });
    const history = issueOf(stack, key).property.history as { intent: string; from: string; to: string; by: string; note: string }[];
    expect(history.at(-1)).toMatchObject({
      intent: 'revise',
      from: 'planned',
      to: 'planned',
      by: member,
      note: `owner (none) → ${ismsManager}; dueDate (none) → 2026-04-15 — Agreed in the ISMS meeting`,
    });

    expect(await finding.ok<ActionChange>(member, 'corrective-action/start', { issueKey: key, expectedRevision: 2 })).toMatchObject({ state: { status: 'in_progress' } });

    // In progress: a new due date moves the issue's due date alone; the due date cannot be removed.
    const mark = stack.issueEvents.length;
    await finding.ok(member, 'corrective-action/revise', { issueKey: key, dueDate: '2026-04-30' });
    expect(held(key)).toMatchObject({ assignee: ismsManager, duedate: '2026-04-30' });
    const edited = stack.issueEvents.slice(mark).flatMap((event) => event.changelog?.items ?? []).filter((item) => item.fieldtype === 'jira').map((item) => item.field);
    expect(edited).not.toContain('assignee');
    expect(edited).toContain('duedate');
    expect(await finding.fails(member, 'corrective-action/revise', { issueKey: key, dueDate: null })).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'dueDate', message: 'dueDate cannot be removed while work is in progress' });
    expect(stack.contractViolations).toEqual([]);
  });

  it('refuses a bad due date, an empty revision, a stale panel and a viewer, writing nothing', async () => {
    const key = await draftAction();

    expect(await finding.fails(member, 'corrective-action/revise', { issueKey: key, dueDate: '2026-02-30' })).toMatchObject({
      code: 'INVALID_PAYLOAD',
      field: 'dueDate',
      message: 'dueDate: dueDate must be a calendar date in the form YYYY-MM-DD',
    });
    expect((await finding.fails(member, 'corrective-action/revise', { issueKey: key })).message).toMatch(/give at least one of owner, dueDate, description or completionCriterion/);
    expect(await finding.fails(member, 'corrective-action/revise', { issueKey: key, expectedRevision: 3, dueDate: '2026-04-15' })).toMatchObject({ code: 'CONFLICT' });
    expect(await finding.fails(committee, 'corrective-action/revise', { issueKey: key, dueDate: '2026-04-15' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(held(key)).toEqual({ assignee: null, duedate: null, rev: 1 });
  });
});
