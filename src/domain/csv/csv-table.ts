// A CSV file read as a table with a known header: every problem is reported as (row, column, rule) so an import can
// list all of them at once. Header names are matched case-insensitively after trimming; cells are trimmed and have
// the export's formula guard removed (format-csv.ts), so what a spreadsheet shows is what is validated.
import { unguardCell } from './format-csv';
import { CsvSyntaxError, parseCsv } from './parse-csv';

/** One reason a row (or the file) cannot be imported. Row 1 is the header; column is a header name or "csv". */
export interface CsvRowError {
  readonly row: number;
  readonly column: string;
  readonly rule: string;
}

export interface CsvColumns<Column extends string> {
  readonly required: readonly Column[];
  readonly optional: readonly Column[];
  /** Written by the export for people to read, ignored by the import (e.g. a human label next to a code). */
  readonly ignored?: readonly string[];
}

export interface CsvTableRow<Column extends string> {
  readonly row: number;
  /** The trimmed cell; "" when the column is absent from the file or the cell is empty. */
  readonly cell: (column: Column) => string;
}

export type CsvTable<Column extends string> =
  | { readonly ok: true; readonly rows: readonly CsvTableRow<Column>[] }
  | { readonly ok: false; readonly errors: readonly CsvRowError[] };

export function readCsvTable<Column extends string>(text: string, columns: CsvColumns<Column>): CsvTable<Column> {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { ok: false, errors: [{ row: error.row, column: 'csv', rule: error.message }] };
    throw error;
  }
  const [header, ...body] = records;
  if (header === undefined) return { ok: false, errors: [{ row: 1, column: 'csv', rule: 'the file is empty: the first row must name the columns' }] };
  const known = new Map<string, Column | null>();
  for (const column of [...columns.required, ...columns.optional]) known.set(column.toLowerCase(), column);
  for (const column of columns.ignored ?? []) known.set(column.toLowerCase(), null);
  const errors: CsvRowError[] = [];
  const positions = new Map<Column, number>();
  const seen = new Set<string>();
  header.cells.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    if (seen.has(name)) errors.push({ row: header.row, column: raw.trim(), rule: 'this column is named twice in the header' });
    seen.add(name);
    const column = known.get(name);
    if (column === undefined) {
      const allowed = [...columns.required, ...columns.optional, ...(columns.ignored ?? [])].join(', ');
      errors.push({ row: header.row, column: raw.trim(), rule: `unknown column; the columns are: ${allowed}` });
    } else if (column !== null) positions.set(column, index);
  });
  for (const column of columns.required) {
    if (!positions.has(column)) errors.push({ row: header.row, column, rule: 'this required column is missing from the header' });
  }
  for (const record of body) {
    if (record.cells.length !== header.cells.length) {
      errors.push({ row: record.row, column: 'csv', rule: `the row has ${record.cells.length} cells but the header has ${header.cells.length}` });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const rows = body.map((record): CsvTableRow<Column> => ({
    row: record.row,
    cell: (column) => {
      const position = positions.get(column);
      return position === undefined ? '' : unguardCell((record.cells[position] ?? '').trim());
    },
  }));
  return { ok: true, rows };
}
