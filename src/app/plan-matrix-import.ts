// What importing valid matrix rows would change, decided before anything is stored: for each row the item it leads
// to (through the domain's own transitions, so history intents stay right) and the write, or why the row cannot be
// applied. Rows that match what is stored change nothing, which makes re-importing a file a no-op.
//   no status cell → a new item is a draft; an existing one keeps its status (its definition may be revised)
//   status active  → a draft is activated from active_from (default: today)
//   status retired → retired on retired_on with retirement_reason (a new row with active_from is activated first)
//   retired items are evidence: a row may repeat them, never change them
import type { StoredMonitoringItem } from '../adapters/storage/monitoring-item-store';
import type { VersionedWrite } from '../adapters/storage/versioned-entity';
import type { MatrixCsvRow } from '../contracts/matrix-csv-row';
import type { MatrixImportAction } from '../contracts/matrix-payloads';
import type { CsvRowError } from '../domain/csv/csv-table';
import { DomainError } from '../domain/domain-error';
import type { LocalDate } from '../domain/local-date';
import { activateMonitoringItem, draftMonitoringItem, retireMonitoringItem, reviseMonitoringItem, type MonitoringItem } from '../domain/monitoring-item';
import type { MatrixColumn } from '../contracts/matrix-csv';
import { definitionOf, sameValue, type Actor } from './matrix-ports';

export interface MatrixImportPlan {
  readonly errors: readonly CsvRowError[];
  readonly writes: readonly VersionedWrite<MonitoringItem>[];
  readonly changes: readonly { readonly row: number; readonly key: string; readonly actions: readonly MatrixImportAction[] }[];
  readonly summary: Readonly<Record<MatrixImportAction, number>>;
}

class RowProblem extends Error {
  constructor(readonly column: MatrixColumn, rule: string) {
    super(rule);
  }
}

const DOMAIN_FIELD_COLUMNS: Readonly<Record<string, MatrixColumn>> = { retiredOn: 'retired_on', reason: 'retirement_reason', activeFrom: 'active_from' };

function activeFromOf(item: MonitoringItem): LocalDate | null {
  return item.status === 'draft' ? null : item.activeFrom;
}

function applyRow(row: MatrixCsvRow, existing: MonitoringItem | undefined, today: LocalDate, actor: Actor): { item: MonitoringItem; actions: MatrixImportAction[] } {
  const actions: MatrixImportAction[] = [];
  if (existing?.status === 'retired') {
    const same =
      sameValue(definitionOf(existing), row.definition) &&
      (row.status ?? 'retired') === 'retired' &&
      (row.activeFrom ?? existing.activeFrom) === existing.activeFrom &&
      (row.retiredOn ?? existing.retiredOn) === existing.retiredOn &&
      (row.retirementReason ?? existing.retirementReason) === existing.retirementReason;
    if (!same) throw new RowProblem('status', `item ${row.id} was retired on ${existing.retiredOn}; a retired item cannot be changed — add a new item instead`);
    return { item: existing, actions };
  }
  let item: MonitoringItem;
  if (existing === undefined) {
    item = draftMonitoringItem(row.id, row.definition, actor).item;
    actions.push('create');
  } else {
    item = existing;
    if (!sameValue(definitionOf(existing), row.definition)) {
      item = reviseMonitoringItem(existing, row.definition, actor).item;
      actions.push('update');
    }
  }
  const currentFrom = activeFromOf(item);
  if (row.activeFrom !== null && currentFrom !== null && row.activeFrom !== currentFrom) {
    throw new RowProblem('active_from', `item ${row.id} is active from ${currentFrom}; active_from cannot be moved (retire it and add a new item instead)`);
  }
  if (row.activeFrom !== null && row.status === null && item.status === 'draft') {
    throw new RowProblem('active_from', 'active_from is only used with status active or retired');
  }
  if (row.status === 'draft' && item.status === 'active') throw new RowProblem('status', `item ${row.id} is active; it cannot go back to draft (retire it instead)`);
  if ((row.status === 'active' || (row.status === 'retired' && row.activeFrom !== null)) && item.status === 'draft') {
    item = activateMonitoringItem(item, row.activeFrom ?? today, actor).item;
    actions.push('activate');
  }
  if (row.status === 'retired') {
    item = retireMonitoringItem(item, { retiredOn: row.retiredOn ?? today, reason: row.retirementReason ?? '' }, actor).item;
    actions.push('retire');
  }
  return { item, actions };
}

export function planMatrixImport(rows: readonly MatrixCsvRow[], current: ReadonlyMap<string, StoredMonitoringItem>, today: LocalDate, actor: Actor): MatrixImportPlan {
  const errors: CsvRowError[] = [];
  const writes: VersionedWrite<MonitoringItem>[] = [];
  const changes: { row: number; key: string; actions: MatrixImportAction[] }[] = [];
  const summary: Record<MatrixImportAction, number> = { create: 0, update: 0, activate: 0, retire: 0, unchanged: 0 };
  const firstRowOf = new Map<string, number>();
  for (const row of rows) {
    const earlier = firstRowOf.get(row.id);
    if (earlier !== undefined) {
      errors.push({ row: row.row, column: 'id', rule: `id ${row.id} is already used in row ${earlier}; each item may appear once` });
      continue;
    }
    firstRowOf.set(row.id, row.row);
    const stored = current.get(row.id);
    try {
      const { item, actions } = applyRow(row, stored?.value, today, actor);
      if (actions.length === 0) {
        summary.unchanged += 1;
        continue;
      }
      for (const action of actions) summary[action] += 1;
      changes.push({ row: row.row, key: row.id, actions });
      writes.push({ key: row.id, value: item, current: stored });
    } catch (error) {
      if (error instanceof RowProblem) errors.push({ row: row.row, column: error.column, rule: error.message });
      else if (error instanceof DomainError) {
        const field = error.details.field;
        const column = error.code === 'ILLEGAL_TRANSITION' ? 'status' : ((typeof field === 'string' ? DOMAIN_FIELD_COLUMNS[field] : undefined) ?? 'status');
        errors.push({ row: row.row, column, rule: error.message });
      } else throw error;
    }
  }
  return { errors, writes, changes, summary };
}
