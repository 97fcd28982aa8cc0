// The daily sweep's Jira cost at scale, through the REAL app on the local stack: 2,000 monitoring items (monthly,
// spread over the month, 5 days' lead time) and 100,000 existing app issues seeded in-process (30,000 checks of the
// last 15 months, 70,000 closed corrective actions). Figures: REST calls and points per sweep on the first day (no
// ledger, no read models), on a day with nothing new due (late and due-soon work is still listed), on a normal day
// (70 new checks, 5 late corrective actions, 20 issues changed); per product event; per gadget render (first render,
// and cached).
// Alone: `npx tsx bench/sweep-cost.ts`; with the others: `npm run bench`.
import type { ProductEvent } from '../local/forge';
import type { AdminIssueInput } from '../local/jira';
import { addDays, addMonths, localDateAt, type LocalDate } from '../src/domain/local-date';
import type { ActiveMonitoringItem } from '../src/domain/monitoring-item';
import { okData, startTestStack, TEST_USERS, type TestStack } from '../tests/integration/stack';
import { searchAsApp, waitForSweep } from '../tests/integration/sweep-fixture';
import type { BenchResult } from './bench-result';

const ITEMS = 2_000;
const EXISTING = 100_000;
const MONTHS_OF_HISTORY = 15;
const SEED_BATCH = 5_000;

function item(index: number, activeFrom: LocalDate, day: number): ActiveMonitoringItem {
  const id = `MI-${String(index).padStart(4, '0')}`;
  return {
    id,
    status: 'active',
    activeFrom,
    title: `Monitoring item ${id}`,
    entity: { kind: 'process', name: 'Access management' },
    covers: [(['A.5.15', 'A.8.15', 'A.8.16', '9.1', 'A.5.24'] as const)[index % 5] ?? '9.1'],
    riskIds: [],
    element: 'policy_adherence',
    method: 'document_review',
    approach: 'proactive',
    recurrence: { startsOn: activeFrom, rule: { frequency: 'monthly', interval: 1, on: { kind: 'day_of_month', day } }, ends: { kind: 'never' } },
    leadTimeDays: 5,
    responsibleAccountId: TEST_USERS.member,
    analysis: { analystAccountId: TEST_USERS.ismsManager, withinWorkingDays: 2 },
    reportType: 'log_review_report',
    spotCheckOfCriticalTask: false,
  };
}

function dueDates(from: LocalDate, until: LocalDate, day: number): LocalDate[] {
  const dates: LocalDate[] = [];
  for (let month = addMonths(from, 0); month <= until; month = addMonths(month, 1)) {
    const due = `${month.slice(0, 8)}${String(day).padStart(2, '0')}` as LocalDate;
    if (due >= from && due <= until) dates.push(due);
  }
  return dates;
}

/** A check issue as an earlier installation left it: done (report sent) when due before today, else open. */
function checkIssue(state: SetupStateLike, monitoringItem: ActiveMonitoringItem, dueOn: LocalDate, today: LocalDate): AdminIssueInput {
  const done = dueOn < today;
  const key = `${monitoringItem.id}@${dueOn}`;
  const base = { id: key, itemId: monitoringItem.id, occurrenceKey: key, dueOn, leadTimeDays: 5, responsibleAccountId: TEST_USERS.member };
  const checkState = done
    ? { ...base, status: 'done', startedAt: `${dueOn}T08:00:00.000Z`, completedOn: dueOn, completedBy: TEST_USERS.member, outcome: 'conforming', report: { findingsSummary: '', recommendations: '' }, reportSentOn: dueOn }
    : { ...base, status: 'scheduled' };
  return {
    projectKey: state.projectKey,
    issueType: state.issueTypeIds.monitoringCheck,
    summary: `${monitoringItem.title} — due ${dueOn}`,
    status: done ? 'Done' : 'To Do',
    assigneeAccountId: TEST_USERS.member,
    duedate: dueOn,
    created: `${addDays(dueOn, -5)}T06:00:00.000Z`,
    updated: `${done ? dueOn : addDays(dueOn, -5)}T12:00:00.000Z`,
    customFields: { 'monitoring-item': monitoringItem.id, 'report-due-date': addDays(dueOn, 3), ...(done ? { 'report-sent-date': dueOn, 'check-outcome': 'Conforming' } : {}), 'escalation-level': 0 },
    properties: { clause9: { id: key, kind: 'check', status: checkState.status, v: 1, rev: 1, state: checkState, history: [] } },
  };
}

interface SetupStateLike {
  readonly projectKey: string;
  readonly issueTypeIds: Readonly<Record<'monitoringCheck' | 'correctiveAction' | 'finding', string>>;
}

interface SweepCost {
  readonly requests: number;
  readonly points: number;
  readonly ms: number;
  readonly searches: number;
}

async function sweepCost(stack: TestStack): Promise<SweepCost> {
  stack.jira.resetStats();
  const started = performance.now();
  await stack.forge.runScheduledTrigger('clause9-daily-sweep');
  await waitForSweep(stack, 900_000);
  const { requests, points, byRoute } = stack.jira.stats();
  return { requests, points, ms: performance.now() - started, searches: byRoute['POST /rest/api/3/search/jql'] ?? 0 };
}

export async function run(): Promise<BenchResult[]> {
  const stack = await startTestStack();
  try {
    await stack.setUpApp();
    const { setupStateSchema } = await import('../src/adapters/storage/setup-state');
    const { saveMonitoringItems } = await import('../src/adapters/storage/monitoring-item-store');
    const state = setupStateSchema.parse(stack.forge.kvsStore.get('config:setup'));
    const today = localDateAt(new Date(), 'UTC');
    const activeFrom = addMonths(`${today.slice(0, 8)}01` as LocalDate, -MONTHS_OF_HISTORY);
    const items = Array.from({ length: ITEMS }, (_, index) => item(index, activeFrom, 1 + (index % 28)));
    const at = new Date().toISOString();
    for (let start = 0; start < items.length; start += 100) {
      await saveMonitoringItems(items.slice(start, start + 100).map((value) => ({ key: value.id, value, current: undefined })), { by: 'bench', at });
    }

    // 100,000 existing app issues: every check up to today + lead time, the rest closed corrective actions.
    const checks = items.flatMap((monitoringItem, index) => dueDates(activeFrom, addDays(today, monitoringItem.leadTimeDays), 1 + (index % 28)).map((due) => checkIssue(state, monitoringItem, due, today)));
    const actions = Array.from({ length: EXISTING - checks.length }, (_, index): AdminIssueInput => {
      const due = addDays(today, -30 - (index % 400));
      return { projectKey: state.projectKey, issueType: state.issueTypeIds.correctiveAction, summary: `Corrective action ${index}`, status: 'Done', duedate: due, created: `${addDays(due, -20)}T09:00:00.000Z`, updated: `${due}T09:00:00.000Z` };
    });
    const seeded = [...checks, ...actions];
    for (let start = 0; start < seeded.length; start += SEED_BATCH) stack.jira.admin.createIssues(seeded.slice(start, start + SEED_BATCH));

    const firstDay = await sweepCost(stack);
    const nothingDue = await sweepCost(stack);
    // A day with nothing new to create still lists the late and due-soon work for the overdue gadget, 100 a page.
    const { lateOrDueSoonJql } = await import('../src/adapters/jira/app-issue-jql');
    const { DUE_SOON_HORIZON_DAYS } = await import('../src/contracts/gadget-configuration');
    const listed = (await searchAsApp(stack, lateOrDueSoonJql(state, today, addDays(today, DUE_SOON_HORIZON_DAYS)))).length;

    // A normal day: 70 items start today (70 checks due now), 5 corrective actions went late, 20 issues changed
    // without their events reaching the app (the reconcile picks them up).
    const fresh = Array.from({ length: 70 }, (_, index) => item(ITEMS + index, today, Number(today.slice(8, 10))));
    await saveMonitoringItems(fresh.map((value) => ({ key: value.id, value, current: undefined })), { by: 'bench', at: new Date().toISOString() });
    stack.jira.admin.createIssues(
      Array.from({ length: 5 }, (_, index): AdminIssueInput => ({ projectKey: state.projectKey, issueType: state.issueTypeIds.correctiveAction, summary: `Late action ${index}`, assigneeAccountId: TEST_USERS.member, duedate: addDays(today, -2 - index), created: `${addDays(today, -30)}T09:00:00.000Z`, updated: `${addDays(today, -30)}T09:00:00.000Z` })),
    );
    const { transitionIssue } = await import('../src/adapters/jira/transition-issue');
    const member = stack.requesterAs(TEST_USERS.member);
    const eventsBefore = stack.issueEvents.length;
    const open = await searchAsApp(stack, `project = ${state.projectKey} AND issuetype = ${state.issueTypeIds.monitoringCheck} AND statusCategory = "To Do" ORDER BY key ASC`);
    for (const issue of open.slice(0, 20)) await transitionIssue(member, issue.key, { statusCategory: 'indeterminate' });
    const changedEvents = stack.issueEvents.slice(eventsBefore);
    const normalDay = await sweepCost(stack);

    // Product events: one for an app issue (re-read once), one for an issue of another type (free).
    const perEvent = async (event: (typeof changedEvents)[number] | undefined): Promise<number> => {
      if (event === undefined) return Number.NaN;
      const payload = Object.fromEntries(Object.entries(event).filter(([name]) => name !== 'actorIsApp')) as ProductEvent;
      stack.jira.resetStats();
      await stack.forge.deliverProductEvent(payload);
      return stack.jira.stats().requests;
    };
    const appEvent = await perEvent(changedEvents[0]);
    const otherEvent = await perEvent(changedEvents[0] === undefined ? undefined : { ...changedEvents[0], issue: { ...changedEvents[0].issue, fields: { ...changedEvents[0].issue.fields, issuetype: { id: '1' } } } });

    // Gadget renders: the first one checks Browse Projects as the user; later ones within 5 minutes are free.
    const gadgets = [
      ['clause9-coverage-gadget', 'gadget/coverage'],
      ['clause9-overdue-gadget', 'gadget/overdue'],
      ['clause9-kpi-gadget', 'gadget/kpi-trends'],
    ] as const;
    stack.jira.resetStats();
    okData(await stack.invoke(TEST_USERS.committee, 'gadget/overdue', {}, 'clause9-overdue-gadget'));
    const firstRender = stack.jira.stats().requests;
    stack.jira.resetStats();
    const renderStarted = performance.now();
    for (const [moduleKey, key] of gadgets) okData(await stack.invoke(TEST_USERS.committee, key, {}, moduleKey));
    const cachedRenders = stack.jira.stats().requests;
    const renderMs = (performance.now() - renderStarted) / gadgets.length;

    return [
      { name: `first day: REST calls (${ITEMS} items, ${EXISTING.toLocaleString('en')} existing issues, no ledger)`, value: firstDay.requests, unit: 'calls' },
      { name: 'first day: of which searches (ledger adoption by clause9 id + read-model bootstrap, 100 a page)', value: firstDay.searches, unit: 'calls' },
      { name: 'first day: points', value: firstDay.points, unit: 'points' },
      { name: 'first day: duration', value: firstDay.ms, unit: 'ms', target: '< 900000' },
      { name: 'nothing new due: late or due-soon issues the overdue gadget lists', value: listed, unit: 'issues' },
      { name: 'nothing new due: REST calls', value: nothingDue.requests, unit: 'calls', target: `≤ ${String(1 + Math.max(1, Math.ceil(listed / 100)))} (1 + a page per 100 listed)` },
      { name: 'nothing new due: points', value: nothingDue.points, unit: 'points' },
      { name: 'nothing new due: duration', value: nothingDue.ms, unit: 'ms' },
      { name: 'normal day (70 new checks, 5 late actions, 20 changed issues): REST calls', value: normalDay.requests, unit: 'calls' },
      { name: 'normal day: of which searches', value: normalDay.searches, unit: 'calls' },
      { name: 'normal day: points', value: normalDay.points, unit: 'points' },
      { name: 'product event on an app issue: REST calls', value: appEvent, unit: 'calls', target: '1' },
      { name: 'product event on another issue: REST calls', value: otherEvent, unit: 'calls', target: '0' },
      { name: 'gadget render, first for a user: REST calls (authorisation only)', value: firstRender, unit: 'calls', target: '1 (mypermissions), 0 for data' },
      { name: 'gadget render, cached: REST calls', value: cachedRenders / gadgets.length, unit: 'calls/render', target: '0' },
      { name: 'gadget render, cached: duration', value: renderMs, unit: 'ms' },
    ];
  } finally {
    await stack.close();
  }
}

if (require.main === module) {
  void run().then((results) => {
    console.table(results);
  });
}
