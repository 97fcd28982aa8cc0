// Imports the monitoring matrix from CSV (columns in docs/matrix-csv.md). All or nothing: every row is validated with
// the domain's schemas and transitions first, and ONE bad row means nothing is stored — the report lists each bad
// row, column and rule. `dryRun` stops there either way. Rows carry the item id, and rows equal to what is stored
// change nothing, so importing the same file twice stores it once.
import type { MatrixImportReport } from '../contracts/matrix-payloads';
import { MAX_CSV_ROWS } from '../contracts/csv-upload';
import { MATRIX_CSV_HEADER, MATRIX_IGNORED_COLUMNS, MATRIX_OPTIONAL_COLUMNS, MATRIX_REQUIRED_COLUMNS } from '../contracts/matrix-csv';
import { readMatrixCsvRow, type MatrixCsvRow } from '../contracts/matrix-csv-row';
import { readCsvTable, type CsvRowError } from '../domain/csv/csv-table';
import type { LocalDate } from '../domain/local-date';
import { AppError } from './app-error';
import { saveOrConflict, type Actor, type MatrixPorts } from './matrix-ports';
import { planMatrixImport } from './plan-matrix-import';

export interface ImportMatrixCsvRequest {
  readonly text: string;
  readonly dryRun: boolean;
  /** Default activeFrom / retiredOn for rows that leave them empty. */
  readonly today: LocalDate;
  readonly actor: Actor;
}

const NO_CHANGES = { create: 0, update: 0, activate: 0, retire: 0, unchanged: 0 };

function rejected(request: ImportMatrixCsvRequest, rows: number, errors: readonly CsvRowError[]): MatrixImportReport {
  // By row, then in the file's column order, so the report reads like the spreadsheet.
  const sorted = [...errors].sort((a, b) => a.row - b.row || MATRIX_CSV_HEADER.indexOf(a.column) - MATRIX_CSV_HEADER.indexOf(b.column));
  return { dryRun: request.dryRun, applied: false, rows, errors: sorted, summary: NO_CHANGES, changes: [] };
}

export async function importMatrixCsv(ports: Pick<MatrixPorts, 'listItems' | 'saveItems'>, request: ImportMatrixCsvRequest): Promise<MatrixImportReport> {
  const table = readCsvTable(request.text, { required: MATRIX_REQUIRED_COLUMNS, optional: MATRIX_OPTIONAL_COLUMNS, ignored: MATRIX_IGNORED_COLUMNS });
  if (!table.ok) return rejected(request, 0, table.errors);
  if (table.rows.length > MAX_CSV_ROWS) {
    return rejected(request, table.rows.length, [{ row: 1, column: 'csv', rule: `the file has ${table.rows.length} rows; at most ${MAX_CSV_ROWS} can be imported at once` }]);
  }
  const errors: CsvRowError[] = [];
  const rows: MatrixCsvRow[] = [];
  for (const row of table.rows) {
    const result = readMatrixCsvRow(row);
    if (result.ok) rows.push(result.value);
    else errors.push(...result.errors);
  }
  const current = new Map((await ports.listItems()).map((stored) => [stored.key, stored]));
  const plan = planMatrixImport(rows, current, request.today, request.actor);
  errors.push(...plan.errors);
  if (errors.length > 0) return rejected(request, table.rows.length, errors);
  const report: MatrixImportReport = { dryRun: request.dryRun, applied: false, rows: table.rows.length, errors: [], summary: plan.summary, changes: plan.changes };
  if (request.dryRun || plan.writes.length === 0) return { ...report, applied: !request.dryRun };
  try {
    await saveOrConflict(ports, plan.writes, request.actor);
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error;
    // Chunks already committed stay (each with its history); rows equal to what is stored are skipped on a re-run.
    throw new AppError(
      'CONFLICT',
      'Someone changed the matrix while this import was being stored, so part of the file may be stored. Import the same file again: rows already stored are skipped and the rest are applied.',
      'csv',
      { cause: error },
    );
  }
  return { ...report, applied: true };
}
