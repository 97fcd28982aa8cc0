// Matrix CSV rows: a valid row becomes the domain's definition; each bad cell is reported as (row, column, rule);
// and every kind of item written by the export reads back to the same item.
import { MATRIX_CSV_HEADER, MATRIX_IGNORED_COLUMNS, MATRIX_OPTIONAL_COLUMNS, MATRIX_REQUIRED_COLUMNS, monitoringItemCsvRow } from '../../src/contracts/matrix-csv';
import { readMatrixCsvRow, type MatrixRowResult } from '../../src/contracts/matrix-csv-row';
import { formatCsv } from '../../src/domain/csv/format-csv';
import { readCsvTable } from '../../src/domain/csv/csv-table';
import { retireMonitoringItem, type MonitoringItem } from '../../src/domain/monitoring-item';
import { activeItem, ctx, d, draftItem, recurrence } from '../domain/monitoring-builders';

const COLUMNS = { required: MATRIX_REQUIRED_COLUMNS, optional: MATRIX_OPTIONAL_COLUMNS, ignored: MATRIX_IGNORED_COLUMNS };

const VALID: Readonly<Record<string, string>> = {
  id: 'MI-001',
  title: 'Review firewall logs',
  entity_kind: 'system',
  entity_name: 'Edge firewall',
  covers: 'A.8.15; A.8.16',
  risk_ids: 'R-12',
  element: 'proactive_detection',
  method: 'log_review',
  approach: 'proactive',
  starts_on: '2026-01-01',
  frequency: 'monthly',
  day_of_month: '1',
  lead_time_days: '5',
  responsible_account_id: '557058:f58131cb-b67d-43c7-b30d-6b58d40bd077',
  analyst_account_id: '5b10ac8d82e05b22cc7d4ef5',
  analysis_within_working_days: '2',
  spot_check: 'no',
};

function readRow(overrides: Readonly<Record<string, string>>): MatrixRowResult {
  const cells = { ...VALID, ...overrides };
  const header = Object.keys(cells);
  const table = readCsvTable(formatCsv([header, header.map((column) => cells[column] ?? '')]), COLUMNS);
  if (!table.ok || table.rows[0] === undefined) throw new Error(`bad table: ${JSON.stringify(table)}`);
  return readMatrixCsvRow(table.rows[0]);
}

function errorsOf(result: MatrixRowResult): { column: string; rule: string }[] {
  return result.ok ? [] : result.errors.map(({ column, rule }) => ({ column, rule }));
}

describe('readMatrixCsvRow', () => {
  it('reads a valid row into the domain definition, with the documented defaults (interval 1, report type from the method)', () => {
    const result = readRow({});
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value).toMatchObject({ row: 2, id: 'MI-001', status: null, activeFrom: null });
    expect(result.value.definition).toMatchObject({
      covers: ['A.8.15', 'A.8.16'],
      recurrence: { startsOn: '2026-01-01', rule: { frequency: 'monthly', interval: 1, on: { kind: 'day_of_month', day: 1 } }, ends: { kind: 'never' } },
      reportType: 'log_review_report',
      spotCheckOfCriticalTask: false,
    });
  });

  it.each([
    [{ frequency: 'weekly', day_of_month: '', weekdays: 'Mon; thursday;5' }, { frequency: 'weekly', interval: 1, weekdays: [1, 4, 5] }],
    [{ frequency: 'quarterly', day_of_month: '', week_of_month: 'last', weekday: 'Fri', interval: '2' }, { frequency: 'quarterly', interval: 2, on: { kind: 'weekday_of_month', week: 'last', weekday: 5 } }],
    [{ frequency: 'daily', day_of_month: '' }, { frequency: 'daily', interval: 1 }],
  ])('reads recurrence cells %j', (overrides, rule) => {
    const result = readRow(overrides);
    expect(result.ok && result.value.definition.recurrence.rule).toEqual(rule);
  });

  it.each([
    [{ id: 'MI@1' }, 'id', 'id must be 1–64 letters'],
    [{ title: '' }, 'title', 'title must not be empty'],
    [{ entity_kind: 'planet' }, 'entity_kind', 'entity.kind must be one of'],
    [{ covers: 'A.9.99' }, 'covers', 'covers: "A.9.99"'],
    [{ covers: '' }, 'covers', 'at least one'],
    [{ element: 'vibes' }, 'element', 'element must be one of'],
    [{ starts_on: '2026-02-30' }, 'starts_on', 'startsOn must be a calendar date'],
    [{ frequency: 'hourly' }, 'frequency', 'frequency must be one of'],
    [{ interval: 'two' }, 'interval', 'interval must be a whole number, got "two"'],
    [{ interval: '0' }, 'interval', 'interval must be a whole number from 1 to 999'],
    [{ day_of_month: '' }, 'day_of_month', 'needs day_of_month'],
    [{ day_of_month: '32' }, 'day_of_month', 'on.day must be a whole number from 1 to 31'],
    [{ week_of_month: '2', weekday: 'Tue' }, 'day_of_month', 'not both'],
    [{ day_of_month: '', week_of_month: '5', weekday: 'Tue' }, 'week_of_month', 'week_of_month must be 1, 2, 3, 4 or last'],
    [{ day_of_month: '', week_of_month: '2', weekday: 'Funday' }, 'weekday', 'must be a weekday'],
    [{ frequency: 'weekly', day_of_month: '' }, 'weekdays', 'weekdays must list at least one weekday'],
    [{ frequency: 'daily' }, 'day_of_month', 'applies only to monthly'],
    [{ weekdays: 'Mon' }, 'weekdays', 'applies only to the weekly frequency'],
    [{ ends_on: '2026-03-01', ends_after_count: '3' }, 'ends_on', 'not both'],
    [{ ends_on: '2025-12-01' }, 'ends_on', 'ends.until must be on or after startsOn'],
    [{ lead_time_days: '400' }, 'lead_time_days', 'leadTimeDays must be a whole number from 0 to 365'],
    [{ lead_time_days: '' }, 'lead_time_days', 'lead_time_days is required'],
    [{ responsible_account_id: 'not an id!' }, 'responsible_account_id', 'responsibleAccountId must be an Atlassian account id'],
    [{ analysis_within_working_days: '61' }, 'analysis_within_working_days', 'from 0 to 60'],
    [{ report_type: 'novel' }, 'report_type', 'reportType must be one of'],
    [{ spot_check: 'maybe' }, 'spot_check', 'spot_check must be yes or no'],
    [{ status: 'paused' }, 'status', 'status must be one of draft, active, retired'],
    [{ status: 'retired', retirement_reason: 'gone' }, 'retired_on', 'retired_on is required'],
    [{ status: 'retired', retired_on: '2026-05-01' }, 'retirement_reason', 'retirement_reason is required'],
    [{ retired_on: '2026-05-01' }, 'retired_on', 'only for rows whose status is retired'],
    [{ status: 'draft', active_from: '2026-01-01' }, 'active_from', 'not drafts'],
    [{ active_from: '01/01/2026' }, 'active_from', 'must be a calendar date in the form YYYY-MM-DD'],
  ])('%j → column %s: %s', (overrides, column, rule) => {
    const errors = errorsOf(readRow(overrides));
    expect(errors.map((error) => error.column)).toContain(column);
    expect(errors.find((error) => error.column === column)?.rule).toContain(rule);
  });

  it('reports every bad column of a row at once, one rule per column', () => {
    const errors = errorsOf(readRow({ title: '', lead_time_days: 'x', spot_check: 'perhaps' }));
    expect(errors.map((error) => error.column).sort()).toEqual(['lead_time_days', 'spot_check', 'title']);
  });
});

describe('matrix CSV round trip', () => {
  const weekly = recurrence({ frequency: 'weekly', interval: 2, weekdays: [4, 1] }, '2026-01-05', { kind: 'after_count', count: 10 });
  const lastFriday = recurrence({ frequency: 'annual', interval: 1, on: { kind: 'weekday_of_month', week: 'last', weekday: 5 } }, '2026-03-01', { kind: 'on_date', until: d('2030-12-31') });
  const retired: MonitoringItem = retireMonitoringItem(activeItem({ id: 'MI-3' }), { retiredOn: d('2026-06-30'), reason: 'System decommissioned' }, ctx()).item;
  const items: MonitoringItem[] = [
    draftItem({ id: 'MI-1', title: 'Quarterly "access" review, all systems', riskIds: [] }),
    activeItem({ id: 'MI-2', recurrence: weekly, spotCheckOfCriticalTask: true, entity: { kind: 'team', name: '=SOC team' } }),
    retired,
    draftItem({ id: 'MI-4', recurrence: lastFriday, title: 'Multi\nline title' }),
  ];

  it.each(items.map((item) => [item.id, item] as const))('%s reads back to the same item', (_id, item) => {
    const table = readCsvTable(formatCsv([MATRIX_CSV_HEADER, monitoringItemCsvRow(item)]), COLUMNS);
    if (!table.ok || table.rows[0] === undefined) throw new Error(JSON.stringify(table));
    const result = readMatrixCsvRow(table.rows[0]);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { definition, status, activeFrom, retiredOn, retirementReason } = result.value;
    expect({ ...definition, id: result.value.id, status }).toEqual(expect.objectContaining({ id: item.id, status: item.status }));
    expect(definition.recurrence).toEqual(item.recurrence);
    expect(definition).toEqual(expect.objectContaining({ title: item.title, entity: item.entity, riskIds: item.riskIds, spotCheckOfCriticalTask: item.spotCheckOfCriticalTask }));
    expect(activeFrom).toBe(item.status === 'draft' ? null : item.activeFrom);
    expect([retiredOn, retirementReason]).toEqual(item.status === 'retired' ? [item.retiredOn, item.retirementReason] : [null, null]);
  });
});
