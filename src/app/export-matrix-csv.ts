// The whole monitoring matrix as CSV, in id order, in the columns the import reads (docs/matrix-csv.md): exporting
// and importing the file again changes nothing.
import type { CsvExport } from '../contracts/csv-upload';
import { MATRIX_CSV_HEADER, monitoringItemCsvRow } from '../contracts/matrix-csv';
import { formatCsv } from '../domain/csv/format-csv';
import type { LocalDate } from '../domain/local-date';
import type { MatrixPorts } from './matrix-ports';

export async function exportMatrixCsv(ports: Pick<MatrixPorts, 'listItems'>, request: { readonly today: LocalDate }): Promise<CsvExport> {
  const items = await ports.listItems();
  const csv = formatCsv([MATRIX_CSV_HEADER, ...items.map((stored) => monitoringItemCsvRow(stored.value))]);
  return { filename: `monitoring-matrix-${request.today}.csv`, csv, rows: items.length };
}
