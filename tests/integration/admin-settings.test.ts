// Settings through the real stack: each save is validated (messages name the field), versioned in KVS with who and
// when, refused to non-admins, and guarded against two admins overwriting each other.
import { envelopeError, okData, startTestStack, TEST_GROUPS, TEST_USERS, type TestStack } from './stack';

const calendar = { calendar: { weekendDays: [6, 7], holidays: ['2026-12-25', '2026-12-28'], timeZone: 'Europe/Amsterdam' }, reportDeadlineWorkingDays: 3 };
const escalation = {
  owner: { afterDaysOverdue: 0 },
  ismsManager: { accountId: TEST_USERS.ismsManager, afterDaysOverdue: 3 },
  steeringCommittee: { groupName: TEST_GROUPS.steeringCommittee, accountIds: [TEST_USERS.committee], afterDaysOverdue: 7 },
};

interface SettingView {
  value: unknown;
  version: number;
  changedAt: string | null;
  changedBy: string | null;
  recentChanges: { seq: number; at: string; by: string; before: unknown; after: unknown }[];
}
type Settings = Record<'calendar' | 'escalation' | 'access' | 'setup', SettingView>;

async function settings(stack: TestStack): Promise<Settings> {
  return okData(await stack.invoke(TEST_USERS.admin, 'settings/get')) as Settings;
}

describe('admin settings', () => {
  let stack: TestStack;
  beforeEach(async () => {
    stack = await startTestStack();
  });
  afterEach(async () => {
    await stack.close();
  });

  it('serves the defaults (version 0) until an admin saves', async () => {
    const current = await settings(stack);

    expect(current.calendar).toMatchObject({ version: 0, changedBy: null, value: { reportDeadlineWorkingDays: 3, calendar: { weekendDays: [6, 7] } }, recentChanges: [] });
    expect(current.access.value).toEqual({ ismsGroup: null });
    expect(current.escalation.value).toMatchObject({ owner: { afterDaysOverdue: 0 }, ismsManager: { accountId: null } });
  });

  it('records who changed what and when, newest first, with the value before and after', async () => {
    const before = Date.now();
    okData(await stack.invoke(TEST_USERS.admin, 'settings/calendar/save', calendar));
    const changed = { ...calendar, reportDeadlineWorkingDays: 5 };
    const saved = okData(await stack.invoke(TEST_USERS.admin, 'settings/calendar/save', { ...changed, expectedVersion: 1 }));
    const after = Date.now();

    expect(saved).toMatchObject({ version: 2, changedBy: TEST_USERS.admin, value: changed });
    const view = (await settings(stack)).calendar;
    expect(view).toMatchObject({ version: 2, value: changed, changedBy: TEST_USERS.admin });
    expect(view.recentChanges.map((change) => [change.seq, change.by])).toEqual([[2, TEST_USERS.admin], [1, TEST_USERS.admin]]);
    expect(view.recentChanges[0]).toMatchObject({ before: calendar, after: changed });
    expect(view.recentChanges[1]).toMatchObject({ before: null, after: calendar });
    for (const change of view.recentChanges) {
      expect(Date.parse(change.at)).toBeGreaterThanOrEqual(before);
      expect(Date.parse(change.at)).toBeLessThanOrEqual(after);
    }
  });

  it('does not record a save that changes nothing', async () => {
    okData(await stack.invoke(TEST_USERS.admin, 'settings/escalation/save', escalation));
    okData(await stack.invoke(TEST_USERS.admin, 'settings/escalation/save', escalation));

    expect((await settings(stack)).escalation).toMatchObject({ version: 1, recentChanges: [{ seq: 1 }] });
  });

  it.each([
    ['settings/calendar/save', 'calendar.timeZone', { ...calendar, calendar: { ...calendar.calendar, timeZone: 'Mars/Olympus' } }, /IANA time zone/],
    ['settings/calendar/save', 'calendar.holidays.0', { ...calendar, calendar: { ...calendar.calendar, holidays: ['2026-02-30'] } }, /YYYY-MM-DD/],
    ['settings/calendar/save', 'reportDeadlineWorkingDays', { ...calendar, reportDeadlineWorkingDays: 0 }, /whole number from 1 to 30/],
    ['settings/escalation/save', 'ismsManager.afterDaysOverdue', { ...escalation, ismsManager: { ...escalation.ismsManager, afterDaysOverdue: -1 } }, /whole number/],
    ['settings/escalation/save', 'steeringCommittee.afterDaysOverdue', { ...escalation, steeringCommittee: { ...escalation.steeringCommittee, afterDaysOverdue: 1 } }, /must not be before/],
    ['settings/escalation/save', 'steeringCommittee.groupName', { ...escalation, steeringCommittee: { ...escalation.steeringCommittee, groupName: 'no-such-group' } }, /no Jira group named "no-such-group"/],
    ['settings/access/save', 'ismsGroup', { ismsGroup: 'isms-mangers' }, /no Jira group named "isms-mangers"/],
    ['settings/access/save', 'ismsGroup', { ismsGroup: '' }, /must not be empty/],
  ])('%s with a bad %s answers INVALID_PAYLOAD naming it; the stored value is unchanged', async (key, field, payload, message) => {
    okData(await stack.invoke(TEST_USERS.admin, 'settings/calendar/save', calendar));
    okData(await stack.invoke(TEST_USERS.admin, 'settings/escalation/save', escalation));
    const before = await settings(stack);

    const error = envelopeError(await stack.invoke(TEST_USERS.admin, key, payload));

    expect(error.code).toBe('INVALID_PAYLOAD');
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
    expect(await settings(stack)).toEqual(before);
  });

  it('answers CONFLICT when another admin saved since the page loaded, and keeps their value', async () => {
    okData(await stack.invoke(TEST_USERS.admin, 'settings/access/save', { ismsGroup: TEST_GROUPS.ismsManagers, expectedVersion: 0 }));

    const error = envelopeError(await stack.invoke(TEST_USERS.admin, 'settings/access/save', { ismsGroup: null, expectedVersion: 0 }));

    expect(error.code).toBe('CONFLICT');
    expect((await settings(stack)).access).toMatchObject({ version: 1, value: { ismsGroup: TEST_GROUPS.ismsManagers } });
  });

  it.each(['member', 'ismsManager', 'outsider'] as const)('refuses the %s (not a Jira admin) and stores nothing', async (who) => {
    const accountId = TEST_USERS[who];
    for (const [key, payload] of [['settings/calendar/save', calendar], ['settings/escalation/save', escalation], ['settings/access/save', { ismsGroup: null }]] as const) {
      expect(envelopeError(await stack.invoke(accountId, key, payload)).code).toBe('FORBIDDEN');
    }
    expect(stack.forge.kvsStore.entityKeys('versioned-value')).toEqual([]);
    expect(stack.forge.kvsStore.entityKeys('value-change')).toEqual([]);
  });
});

describe('versioned settings saved by parallel invocations', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  it('keeps an unbroken history: every change record starts from the value the previous one left', async () => {
    const values = [1, 2, 3, 4, 5].map((days) => ({ ...calendar, reportDeadlineWorkingDays: days }));

    const replies = await Promise.all(values.map((value) => stack.invoke(TEST_USERS.admin, 'settings/calendar/save', value)));

    for (const reply of replies) okData(reply);
    const view = (await settings(stack)).calendar;
    expect(view.version).toBe(5);
    const chain = [...view.recentChanges].reverse();
    expect(chain.map((change) => change.seq)).toEqual([1, 2, 3, 4, 5]);
    chain.forEach((change, index) => {
      expect(change.before).toEqual(index === 0 ? null : chain[index - 1]?.after);
    });
    expect(chain.at(-1)?.after).toEqual(view.value);
  });
});
