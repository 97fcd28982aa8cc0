// The escalation step with in-memory ports: each level once, a resumed run never notifies twice, a notification
// Jira refuses for good still records the level, and a busy Jira leaves the field untouched for the next run.
import { JiraRequestError } from '../../src/adapters/jira/jira-error';
import type { IssueNotification } from '../../src/adapters/jira/notify-issue';
import type { OverdueEntry } from '../../src/adapters/storage/read-models/overdue-model';
import { DEFAULT_ESCALATION_SETTINGS, type EscalationSettings } from '../../src/contracts/admin-settings';
import { escalateOverdueWork, type EscalatePorts } from '../../src/app/escalate-overdue-work';
import { localDate } from '../../src/domain/local-date';

const today = localDate('2026-03-16');
const chain: EscalationSettings = { ...DEFAULT_ESCALATION_SETTINGS, ismsManager: { accountId: 'acc-mr', afterDaysOverdue: 5 }, steeringCommittee: { groupName: 'steering', accountIds: [], afterDaysOverdue: 10 } };

function entry(overrides: Partial<OverdueEntry> = {}): OverdueEntry {
  return { issueId: '10001', key: 'ISMS-1', summary: 'Review firewall logs', kind: 'check', reasons: ['check_overdue'], ownerAccountId: 'acc-owner', since: localDate('2026-03-10'), dueOn: localDate('2026-03-10'), escalationLevel: 0, itemId: 'MI-1', ...overrides };
}

function ports(entries: readonly OverdueEntry[], overrides: Partial<EscalatePorts> = {}) {
  const sent: { issueId: string; notification: IssueNotification }[] = [];
  const fieldWrites: Map<string, number>[] = [];
  let journal: Readonly<Record<string, number>> = {};
  const base: EscalatePorts = {
    readOverdue: () => Promise.resolve(new Map(entries.map((e) => [e.issueId, e]))),
    notify: (issueId, notification) => {
      sent.push({ issueId, notification });
      return Promise.resolve();
    },
    setEscalationLevels: (levels) => {
      fieldWrites.push(new Map(levels));
      return Promise.resolve();
    },
    updateOverdueLevels: () => Promise.resolve(),
    readJournal: () => Promise.resolve(journal),
    saveJournal: (next) => {
      journal = next;
      return Promise.resolve();
    },
    hasTimeFor: () => true,
  };
  return { ports: { ...base, ...overrides }, sent, fieldWrites, journal: () => journal };
}

describe('escalateOverdueWork on 2026-03-16 (owner at 0, ISMS manager at 5, committee at 10 days)', () => {
  it('tells the owner and the ISMS manager together when a 6-day-late check was never escalated, in one notification', async () => {
    const world = ports([entry()]);
    const result = await escalateOverdueWork(world.ports, { today, chain });
    expect(world.sent).toHaveLength(1);
    expect(world.sent[0]?.notification.to).toEqual({ accountIds: ['acc-owner', 'acc-mr'], groups: [] });
    expect(world.sent[0]?.notification.subject).toBe('[Clause9] ISMS-1 escalated to the ISMS manager: 6 days late');
    expect(world.fieldWrites).toEqual([new Map([['10001', 2]])]);
    expect(result).toMatchObject({ complete: true, escalated: 1, notified: 1, notificationFailures: 0 });
    expect(world.journal()).toEqual({});
  });

  it('does nothing for an issue already at the level due', async () => {
    const world = ports([entry({ escalationLevel: 2 })]);
    expect(await escalateOverdueWork(world.ports, { today, chain })).toMatchObject({ escalated: 0, notified: 0 });
    expect(world.sent).toEqual([]);
    expect(world.fieldWrites).toEqual([]);
  });

  it('does not notify again after a run died between the notification and the field write', async () => {
    const world = ports([entry()]);
    await world.ports.saveJournal({ '10001': 2 });
    await escalateOverdueWork(world.ports, { today, chain });
    expect(world.sent).toEqual([]);
    expect(world.fieldWrites).toEqual([new Map([['10001', 2]])]);
  });

  it('records the level when Jira refuses the notification for good, and says so', async () => {
    const world = ports([entry()], { notify: () => Promise.reject(new JiraRequestError(400, 'POST /rest/api/3/issue/{issueIdOrKey}/notify', '{"errorMessages":["No recipients"]}')) });
    const result = await escalateOverdueWork(world.ports, { today, chain });
    expect(result).toMatchObject({ escalated: 1, notified: 0, notificationFailures: 1 });
    expect(result.problems[0]).toMatch(/did not send the escalation notice for ISMS-1/);
    expect(world.fieldWrites).toEqual([new Map([['10001', 2]])]);
  });

  it('leaves the field alone when Jira is busy, keeping the notifications already sent in the journal', async () => {
    let calls = 0;
    const world = ports([entry(), entry({ issueId: '10002', key: 'ISMS-2', since: localDate('2026-03-15') })], {
      notify: () => {
        calls += 1;
        return calls === 1 ? Promise.resolve() : Promise.reject(new JiraRequestError(503, 'POST /rest/api/3/issue/{issueIdOrKey}/notify', ''));
      },
    });
    await expect(escalateOverdueWork(world.ports, { today, chain })).rejects.toBeInstanceOf(JiraRequestError);
    expect(world.fieldWrites).toEqual([]);
    expect(world.journal()).toEqual({ '10001': 2 });
  });

  it('records a level nobody is configured to hear about, without a notification', async () => {
    const world = ports([entry({ ownerAccountId: null, since: localDate('2026-03-14') })]);
    const result = await escalateOverdueWork(world.ports, { today, chain });
    expect(world.sent).toEqual([]);
    expect(world.fieldWrites).toEqual([new Map([['10001', 1]])]);
    expect(result.problems[0]).toMatch(/nobody is configured/);
  });

  it('stops before a batch when the invocation is out of time', async () => {
    const world = ports([entry()], { hasTimeFor: () => false });
    expect(await escalateOverdueWork(world.ports, { today, chain })).toMatchObject({ complete: false, escalated: 0 });
    expect(world.sent).toEqual([]);
  });
});
