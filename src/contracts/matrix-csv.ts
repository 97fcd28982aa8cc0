// The monitoring matrix as CSV: the column names (documented in docs/matrix-csv.md) and the export of one item as
// one row. Codes are the stored vocabulary codes (monitoring-vocabulary.ts), so a file round-trips exactly; lists
// are separated by ";"; weekdays are Mon…Sun. matrix-csv-row.ts reads a row back.
import { assertNever } from '../domain/domain-error';
import type { MonitoringItem } from '../domain/monitoring-item';
import type { Recurrence } from '../domain/recurrence';
import { describeRecurrence } from '../domain/recurrence-label';
import { LIST_SEPARATOR, WEEKDAY_CODES } from './csv-cells';

export const MATRIX_REQUIRED_COLUMNS = [
  'id',
  'title',
  'entity_kind',
  'entity_name',
  'covers',
  'element',
  'method',
  'approach',
  'starts_on',
  'frequency',
  'lead_time_days',
  'responsible_account_id',
  'analyst_account_id',
  'analysis_within_working_days',
  'spot_check',
] as const;

export const MATRIX_OPTIONAL_COLUMNS = [
  'status',
  'risk_ids',
  'interval',
  'weekdays',
  'day_of_month',
  'week_of_month',
  'weekday',
  'ends_on',
  'ends_after_count',
  'report_type',
  'active_from',
  'retired_on',
  'retirement_reason',
] as const;

/** Written by the export for readers; the import ignores it (the structured columns are the truth). */
export const MATRIX_IGNORED_COLUMNS = ['recurrence_text'] as const;

export type MatrixColumn = (typeof MATRIX_REQUIRED_COLUMNS)[number] | (typeof MATRIX_OPTIONAL_COLUMNS)[number];

export const MATRIX_CSV_HEADER: readonly string[] = [
  'id',
  'title',
  'status',
  'entity_kind',
  'entity_name',
  'covers',
  'risk_ids',
  'element',
  'method',
  'approach',
  'starts_on',
  'frequency',
  'interval',
  'weekdays',
  'day_of_month',
  'week_of_month',
  'weekday',
  'ends_on',
  'ends_after_count',
  'recurrence_text',
  'lead_time_days',
  'responsible_account_id',
  'analyst_account_id',
  'analysis_within_working_days',
  'report_type',
  'spot_check',
  'active_from',
  'retired_on',
  'retirement_reason',
];

type RecurrenceCells = Pick<Record<string, string>, 'frequency' | 'interval' | 'weekdays' | 'day_of_month' | 'week_of_month' | 'weekday' | 'ends_on' | 'ends_after_count'>;

function recurrenceCells(recurrence: Recurrence): RecurrenceCells {
  const { rule, ends } = recurrence;
  const cells: RecurrenceCells = { frequency: rule.frequency, interval: String(rule.interval), weekdays: '', day_of_month: '', week_of_month: '', weekday: '', ends_on: '', ends_after_count: '' };
  switch (rule.frequency) {
    case 'daily':
      break;
    case 'weekly':
      // Stored order, not sorted: a re-import must give back exactly the stored rule (or it would count as a change).
      cells.weekdays = rule.weekdays.map((day) => WEEKDAY_CODES[day]).join(LIST_SEPARATOR);
      break;
    default:
      if (rule.on.kind === 'day_of_month') cells.day_of_month = String(rule.on.day);
      else {
        cells.week_of_month = String(rule.on.week);
        cells.weekday = WEEKDAY_CODES[rule.on.weekday];
      }
  }
  switch (ends.kind) {
    case 'never':
      break;
    case 'on_date':
      cells.ends_on = ends.until;
      break;
    case 'after_count':
      cells.ends_after_count = String(ends.count);
      break;
    default:
      assertNever(ends);
  }
  return cells;
}

/** One CSV row, in MATRIX_CSV_HEADER order. */
export function monitoringItemCsvRow(item: MonitoringItem): string[] {
  const cells: Record<string, string> = {
    id: item.id,
    title: item.title,
    status: item.status,
    entity_kind: item.entity.kind,
    entity_name: item.entity.name,
    covers: item.covers.join(LIST_SEPARATOR),
    risk_ids: item.riskIds.join(LIST_SEPARATOR),
    element: item.element,
    method: item.method,
    approach: item.approach,
    starts_on: item.recurrence.startsOn,
    ...recurrenceCells(item.recurrence),
    recurrence_text: describeRecurrence(item.recurrence),
    lead_time_days: String(item.leadTimeDays),
    responsible_account_id: item.responsibleAccountId,
    analyst_account_id: item.analysis.analystAccountId,
    analysis_within_working_days: String(item.analysis.withinWorkingDays),
    report_type: item.reportType,
    spot_check: item.spotCheckOfCriticalTask ? 'yes' : 'no',
    active_from: item.status === 'draft' ? '' : (item.activeFrom ?? ''),
    retired_on: item.status === 'retired' ? item.retiredOn : '',
    retirement_reason: item.status === 'retired' ? item.retirementReason : '',
  };
  return MATRIX_CSV_HEADER.map((column) => cells[column] ?? '');
}
