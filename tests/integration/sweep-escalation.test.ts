// Late work escalates owner → ISMS manager → steering committee through the REAL daily trigger: one Jira
// notification per level reached and the `Escalation level` field as the memory, so each level happens once across
// days, however often the sweep runs. Overdue work found by JQL lands in the overdue read model.
import { readAppFieldValue } from '../../src/adapters/jira/issue-fields';
import { overdueEntrySchema } from '../../src/adapters/storage/read-models/overdue-model';
import { okData, startTestStack, TEST_GROUPS, TEST_USERS, type TestStack } from './stack';
import { notificationSchema, recordExchanges, runSweep, searchAsApp, seedIssues, setClock, setupOf, useClock } from './sweep-fixture';

jest.setTimeout(120_000);

const NOTIFY = 'POST /rest/api/3/issue/{issueIdOrKey}/notify';
let stack: TestStack;

beforeAll(async () => {
  useClock('2026-03-02T06:00:00.000Z'); // Monday
  stack = await startTestStack();
  await stack.setUpApp();
  okData(
    await stack.invoke(TEST_USERS.admin, 'settings/escalation/save', {
      owner: { afterDaysOverdue: 0 },
      ismsManager: { accountId: TEST_USERS.ismsManager, afterDaysOverdue: 5 },
      steeringCommittee: { groupName: TEST_GROUPS.steeringCommittee, accountIds: [], afterDaysOverdue: 10 },
    }),
  );
});

afterAll(async () => {
  await stack.close();
  jest.useRealTimers();
});

function overdueModelEntries(): unknown[] {
  return stack.forge.kvsStore
    .entityKeys('read-model')
    .filter((key) => key.startsWith('rm:overdue:'))
    .flatMap((key) => Object.values((stack.forge.kvsStore.getEntity('read-model', key) as { value: Record<string, unknown> }).value));
}

it('escalates an overdue check and an overdue corrective action one level at a time, once per level', async () => {
  const state = setupOf(stack);
  const [check, action] = seedIssues(stack, state, [
    { type: 'monitoringCheck', summary: 'Review firewall logs — due 2026-03-01', duedate: '2026-03-01', assignee: TEST_USERS.member, app: { 'report-due-date': '2026-03-04', 'escalation-level': 0 } },
    { type: 'correctiveAction', summary: 'Rotate the leaked API key', duedate: '2026-02-27', assignee: TEST_USERS.member },
  ]);
  if (check === undefined || action === undefined) throw new Error('seeding failed');
  const notices = recordExchanges(stack, NOTIFY);
  const levelOf = async (issueId: string): Promise<number | null> => {
    const [issue] = await searchAsApp(stack, `id = ${issueId}`, [state.fieldIds['escalation-level']]);
    return readAppFieldValue('escalation-level', issue?.fields[state.fieldIds['escalation-level']]);
  };
  const recipients = (): string[][] =>
    notices.bodies.map((body) => {
      const notice = notificationSchema.parse(body);
      return [...notice.to.users.map((user) => user.accountId), ...notice.to.groups.map((group) => `group:${group.name}`)];
    });

  // Day 1 (1 and 3 days late): the owner is reminded about both.
  await runSweep(stack);
  expect([await levelOf(check.id), await levelOf(action.id)]).toEqual([1, 1]);
  expect(recipients()).toEqual([[TEST_USERS.member], [TEST_USERS.member]]);

  // The same day again, and the next day: nothing new to say.
  await runSweep(stack);
  setClock('2026-03-03T06:00:00.000Z');
  await runSweep(stack);
  expect(notices.bodies).toHaveLength(2);

  // 2026-03-04: the action is 5 days late → ISMS manager; the check only 3.
  setClock('2026-03-04T06:00:00.000Z');
  await runSweep(stack);
  expect([await levelOf(check.id), await levelOf(action.id)]).toEqual([1, 2]);
  expect(recipients().slice(2)).toEqual([[TEST_USERS.ismsManager]]);

  // 2026-03-09: the action 10 days late → steering committee; the check 8 days (and its report late) → ISMS manager.
  setClock('2026-03-09T06:00:00.000Z');
  await runSweep(stack);
  expect([await levelOf(check.id), await levelOf(action.id)]).toEqual([2, 3]);
  expect(recipients().slice(3).sort()).toEqual([[TEST_USERS.ismsManager], [`group:${TEST_GROUPS.steeringCommittee}`]].sort());

  // 2026-03-11: the check reaches the committee; 2026-03-20: nothing is left to escalate.
  setClock('2026-03-11T06:00:00.000Z');
  await runSweep(stack);
  setClock('2026-03-20T06:00:00.000Z');
  const last = await runSweep(stack);
  expect([await levelOf(check.id), await levelOf(action.id)]).toEqual([3, 3]);
  expect(notices.bodies).toHaveLength(6);
  expect(notices.paths.filter((path) => path.includes(`/issue/${check.id}/`))).toHaveLength(3);
  expect(notices.paths.filter((path) => path.includes(`/issue/${action.id}/`))).toHaveLength(3);
  expect(last.tally).toMatchObject({ escalated: 0, overdue: 2 });
  notices.stop();

  const entries = overdueModelEntries().map((entry) => overdueEntrySchema.parse(entry));
  expect(entries.map((entry) => [entry.key, entry.reasons, entry.since, entry.escalationLevel]).sort()).toEqual(
    [
      [action.key, ['action_overdue'], '2026-02-27', 3],
      [check.key, ['check_overdue', 'report_late'], '2026-03-01', 3],
    ].sort(),
  );
  expect(stack.contractViolations).toEqual([]);
});
