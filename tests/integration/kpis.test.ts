// The KPI page through the REAL resolver dispatch and @forge/kvs: definitions with history, measurements that never
// duplicate (idempotency keys, one value per period superseded with history), CSV import all-or-nothing and
// idempotent, export → import, and the list with RAG, trend and staleness derived from today.
import { incidents, onTime } from './kpi-fixtures';
import { FAKE_CLOCK_OPTIONS, KPI_PAGE } from './matrix-fixtures';
import { envelopeError, okData, startTestStack, TEST_USERS, type TestStack } from './stack';

let stack: TestStack;
const m: string = TEST_USERS.ismsManager;
const call = (who: string, key: string, payload: unknown = {}): Promise<unknown> => stack.invoke(who, key, payload, KPI_PAGE);
const ok = async <T>(who: string, key: string, payload: unknown = {}): Promise<T> => okData(await call(who, key, payload)) as T;

const ON_TIME_CSV = [
  'kpi_id,period_start,value,base_values,source,source_name',
  ...[['01', 9, 10], ['02', 8, 10], ['03', 9, 10], ['04', 19, 20], ['05', 10, 10], ['06', 24, 25]].map(
    ([month, done, all]) => `KPI-CA-ON-TIME,2026-${String(month)}-01,,closed_on_time=${String(done)};closed=${String(all)},automated,Jira JQL count`,
  ),
  'KPI-INCIDENTS,2026-03-14,3,,manual,',
  'KPI-INCIDENTS,2026-04-01,5,,,',
  'KPI-INCIDENTS,2026-05-31,6,,,',
].join('\r\n');

beforeAll(async () => {
  jest.useFakeTimers({ now: new Date('2026-07-10T09:00:00.000Z'), ...FAKE_CLOCK_OPTIONS });
  stack = await startTestStack({ now: () => new Date() });
  await stack.setUpApp();
});

afterAll(async () => {
  await stack.close();
  jest.useRealTimers();
});

afterEach(() => {
  expect(stack.contractViolations).toEqual([]);
});

describe('KPI definitions', () => {
  it('an ISMS manager defines KPIs; members may read, not define; outsiders may not read', async () => {
    expect(await ok(m, 'kpis/create', { definition: incidents() })).toMatchObject({ key: 'KPI-INCIDENTS', version: 1, changedBy: m });
    expect(await ok(m, 'kpis/create', { definition: onTime() })).toMatchObject({ version: 1 });
    expect(await ok(m, 'kpis/create', { definition: onTime() })).toMatchObject({ version: 1 });
    expect(envelopeError(await call(TEST_USERS.member, 'kpis/create', { definition: incidents({ id: 'KPI-X' }) }))).toMatchObject({ code: 'FORBIDDEN' });
    expect((await ok<unknown[]>(TEST_USERS.member, 'kpis/list')).length).toBe(2);
    expect(envelopeError(await call(TEST_USERS.outsider, 'kpis/list'))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it.each([
    ['definition.decisionCriteria.amber', { definition: onTime({ id: 'KPI-BAD', decisionCriteria: { green: 80, amber: 85 } }) }, 'must be below decisionCriteria.green'],
    ['definition.id', { definition: incidents({ id: 'KPI/2026' }) }, 'id must be 1–64 letters'],
    ['definition.derivedMeasures.0.formula', { definition: onTime({ id: 'KPI-BAD', derivedMeasures: [{ name: 'r', unit: '%', formula: 'closed_late / closed' }] }) }, 'unknown measure "closed_late"'],
  ])('a bad definition names %s', async (field, payload, rule) => {
    const error = envelopeError(await call(m, 'kpis/create', payload));
    expect(error).toMatchObject({ code: 'INVALID_PAYLOAD', field });
    expect(error.message).toContain(rule);
  });

  it('updates are versioned with history; the collection frequency is fixed; a stale version is a CONFLICT', async () => {
    expect(await ok(m, 'kpis/update', { definition: onTime({ target: 97 }), expectedVersion: 1 })).toMatchObject({ version: 2 });
    expect(envelopeError(await call(m, 'kpis/update', { definition: onTime({ target: 99 }), expectedVersion: 1 }))).toMatchObject({ code: 'CONFLICT' });
    expect(envelopeError(await call(m, 'kpis/update', { definition: onTime({ collectionFrequency: 'quarterly' }) }))).toMatchObject({
      code: 'INVALID_PAYLOAD',
      field: 'definition.collectionFrequency',
    });
    const history = await ok<{ changes: { seq: number; by: string; before: { definition: { target: number } } | null; after: { definition: { target: number } } }[] }>(
      TEST_USERS.member,
      'kpis/history',
      { kpiId: 'KPI-CA-ON-TIME' },
    );
    expect(history.changes.map((change) => [change.seq, change.by, change.before?.definition.target ?? null, change.after.definition.target])).toEqual([
      [2, m, 95, 97],
      [1, m, null, 95],
    ]);
  });
});

describe('measurements', () => {
  interface Recorded {
    outcome: string;
    stored: { revision: number; rag: string; indicatorValue: number | null; measurement: { periodStart: string; value?: number } };
    previous: { value?: number } | null;
  }
  const record = (payload: Record<string, unknown>, who = m): Promise<unknown> => call(who, 'measurements/record', { kpiId: 'KPI-INCIDENTS', ...payload });

  it('records a value per period; a retried key writes nothing; a new value supersedes with history; the same value changes nothing', async () => {
    expect(okData(await record({ periodStart: '2026-01-20', value: 1 }))).toMatchObject({ outcome: 'recorded', stored: { revision: 1, rag: 'green', measurement: { periodStart: '2026-01-01' } } });
    expect(okData(await record({ periodStart: '2026-02-01', value: 3, idempotencyKey: 'siem-run-2026-02' }))).toMatchObject({ outcome: 'recorded', stored: { revision: 1, rag: 'amber' } });
    expect(okData(await record({ periodStart: '2026-02-01', value: 3, idempotencyKey: 'siem-run-2026-02' }))).toMatchObject({ outcome: 'replayed', stored: { revision: 1 } });
    expect(envelopeError(await record({ periodStart: '2026-02-01', value: 9, idempotencyKey: 'siem-run-2026-02' }))).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });

    jest.setSystemTime(new Date('2026-07-10T10:00:00.000Z'));
    const superseded = okData(await record({ periodStart: '2026-02-10', value: 4 })) as Recorded;
    expect(superseded).toMatchObject({ outcome: 'superseded', stored: { revision: 2, measurement: { value: 4 } }, previous: { value: 3 } });
    expect(okData(await record({ periodStart: '2026-02-01', value: 4 }))).toMatchObject({ outcome: 'unchanged', stored: { revision: 2 } });
    expect(okData(await record({ periodStart: '2026-02-01', value: 3, idempotencyKey: 'siem-run-2026-02' }))).toMatchObject({ outcome: 'replayed', stored: { revision: 2 } });

    const history = await ok<{ changes: { seq: number; at: string; by: string; before: { value: number } | null; after: { value: number } }[] }>(
      TEST_USERS.member,
      'measurements/history',
      { kpiId: 'KPI-INCIDENTS', periodStart: '2026-02-15' },
    );
    expect(history.changes.map((change) => [change.seq, change.at, change.by, change.before?.value ?? null, change.after.value])).toEqual([
      [2, '2026-07-10T10:00:00.000Z', m, 3, 4],
      [1, '2026-07-10T09:00:00.000Z', m, null, 3],
    ]);
  });

  it.each([
    ['baseValues', 'INVALID_PAYLOAD', { periodStart: '2026-03-01', baseValues: { closed: 1 } }, 'baseValues is missing incidents'],
    ['periodStart', 'INVALID_PAYLOAD', { periodStart: '2025-12-01', value: 1 }, "before the KPI's first period"],
    ['value', 'INVALID_PAYLOAD', { periodStart: '2026-03-01', value: 1, baseValues: { incidents: 1 } }, 'exactly one of value or baseValues'],
    ['kpiId', 'NOT_FOUND', { kpiId: 'KPI-NOPE', periodStart: '2026-03-01', value: 1 }, 'There is no KPI'],
  ])('bad measurement about %s → %s naming the field', async (field, code, payload, rule) => {
    const error = envelopeError(await record(payload));
    expect(error).toMatchObject({ code, field });
    expect(error.message).toContain(rule);
  });

  it('members (not ISMS managers) cannot record', async () => {
    expect(envelopeError(await record({ periodStart: '2026-03-01', value: 1 }, TEST_USERS.member))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('a CSV with one bad row stores nothing and names row, column and rule; the fixed file imports once', async () => {
    const bad = `${ON_TIME_CSV}\r\nKPI-CA-ON-TIME,2026-07-01,,closed=3,automated,Jira JQL count\r\nKPI-GHOST,2026-07-01,1,,,`;
    const rejected = await ok<{ applied: boolean; errors: unknown[] }>(m, 'measurements/import-csv', { csv: bad, dryRun: false });
    expect(rejected.applied).toBe(false);
    expect(rejected.errors).toEqual([
      { row: 11, column: 'base_values', rule: 'baseValues is missing closed_on_time' },
      { row: 12, column: 'kpi_id', rule: 'there is no KPI "KPI-GHOST"' },
    ]);
    const nothing = await ok<{ rows: number }>(m, 'measurements/export-csv', { kpiId: 'KPI-CA-ON-TIME' });
    expect(nothing.rows).toBe(0);

    expect(await ok(m, 'measurements/import-csv', { csv: ON_TIME_CSV, dryRun: true })).toMatchObject({ applied: false, summary: { record: 9, supersede: 0, unchanged: 0 } });
    expect(await ok(m, 'measurements/import-csv', { csv: ON_TIME_CSV, dryRun: false })).toMatchObject({ applied: true, summary: { record: 9 } });
    expect(await ok(m, 'measurements/import-csv', { csv: ON_TIME_CSV, dryRun: false })).toMatchObject({ applied: true, summary: { record: 0, unchanged: 9 } });
  });

  it('export → import changes nothing', async () => {
    const exported = await ok<{ csv: string; rows: number }>(m, 'measurements/export-csv');
    expect(exported.rows).toBe(11);
    expect(await ok(m, 'measurements/import-csv', { csv: exported.csv, dryRun: false })).toMatchObject({ applied: true, errors: [], summary: { record: 0, supersede: 0, unchanged: 11 } });
  });
});

describe('KPI list: RAG, trend, staleness', () => {
  interface KpiView {
    kpi: { status: string; definition: { id: string } };
    points: { periodStart: string; value: number | null; rag: string }[];
    latest: { periodStart: string; value: number; rag: string } | null;
    trend: { direction: string };
    staleness: { status: string; daysOverdue: number; missingPeriodStart?: string; dueBy: string } | null;
  }
  const byId = (views: KpiView[], id: string): KpiView | undefined => views.find((view) => view.kpi.definition.id === id);

  it('shows the latest value with its RAG, the trend against the KPI direction, and which KPI is stale', async () => {
    const views = await ok<KpiView[]>(TEST_USERS.member, 'kpis/list');
    const incidentsView = byId(views, 'KPI-INCIDENTS');
    expect(incidentsView?.points).toHaveLength(12);
    expect(incidentsView?.points.slice(-7).map((point) => point.value)).toEqual([1, 4, 3, 5, 6, null, null]);
    expect(incidentsView).toMatchObject({
      latest: { periodStart: '2026-05-01', value: 6, rag: 'red' },
      trend: { direction: 'worsening' },
      staleness: { status: 'stale', daysOverdue: 5, missingPeriodStart: '2026-06-01', dueBy: '2026-07-05' },
    });
    expect(byId(views, 'KPI-CA-ON-TIME')).toMatchObject({ latest: { periodStart: '2026-06-01', value: 96, rag: 'green' }, trend: { direction: 'improving' }, staleness: { status: 'fresh' } });
    const stale = await ok<{ kpiId: string; staleness: { daysOverdue: number } }[]>(TEST_USERS.member, 'kpis/stale');
    expect(stale.map((row) => [row.kpiId, row.staleness.daysOverdue])).toEqual([['KPI-INCIDENTS', 5]]);
  });

  it('kpis/get gives a chosen window with each measurement and its revision', async () => {
    const detail = await ok<KpiView & { measurements: { measurement: { periodStart: string }; revision: number; rag: string }[] }>(TEST_USERS.member, 'kpis/get', {
      kpiId: 'KPI-INCIDENTS',
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect(detail.points.map((point) => point.rag)).toEqual(['green', 'amber', 'amber']);
    expect(detail.measurements.map((view) => [view.measurement.periodStart, view.revision])).toEqual([['2026-01-01', 1], ['2026-02-01', 2], ['2026-03-01', 1]]);
  });

  it('a retired KPI is no longer listed, stale or fed; it stays readable', async () => {
    expect(await ok(m, 'kpis/retire', { kpiId: 'KPI-INCIDENTS', reason: 'Replaced by a severity-weighted KPI' })).toMatchObject({ version: 2, value: { status: 'retired', retiredOn: '2026-07-10' } });
    expect((await ok<KpiView[]>(m, 'kpis/list')).map((view) => view.kpi.definition.id)).toEqual(['KPI-CA-ON-TIME']);
    expect(await ok(m, 'kpis/stale')).toEqual([]);
    expect(envelopeError(await call(m, 'measurements/record', { kpiId: 'KPI-INCIDENTS', periodStart: '2026-06-01', value: 2 }))).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'kpiId' });
    expect(byId(await ok<KpiView[]>(m, 'kpis/list', { includeRetired: true }), 'KPI-INCIDENTS')).toMatchObject({ kpi: { status: 'retired' }, staleness: null });
  });
});

// Last: the values it records would change the counts and latest values the tests above expect.
describe('a measurement comment', () => {
  const recordIncident = (payload: Record<string, unknown>): Promise<unknown> => call(m, 'measurements/record', { kpiId: 'KPI-NOTES', ...payload });
  beforeAll(async () => {
    await ok(m, 'kpis/create', { definition: incidents({ id: 'KPI-NOTES' }) });
  });

  it('keeps a comment with the value: a changed comment is a correction, a blank one is left out, a long one is refused', async () => {
    const commented = okData(await recordIncident({ periodStart: '2026-04-01', value: 2, comment: '  SIEM export missed 3 days  ' }));
    expect(commented).toMatchObject({ outcome: 'recorded', stored: { measurement: { comment: 'SIEM export missed 3 days' } } });
    expect(okData(await recordIncident({ periodStart: '2026-04-01', value: 2, comment: 'SIEM export missed 3 days' }))).toMatchObject({ outcome: 'unchanged' });
    expect(okData(await recordIncident({ periodStart: '2026-04-01', value: 2, comment: 'SIEM export missed 3 days; backfilled' }))).toMatchObject({ outcome: 'superseded', stored: { revision: 2 } });
    const blank = okData(await recordIncident({ periodStart: '2026-05-01', value: 1, comment: '   ' })) as { stored: { measurement: Record<string, unknown> } };
    expect(blank.stored.measurement).not.toHaveProperty('comment');
    expect(envelopeError(await recordIncident({ periodStart: '2026-06-01', value: 1, comment: 'x'.repeat(2001) }))).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'comment' });
  });
});
