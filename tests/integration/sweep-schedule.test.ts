// The daily sweep through the REAL scheduled trigger: it creates the checks that fall due within their lead time as
// Jira issues (fields, app fields, clause9 property), and is idempotent — run twice, killed half-way, or met by
// 5xx and 429s, it ends with every check exactly once.
import { readAppFieldValues } from '../../src/adapters/jira/issue-fields';
import { localDate } from '../../src/domain/local-date';
import { startTestStack, TEST_USERS, type TestStack } from './stack';
import { checkOccurrenceKeys, dailyItem, runSweep, searchAsApp, setClock, setupOf, storeActiveItems, SWEEP_TRIGGER, sweepRunOf, useClock, waitForSweep } from './sweep-fixture';

jest.setTimeout(180_000);

const DAY = '2026-03-02'; // a Monday
const ITEMS = 60; // two bulk-create batches of 50 and 10, plus the weekly and monthly items
const BULK = 'POST /rest/api/3/issue/bulk';
const FIELDS = 'POST /rest/api/3/app/field/value';

async function freshStack(): Promise<TestStack> {
  const stack = await startTestStack();
  try {
    await stack.setUpApp();
    await storeActiveItems([
    ...Array.from({ length: ITEMS }, (_, index) => dailyItem(`D-${String(index).padStart(3, '0')}`, DAY)),
    // Weekly on Mondays since January: last Monday (within the 7-day look-back) and today.
    dailyItem('W-1', '2026-01-05', { recurrence: { startsOn: localDate('2026-01-05'), rule: { frequency: 'weekly', interval: 1, weekdays: [1] }, ends: { kind: 'never' } } }),
    // Monthly on the 5th with 5 days' lead time: the 5 March check appears now.
    dailyItem('M-1', '2026-01-05', { leadTimeDays: 5, spotCheckOfCriticalTask: true, recurrence: { startsOn: localDate('2026-01-05'), rule: { frequency: 'monthly', interval: 1, on: { kind: 'day_of_month', day: 5 } }, ends: { kind: 'never' } } }),
    ]);
  } catch (error) {
    await stack.close();
    throw error;
  }
  return stack;
}

function expectedKeys(): string[] {
  const daily = Array.from({ length: ITEMS }, (_, index) => `D-${String(index).padStart(3, '0')}@${DAY}`);
  return [...daily, 'M-1@2026-03-05', 'W-1@2026-02-23', `W-1@${DAY}`].sort();
}

describe('a site with 62 active monitoring items', () => {
  let stack: TestStack;

  beforeAll(async () => {
    useClock(`${DAY}T06:00:00.000Z`);
    stack = await freshStack();
  });

  afterAll(async () => {
    await stack.close();
    jest.useRealTimers();
  });

  it('creates each due check once, with its fields, app fields and clause9 property', async () => {
    stack.jira.resetStats();
    const run = await runSweep(stack);
    expect(run.tally).toMatchObject({ created: 63, adopted: 0, createFailures: 0 });
    // Two batches (50 + 13), one app-field write each, and one more: last Monday's weekly check, created late, is
    // already overdue, so the owner is reminded and its escalation level written.
    expect(stack.jira.stats().byRoute).toMatchObject({ [BULK]: 2, [FIELDS]: 3, 'POST /rest/api/3/issue/{issueIdOrKey}/notify': 1 });
    expect(run.tally).toMatchObject({ overdue: 1, escalated: 1 });
    const state = setupOf(stack);
    expect((await checkOccurrenceKeys(stack, state)).sort()).toEqual(expectedKeys());

    const fieldIds = Object.values(state.fieldIds);
    const [monthly] = await searchAsApp(stack, 'issue.property[clause9].id = "M-1@2026-03-05"', ['summary', 'assignee', 'duedate', 'labels', ...fieldIds]);
    expect(monthly?.fields).toMatchObject({ duedate: '2026-03-05', assignee: { accountId: TEST_USERS.member }, labels: ['clause9', 'spot-check'] });
    expect(readAppFieldValues(state.fieldIds, monthly?.fields ?? {})).toMatchObject({
      'monitoring-item': 'M-1',
      'report-due-date': '2026-03-10', // Thursday 5 March + 3 working days
      'escalation-level': 0,
      'iso-clause': ['9.1'],
      'annex-a-control': ['A.8.15'],
    });
    expect(monthly?.properties['clause9']).toMatchObject({ id: 'M-1@2026-03-05', kind: 'check', status: 'scheduled', v: 1, state: { itemId: 'M-1', dueOn: '2026-03-05', status: 'scheduled' } });
  });

  it('creates nothing when run again the same day, and costs a couple of searches', async () => {
    stack.jira.resetStats();
    const run = await runSweep(stack);
    expect(run.tally.created).toBe(0);
    expect(stack.jira.stats().byRoute[BULK]).toBeUndefined();
    expect(stack.jira.stats().requests).toBeLessThanOrEqual(3);
    expect(await checkOccurrenceKeys(stack, setupOf(stack))).toHaveLength(63);
  });

  it('creates only the new day’s occurrences the next day', async () => {
    setClock('2026-03-03T06:00:00.000Z');
    const run = await runSweep(stack);
    expect(run.tally.created).toBe(ITEMS);
    const keys = await checkOccurrenceKeys(stack, setupOf(stack));
    expect(keys).toHaveLength(63 + ITEMS);
    expect(new Set(keys).size).toBe(keys.length);
    expect(stack.contractViolations).toEqual([]);
  });
});

describe('a sweep killed half-way', () => {
  let stack: TestStack;

  beforeAll(async () => {
    useClock(`${DAY}T06:00:00.000Z`);
    stack = await freshStack();
  });

  afterAll(async () => {
    await stack.close();
    jest.useRealTimers();
  });

  it('adopts the checks Jira created before it died and creates the rest, with no duplicate and none missed', async () => {
    // After the first bulk create, Jira keeps failing the app-field write: the run dies with 50 checks created in
    // Jira that its ledger does not know about (only its "pending" list does).
    const stop = stack.jira.onExchange((exchange) => {
      if (`${exchange.method} ${exchange.template ?? ''}` === BULK) stack.jira.setFaults({ rules: [{ method: 'POST', path: '/rest/api/3/app/field/value', status: 500, times: Number.POSITIVE_INFINITY }] });
    });
    await stack.forge.runScheduledTrigger(SWEEP_TRIGGER);
    stop();
    const died = sweepRunOf(stack);
    expect(died?.phase).toBe('schedule');
    expect(died?.problems.join(' ')).toMatch(/busy or unavailable/);
    const state = setupOf(stack);
    expect(await checkOccurrenceKeys(stack, state)).toHaveLength(50);

    stack.jira.setFaults(undefined);
    const run = await runSweep(stack);
    expect(run.phase).toBe('done');
    const keys = await checkOccurrenceKeys(stack, state);
    expect(keys.sort()).toEqual(expectedKeys());
    // The adopted checks got their app fields too.
    const adopted = await searchAsApp(stack, `project = ${state.projectKey} AND issuetype = ${state.issueTypeIds.monitoringCheck} AND ${'cf[' + state.fieldIds['monitoring-item'].replace('customfield_', '') + ']'} is EMPTY`);
    expect(adopted).toEqual([]);
  });
});

describe('a sweep against a busy Jira', () => {
  let stack: TestStack;

  beforeAll(async () => {
    useClock(`${DAY}T06:00:00.000Z`);
    stack = await freshStack();
  });

  afterAll(async () => {
    await stack.close();
    jest.useRealTimers();
  });

  it('completes through 5xx answers, retrying them', async () => {
    stack.jira.setFaults({
      rules: [
        { method: 'POST', path: '/rest/api/3/issue/bulk', status: 503, times: 2 },
        { method: 'POST', path: '/rest/api/3/search/jql', status: 502, times: 1 },
        { method: 'POST', path: '/rest/api/3/app/field/value', status: 504, times: 1 },
      ],
    });
    const run = await runSweep(stack);
    stack.jira.setFaults(undefined);
    expect(run.tally.created).toBe(63);
    const keys = await checkOccurrenceKeys(stack, setupOf(stack));
    expect(keys.sort()).toEqual(expectedKeys());
  });

  it('honours Retry-After on 429 and completes; a longer wait pauses the run and the queue resumes it', async () => {
    setClock('2026-03-03T06:00:00.000Z');
    const throttled: string[] = [];
    const stop = stack.jira.onExchange((exchange) => {
      if (exchange.status === 429) throttled.push(exchange.responseHeaders['Retry-After'] ?? '');
    });
    // A points window that ends in 2 s: the first 429 says "Retry-After: 2", the app waits and goes on.
    stack.jira.setPointsPerHour(3);
    await searchAsApp(stack, 'project = ISMS AND key = ISMS-1');
    setClock(new Date(Date.parse('2026-03-03T06:00:00.000Z') + 3_598_000).toISOString());
    jest.useFakeTimers({ now: Date.now(), advanceTimers: true, doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] });
    const firstWindowOver = stack.jira.onExchange((exchange) => {
      // Once the app has waited and the new window began, lift the budget for the rest of the test's first part.
      if (exchange.status < 300 && throttled.length > 0) stack.jira.setPointsPerHour(undefined);
    });
    const run = await runSweep(stack);
    firstWindowOver();
    expect(throttled.slice(0, 1).map(Number)).toEqual([expect.any(Number) as unknown]);
    expect(Number(throttled[0])).toBeLessThanOrEqual(3);
    expect(run.phase).toBe('done');
    expect(run.tally.created).toBe(ITEMS);

    // A budget spent for the hour: Retry-After is far beyond the two minutes a call may wait, so the run pauses,
    // saves where it is and queues its continuation, which finishes once Jira has points again.
    setClock('2026-03-04T06:00:00.000Z');
    stack.jira.setPointsPerHour(2);
    await stack.forge.runScheduledTrigger(SWEEP_TRIGGER);
    const paused = sweepRunOf(stack);
    expect(paused?.phase).not.toBe('done');
    expect(stack.forge.pushedEvents().at(-1)).toMatchObject({ queueName: 'clause9-sweep', delayInSeconds: 120 });
    stack.jira.setPointsPerHour(undefined);
    await stack.forge.advanceClock(121_000);
    const resumed = await waitForSweep(stack);
    expect(resumed).toMatchObject({ today: '2026-03-04', phase: 'done' });
    // The host's own daily trigger (due after the clock jumped) may pick the run up first; the queued consumer runs
    // either way and finds it done.
    expect(stack.forge.invocations().filter((call) => call.kind === 'consumer').map((call) => call.outcome)).toEqual(['ok']);
    stop();
    const keys = await checkOccurrenceKeys(stack, setupOf(stack));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(63 + 2 * ITEMS);
    expect(stack.contractViolations).toEqual([]);
  });
});
