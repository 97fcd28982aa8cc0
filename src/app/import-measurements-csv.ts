// Imports KPI measurements from CSV (survey results, inspection counts, a back-fill of history). Same rules as the
// matrix import: every row is checked against its KPI's definition first, ONE bad row means nothing is stored (the
// report lists each bad row, column and rule), `dryRun` only checks. A row for a period that already has the same
// value changes nothing (so a file imported twice is stored once); a different value supersedes it, with history.
import type { StoredMeasurement } from '../adapters/storage/kpi-store';
import { MAX_CSV_ROWS, type CsvImportReport } from '../contracts/csv-upload';
import type { MeasurementImportAction } from '../contracts/kpi-payloads';
import {
  MEASUREMENT_COLUMN_OF_FIELD,
  MEASUREMENT_CSV_HEADER,
  MEASUREMENT_IGNORED_COLUMNS,
  MEASUREMENT_OPTIONAL_COLUMNS,
  MEASUREMENT_REQUIRED_COLUMNS,
  readMeasurementCsvRow,
} from '../contracts/measurement-csv';
import { readCsvTable, type CsvRowError } from '../domain/csv/csv-table';
import { DomainError } from '../domain/domain-error';
import { checkMeasurement, type KpiMeasurement } from '../domain/kpi/kpi-measurement';
import { asAppError } from './domain-failure';
import type { MeasurementPorts } from './kpi-ports';
import type { Actor } from './matrix-ports';
import { measurementFacts } from './record-measurement';

export type MeasurementImportReport = CsvImportReport<MeasurementImportAction>;

interface CheckedRow {
  readonly row: number;
  readonly key: string;
  readonly measurement: KpiMeasurement;
}

function columnOf(error: DomainError): string {
  const issues = error.details.issues;
  const first: unknown = Array.isArray(issues) ? issues[0] : undefined;
  const path = typeof first === 'object' && first !== null && 'path' in first && typeof first.path === 'string' ? first.path : undefined;
  const field = typeof error.details.field === 'string' ? error.details.field : path;
  return (field === undefined ? undefined : MEASUREMENT_COLUMN_OF_FIELD[field]) ?? 'csv';
}

function rejected(request: { readonly dryRun: boolean }, rows: number, errors: readonly CsvRowError[]): MeasurementImportReport {
  return { dryRun: request.dryRun, applied: false, rows, errors: [...errors].sort((a, b) => a.row - b.row || MEASUREMENT_CSV_HEADER.indexOf(a.column) - MEASUREMENT_CSV_HEADER.indexOf(b.column)), summary: { record: 0, supersede: 0, unchanged: 0 }, changes: [] };
}

export async function importMeasurementsCsv(
  ports: Pick<MeasurementPorts, 'listKpis' | 'readMeasurements' | 'saveMeasurements'>,
  request: { readonly text: string; readonly dryRun: boolean; readonly actor: Actor },
): Promise<MeasurementImportReport> {
  const table = readCsvTable(request.text, { required: MEASUREMENT_REQUIRED_COLUMNS, optional: MEASUREMENT_OPTIONAL_COLUMNS, ignored: MEASUREMENT_IGNORED_COLUMNS });
  if (!table.ok) return rejected(request, 0, table.errors);
  if (table.rows.length > MAX_CSV_ROWS) return rejected(request, table.rows.length, [{ row: 1, column: 'csv', rule: `at most ${MAX_CSV_ROWS} rows can be imported at once` }]);
  const kpis = new Map((await ports.listKpis()).map((stored) => [stored.key, stored.value]));
  const errors: CsvRowError[] = [];
  const checked: CheckedRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const tableRow of table.rows) {
    const read = readMeasurementCsvRow(tableRow);
    if (!read.ok) {
      errors.push(...read.errors);
      continue;
    }
    const { row, kpiId, periodStart, data, source } = read.value;
    const kpi = kpis.get(kpiId);
    if (kpi === undefined || kpi.status === 'retired') {
      errors.push({ row, column: 'kpi_id', rule: kpi === undefined ? `there is no KPI "${kpiId}"` : `KPI "${kpiId}" was retired on ${kpi.retiredOn}; it takes no new measurements` });
      continue;
    }
    try {
      const measurement = checkMeasurement(kpi.definition, { kpiId, periodStart, ...data, source, recordedBy: request.actor.by, recordedAt: request.actor.at });
      const key = `${kpiId}:${measurement.periodStart}`;
      const earlier = firstRowOf.get(key);
      if (earlier !== undefined) errors.push({ row, column: 'period_start', rule: `KPI ${kpiId} period ${measurement.periodStart} is already given in row ${earlier}` });
      else {
        firstRowOf.set(key, row);
        checked.push({ row, key, measurement });
      }
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      errors.push({ row, column: columnOf(error), rule: error.message });
    }
  }
  if (errors.length > 0) return rejected(request, table.rows.length, errors);
  const current = await ports.readMeasurements(checked.map(({ measurement }) => ({ kpiId: measurement.kpiId, periodStart: measurement.periodStart })));
  const summary: Record<MeasurementImportAction, number> = { record: 0, supersede: 0, unchanged: 0 };
  const changes: { row: number; key: string; actions: MeasurementImportAction[] }[] = [];
  const writes: { measurement: KpiMeasurement; current: StoredMeasurement | undefined }[] = [];
  for (const { row, key, measurement } of checked) {
    const stored = current.get(key);
    if (stored !== undefined && measurementFacts(stored.value) === measurementFacts(measurement)) {
      summary.unchanged += 1;
      continue;
    }
    const action = stored === undefined ? 'record' : 'supersede';
    summary[action] += 1;
    changes.push({ row, key, actions: [action] });
    writes.push({ measurement, current: stored });
  }
  const report: MeasurementImportReport = { dryRun: request.dryRun, applied: !request.dryRun, rows: table.rows.length, errors: [], summary, changes };
  if (request.dryRun || writes.length === 0) return report;
  try {
    await ports.saveMeasurements(writes, request.actor);
  } catch (error) {
    throw asAppError(error);
  }
  return report;
}
