// The three dashboard gadgets through the REAL resolver dispatch: each answers from the KVS read models with ZERO
// Jira calls for its data; authorisation is the user's Browse Projects, checked as the user once and then cached
// for a few minutes. Bad configurations are refused naming the field.
import { checkProperty } from '../../src/adapters/jira/check-property';
import { kvsKpiPorts, kvsMeasurementPorts } from '../../src/adapters/storage/kpi-store';
import { localDate } from '../../src/domain/local-date';
import { doneCheck } from '../domain/coverage-builders';
import { incidentsKpi } from '../domain/kpi/kpi-builders';
import { envelopeError, okData, startTestStack, TEST_USERS, type TestStack } from './stack';
import { dailyItem, runSweep, seedIssues, setupOf, storeActiveItems, useClock } from './sweep-fixture';

jest.setTimeout(120_000);

const GADGETS = { coverage: 'clause9-coverage-gadget', overdue: 'clause9-overdue-gadget', kpi: 'clause9-kpi-gadget' } as const;
let stack: TestStack;
const seeded: Record<string, string> = {};

beforeAll(async () => {
  useClock('2026-03-16T06:00:00.000Z');
  stack = await startTestStack();
  await stack.setUpApp();
  const state = setupOf(stack);
  await storeActiveItems([dailyItem('FW-1', '2026-03-16', { covers: ['A.8.16'] })]);
  const february = doneCheck({ itemId: 'FW-1', dueOn: '2026-02-10', completedOn: '2026-02-11', outcome: 'conforming' });
  const keys = seedIssues(stack, state, [
    { type: 'correctiveAction', summary: 'Rotate keys', duedate: '2026-03-06', assignee: TEST_USERS.member },
    { type: 'monitoringCheck', summary: 'Old check', duedate: '2026-03-12', assignee: TEST_USERS.member, app: { 'report-due-date': '2026-03-17', 'escalation-level': 0 } },
    // For the month grid: a check done in February, and a major nonconformity raised (and closed) in March.
    { type: 'monitoringCheck', summary: 'February check', duedate: '2026-02-10', status: 'Done', app: { 'monitoring-item': 'FW-1', 'check-outcome': 'Conforming' }, clause9: { ...checkProperty(february, [], 1) } },
    { type: 'finding', summary: 'Log retention too short', status: 'Done', app: { 'finding-kind': 'Major nonconformity', 'annex-a-control': ['A.8.16'] } },
    // Due soon: in 4 days (within the default 7) and in 25 days (within the 30 kept).
    { type: 'monitoringCheck', summary: 'Check due Friday', duedate: '2026-03-20', assignee: TEST_USERS.member, app: { 'monitoring-item': 'FW-1' } },
    { type: 'monitoringCheck', summary: 'Check due in April', duedate: '2026-04-10', assignee: TEST_USERS.member, app: { 'monitoring-item': 'FW-1' } },
  ]);
  for (const [index, name] of ['action', 'old', 'february', 'finding', 'friday', 'april'].entries()) seeded[name] = keys[index]?.key ?? '';
  // Security incidents per month, fed January and February (lower is better; green ≤ 2, amber ≤ 5).
  const kpi = incidentsKpi({ owner: TEST_USERS.ismsManager, collector: TEST_USERS.member });
  const actor = { by: TEST_USERS.ismsManager, at: '2026-03-16T06:00:00.000Z' };
  await kvsKpiPorts.saveKpi({ key: kpi.id, value: { status: 'active', definition: kpi }, current: undefined }, actor);
  const measurement = (periodStart: string, incidents: number) => ({
    measurement: { kpiId: kpi.id, periodStart: localDate(periodStart), recordedBy: TEST_USERS.member, recordedAt: '2026-03-10T09:00:00.000Z', source: { kind: 'manual' as const }, baseValues: { incidents } },
    current: undefined,
  });
  await kvsMeasurementPorts.saveMeasurements([measurement('2026-01-01', 6), measurement('2026-02-01', 3)], actor);
  await runSweep(stack);
});

afterAll(async () => {
  await stack.close();
  jest.useRealTimers();
});

function render(accountId: string, gadget: keyof typeof GADGETS, key: string, payload: unknown = {}, gadgetConfiguration?: unknown): Promise<unknown> {
  return stack.invoke(accountId, key, payload, GADGETS[gadget], gadgetConfiguration === undefined ? undefined : { gadgetConfiguration });
}

it('answers the overdue gadget from the read model: one permission check on the first render, no Jira call after', async () => {
  stack.jira.resetStats();
  const first = okData(await render(TEST_USERS.committee, 'overdue', 'gadget/overdue', { configuration: { grouping: 'level' } }));
  expect(stack.jira.stats()).toMatchObject({ requests: 1, byRoute: { 'GET /rest/api/3/mypermissions': 1 } });
  expect(first).toMatchObject({
    projectKey: 'ISMS',
    total: 2,
    counts: { check_overdue: 1, action_overdue: 1, report_late: 0, review_due: 0 },
    // Default chain (owner 0, ISMS manager 5, committee 10 days): 10 days late is level 3, 4 days level 1.
    byLevel: [0, 1, 0, 1],
    items: [expect.objectContaining({ summary: 'Rotate keys', ageDays: 10, escalationLevel: 3 }), expect.objectContaining({ summary: 'Old check', ageDays: 4, escalationLevel: 1 })],
  });

  stack.jira.resetStats();
  okData(await render(TEST_USERS.committee, 'overdue', 'gadget/overdue'));
  okData(await render(TEST_USERS.committee, 'coverage', 'gadget/coverage'));
  okData(await render(TEST_USERS.committee, 'kpi', 'gadget/kpi-trends'));
  expect(stack.jira.stats().requests).toBe(0);
});

it('answers the coverage gadget per scope and grouping, from the read model', async () => {
  const view = okData(await render(TEST_USERS.member, 'coverage', 'gadget/coverage', { configuration: { scope: ['technological'], grouping: 'gap' } }));
  expect(view).toMatchObject({ projectKey: 'ISMS', computedAt: expect.any(String) as unknown });
  const rows = (view as { rows: { id: string; gap: string; activeItems: number }[] }).rows;
  expect(rows).toHaveLength(34);
  expect(rows.find((row) => row.id === 'A.8.16')).toMatchObject({ gap: 'ok', activeItems: 1 });
  expect(rows.find((row) => row.id === 'A.8.1')).toMatchObject({ gap: 'uncovered', activeItems: 0 });
});

it('answers the coverage grid of the cycle: months, and per cell the counts and the issue keys behind it', async () => {
  // No audit programme yet: the cycle is the calendar year.
  const view = okData(await render(TEST_USERS.member, 'coverage', 'gadget/coverage', { configuration: { scope: ['technological'] } })) as {
    cycle: { start: string; months: number; programmeId: string | null };
    currentCycleStart: string;
    months: string[];
    cycles: { start: string }[];
    rows: { id: string; cells: { checksDone: number; checksFailing: number; audit: string | null; nonconformitiesRaised: number; issueKeys: string[] }[] }[];
  };
  expect(view.cycle).toMatchObject({ start: '2026-01', months: 12, programmeId: null });
  expect(view.currentCycleStart).toBe('2026-01');
  expect(view.cycles.map((cycle) => cycle.start)).toEqual(['2026-01']);
  expect(view.months).toHaveLength(12);
  const logging = view.rows.find((row) => row.id === 'A.8.16');
  expect(logging?.cells).toHaveLength(12);
  expect(logging?.cells[1]).toEqual({ checksDone: 1, checksFailing: 0, audit: null, nonconformitiesRaised: 0, issueKeys: [seeded.february] });
  // A closed nonconformity still counts in the month it was raised.
  expect(logging?.cells[2]).toEqual({ checksDone: 0, checksFailing: 0, audit: null, nonconformitiesRaised: 1, issueKeys: [seeded.finding] });
  expect(view.rows.find((row) => row.id === 'A.8.1')?.cells.every((cell) => cell.issueKeys.length === 0)).toBe(true);

  const pinned = okData(await render(TEST_USERS.member, 'coverage', 'gadget/coverage', {}, { cycle: '2026-01', scope: ['clauses'] })) as { cycle: { start: string } };
  expect(pinned.cycle.start).toBe('2026-01');
  expect(envelopeError(await render(TEST_USERS.member, 'coverage', 'gadget/coverage', { configuration: { cycle: '2025-01' } }))).toMatchObject({ code: 'NOT_FOUND', field: 'configuration.cycle' });
  expect(envelopeError(await render(TEST_USERS.member, 'coverage', 'gadget/coverage', { configuration: { cycle: 'last year' } }))).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'configuration.cycle' });
});

it('lists the checks due soon within the configured days, soonest first, apart from the late work', async () => {
  const week = okData(await render(TEST_USERS.member, 'overdue', 'gadget/overdue')) as { total: number; dueSoon: { days: number; total: number; items: { summary: string; daysLeft: number }[] } };
  expect(week.total).toBe(2);
  // The sweep itself scheduled today's occurrence of the daily item FW-1: due today is due soon, not late.
  expect(week.dueSoon).toEqual({
    days: 7,
    total: 2,
    items: [
      expect.objectContaining({ summary: 'Check FW-1 — due 2026-03-16', dueOn: '2026-03-16', daysLeft: 0 }),
      { issueKey: seeded.friday, summary: 'Check due Friday', ownerAccountId: TEST_USERS.member, dueOn: '2026-03-20', daysLeft: 4 },
    ],
  });
  const month = okData(await render(TEST_USERS.member, 'overdue', 'gadget/overdue', { configuration: { dueSoonDays: 30 } })) as { dueSoon: { total: number; items: { issueKey: string }[] } };
  expect(month.dueSoon.items.map((item) => item.issueKey).slice(1)).toEqual([seeded.friday, seeded.april]);
  expect(okData(await render(TEST_USERS.member, 'overdue', 'gadget/overdue', { configuration: { includeDueSoon: false } }))).toMatchObject({ dueSoon: null });
  expect(envelopeError(await render(TEST_USERS.member, 'overdue', 'gadget/overdue', { configuration: { dueSoonDays: 31 } }))).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'configuration.dueSoonDays' });
});

it('reads the saved configuration from the gadget context when the payload has none', async () => {
  const view = okData(await render(TEST_USERS.member, 'overdue', 'gadget/overdue', {}, { reasons: ['action_overdue'], limit: 1 }));
  expect(view).toMatchObject({ total: 1, items: [expect.objectContaining({ summary: 'Rotate keys' })] });
});

it('answers the KPI gadget with the series summary: latest value, RAG, trend and staleness', async () => {
  const view = okData(await render(TEST_USERS.member, 'kpi', 'gadget/kpi-trends', { configuration: { kpiIds: ['KPI-INCIDENTS'], periods: 3 } }));
  expect(view).toMatchObject({
    kpis: [
      {
        id: 'KPI-INCIDENTS',
        decisionCriteria: { green: 2, amber: 5 },
        latest: { periodStart: '2026-02-01', value: 3, rag: 'amber' },
        trend: 'improving',
        // March's value is not due until the end of March plus the grace days.
        stale: { status: 'fresh' },
        points: [
          { periodStart: '2026-01-01', value: 6, rag: 'red' },
          { periodStart: '2026-02-01', value: 3, rag: 'amber' },
          { periodStart: '2026-03-01', value: null, rag: 'no_data' },
        ],
      },
    ],
  });
});

it('refuses bad configurations naming the field and the rule', async () => {
  expect(envelopeError(await render(TEST_USERS.member, 'coverage', 'gadget/coverage', { configuration: { scope: ['everything'] } }))).toMatchObject({
    code: 'INVALID_PAYLOAD',
    field: 'configuration.scope.0',
  });
  expect(envelopeError(await render(TEST_USERS.member, 'overdue', 'gadget/overdue', {}, { limit: 0 }))).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'configuration.limit' });
  expect(envelopeError(await render(TEST_USERS.member, 'kpi', 'gadget/kpi-trends', { configuration: { periods: 100 } }))).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'configuration.periods' });
  expect(envelopeError(await render(TEST_USERS.member, 'kpi', 'gadget/kpi-trends', { configuration: { project: 'HR' } }))).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'configuration.project' });
  expect(envelopeError(await render(TEST_USERS.member, 'kpi', 'gadget/kpi-trends', { configuration: { kpiIds: ['KPI-404'] } }))).toMatchObject({ code: 'NOT_FOUND', field: 'configuration.kpiIds' });
});

it('refuses a user without Browse Projects, and does not cache the refusal', async () => {
  expect(envelopeError(await render(TEST_USERS.outsider, 'overdue', 'gadget/overdue'))).toMatchObject({ code: 'FORBIDDEN' });
  stack.jira.resetStats();
  expect(envelopeError(await render(TEST_USERS.outsider, 'coverage', 'gadget/coverage'))).toMatchObject({ code: 'FORBIDDEN' });
  expect(stack.jira.stats().requests).toBe(1);
  expect(stack.contractViolations).toEqual([]);
});
