// The three dashboard gadgets through the REAL resolver dispatch: each answers from the KVS read models with ZERO
// Jira calls for its data; authorisation is the user's Browse Projects, checked as the user once and then cached
// for a few minutes. Bad configurations are refused naming the field.
import { kvsKpiPorts, kvsMeasurementPorts } from '../../src/adapters/storage/kpi-store';
import { localDate } from '../../src/domain/local-date';
import { incidentsKpi } from '../domain/kpi/kpi-builders';
import { envelopeError, okData, startTestStack, TEST_USERS, type TestStack } from './stack';
import { dailyItem, runSweep, seedIssues, setupOf, storeActiveItems, useClock } from './sweep-fixture';

jest.setTimeout(120_000);

const GADGETS = { coverage: 'clause9-coverage-gadget', overdue: 'clause9-overdue-gadget', kpi: 'clause9-kpi-gadget' } as const;
let stack: TestStack;

beforeAll(async () => {
  useClock('2026-03-16T06:00:00.000Z');
  stack = await startTestStack();
  await stack.setUpApp();
  const state = setupOf(stack);
  await storeActiveItems([dailyItem('FW-1', '2026-03-16', { covers: ['A.8.16'] })]);
  seedIssues(stack, state, [
    { type: 'correctiveAction', summary: 'Rotate keys', duedate: '2026-03-06', assignee: TEST_USERS.member },
    { type: 'monitoringCheck', summary: 'Old check', duedate: '2026-03-12', assignee: TEST_USERS.member, app: { 'report-due-date': '2026-03-17', 'escalation-level': 0 } },
  ]);
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
