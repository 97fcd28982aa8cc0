// Reads one matrix CSV row into an item id, its definition (validated by the domain's own schema) and the status
// columns, or the list of (row, column, rule) errors. Nothing is defaulted silently: the only defaults are the
// documented ones (interval 1, report_type from the method, no status = draft for new items / unchanged).
import type { CsvRowError, CsvTableRow } from '../domain/csv/csv-table';
import type { LocalDate } from '../domain/local-date';
import type { MonitoringItemDefinition, MonitoringItemStatus } from '../domain/monitoring-item';
import { monitoringItemDefinitionSchema, monitoringItemIdSchema } from '../domain/monitoring-item-schema';
import { DEFAULT_REPORT_TYPE, MONITORING_METHODS } from '../domain/monitoring-vocabulary';
import { CellReader, columnForPath } from './csv-cells';
import type { MatrixColumn } from './matrix-csv';

export interface MatrixCsvRow {
  readonly row: number;
  readonly id: string;
  readonly definition: MonitoringItemDefinition;
  /** null when the status cell is empty: new items become drafts, existing items keep their status. */
  readonly status: MonitoringItemStatus | null;
  readonly activeFrom: LocalDate | null;
  readonly retiredOn: LocalDate | null;
  readonly retirementReason: string | null;
}

export type MatrixRowResult = { readonly ok: true; readonly value: MatrixCsvRow } | { readonly ok: false; readonly errors: readonly CsvRowError[] };

const COLUMN_OF_PATH = columnForPath<MatrixColumn>(
  {
    title: 'title',
    entity: 'entity_kind',
    'entity.kind': 'entity_kind',
    'entity.name': 'entity_name',
    covers: 'covers',
    riskIds: 'risk_ids',
    element: 'element',
    method: 'method',
    approach: 'approach',
    recurrence: 'starts_on',
    'recurrence.startsOn': 'starts_on',
    'recurrence.rule': 'frequency',
    'recurrence.rule.interval': 'interval',
    'recurrence.rule.weekdays': 'weekdays',
    'recurrence.rule.on': 'day_of_month',
    'recurrence.rule.on.week': 'week_of_month',
    'recurrence.rule.on.weekday': 'weekday',
    'recurrence.ends': 'ends_on',
    'recurrence.ends.count': 'ends_after_count',
    leadTimeDays: 'lead_time_days',
    responsibleAccountId: 'responsible_account_id',
    analysis: 'analyst_account_id',
    'analysis.withinWorkingDays': 'analysis_within_working_days',
    reportType: 'report_type',
    spotCheckOfCriticalTask: 'spot_check',
  },
  'id',
);

const MONTH_BASED = ['monthly', 'quarterly', 'semi_annual', 'annual'];

function monthDayRule(cells: CellReader<MatrixColumn>, frequency: string): unknown {
  const day = cells.optionalInteger('day_of_month');
  const weekText = cells.text('week_of_month').toLowerCase();
  const weekday = cells.optionalWeekday('weekday');
  const byWeekday = weekText !== '' || weekday !== undefined;
  if (!MONTH_BASED.includes(frequency)) {
    if (day !== undefined) cells.fail('day_of_month', `day_of_month applies only to monthly, quarterly, semi_annual and annual frequencies, not ${frequency}`);
    if (byWeekday) cells.fail(weekText !== '' ? 'week_of_month' : 'weekday', `week_of_month and weekday apply only to month-based frequencies, not ${frequency}`);
    return undefined;
  }
  if (day !== undefined && byWeekday) cells.fail('day_of_month', 'give either day_of_month, or week_of_month with weekday — not both');
  else if (day !== undefined) return { kind: 'day_of_month', day };
  else if (!byWeekday) cells.fail('day_of_month', `a ${frequency} recurrence needs day_of_month (1–31), or week_of_month (1–4 or last) with weekday`);
  else if (weekText !== 'last' && !/^[1-4]$/.test(weekText)) cells.fail('week_of_month', `week_of_month must be 1, 2, 3, 4 or last, got "${weekText}"`);
  else if (weekday === undefined) cells.fail('weekday', 'weekday is required with week_of_month');
  else return { kind: 'weekday_of_month', week: weekText === 'last' ? 'last' : Number(weekText), weekday };
  return undefined;
}

function recurrenceOf(cells: CellReader<MatrixColumn>): unknown {
  const frequency = cells.text('frequency').toLowerCase();
  const rule: Record<string, unknown> = { frequency, interval: cells.integer('interval', 1) };
  const weekdays = cells.weekdays('weekdays');
  if (frequency === 'weekly') rule.weekdays = weekdays;
  else if (weekdays !== undefined && weekdays.length > 0) cells.fail('weekdays', `weekdays applies only to the weekly frequency, not ${frequency}`);
  const on = monthDayRule(cells, frequency);
  if (on !== undefined) rule.on = on;
  const until = cells.optionalDate('ends_on');
  const count = cells.optionalInteger('ends_after_count');
  if (until !== undefined && count !== undefined) cells.fail('ends_on', 'give either ends_on or ends_after_count, not both');
  const ends = until !== undefined ? { kind: 'on_date', until } : count !== undefined ? { kind: 'after_count', count } : { kind: 'never' };
  return { startsOn: cells.text('starts_on'), rule, ends };
}

export function readMatrixCsvRow(row: CsvTableRow<MatrixColumn>): MatrixRowResult {
  const cells = new CellReader(row);
  const id = cells.check(monitoringItemIdSchema, cells.text('id'), () => 'id');
  const method = cells.text('method').toLowerCase();
  const knownMethod = MONITORING_METHODS.find((candidate) => candidate === method);
  const reportType = cells.optionalText('report_type') ?? (knownMethod === undefined ? '' : DEFAULT_REPORT_TYPE[knownMethod]);
  const candidate = {
    title: cells.text('title'),
    entity: { kind: cells.text('entity_kind').toLowerCase(), name: cells.text('entity_name') },
    covers: cells.list('covers'),
    riskIds: cells.list('risk_ids'),
    element: cells.text('element').toLowerCase(),
    method,
    approach: cells.text('approach').toLowerCase(),
    recurrence: recurrenceOf(cells),
    leadTimeDays: cells.integer('lead_time_days'),
    responsibleAccountId: cells.text('responsible_account_id'),
    analysis: { analystAccountId: cells.text('analyst_account_id'), withinWorkingDays: cells.integer('analysis_within_working_days') },
    reportType: reportType.toLowerCase(),
    spotCheckOfCriticalTask: cells.boolean('spot_check'),
  };
  const status = cells.oneOf('status', ['draft', 'active', 'retired'] as const) ?? null;
  const activeFrom = cells.optionalDate('active_from') ?? null;
  const retiredOn = cells.optionalDate('retired_on') ?? null;
  const retirementReason = cells.optionalText('retirement_reason') ?? null;
  if (status === 'retired' && retiredOn === null) cells.fail('retired_on', 'retired_on is required when status is retired');
  if (status === 'retired' && retirementReason === null) cells.fail('retirement_reason', 'retirement_reason is required when status is retired');
  if (status !== 'retired' && (retiredOn !== null || retirementReason !== null)) {
    cells.fail(retiredOn !== null ? 'retired_on' : 'retirement_reason', 'retired_on and retirement_reason are only for rows whose status is retired');
  }
  if (status === 'draft' && activeFrom !== null) cells.fail('active_from', 'active_from is only for active or retired items, not drafts');
  // Runs even after cell errors: each column reports its first problem, so one pass lists them all.
  const definition = cells.check(monitoringItemDefinitionSchema, candidate, COLUMN_OF_PATH);
  if (cells.errors.length > 0 || id === undefined || definition === undefined) return { ok: false, errors: cells.errors };
  return { ok: true, value: { row: row.row, id, definition, status, activeFrom, retiredOn, retirementReason } };
}
