// The monitoring matrix and the KPIs, as the ISMS manager would bring them in from her spreadsheets:
// - the matrix as a CSV file to `matrix/import-csv` (the ISMS page "clause9-isms"), written with the app's own export
//   row (so it is exactly the documented format). Each row carries the item's status, so the import activates the
//   active items from their activeFrom date and retires the retired one through the domain's transitions (the
//   item's history says create → activate → retire); the draft stays a draft;
// - each KPI definition through `kpis/create`, then 18 months of measurements as one CSV file to
//   `measurements/import-csv` (the ISMS page).
import { MATRIX_CSV_HEADER, monitoringItemCsvRow } from '../../../src/contracts/matrix-csv';
import { MEASUREMENT_CSV_HEADER, measurementCsvRow } from '../../../src/contracts/measurement-csv';
import { formatCsv } from '../../../src/domain/csv/format-csv';
import type { KpiDefinition, KpiMeasurement } from '../../../src/domain/kpi';
import type { MonitoringItem } from '../../../src/domain/monitoring-item';
import { ANY_DATA } from './app-caller';
import type { AppCaller } from './app-caller';
import { uploadCsv } from './csv-upload';

export const MATRIX_PAGE = 'clause9-isms';
export const KPI_PAGE = 'clause9-isms';
export const MATRIX_IMPORT = { moduleKey: MATRIX_PAGE, functionKey: 'matrix/import-csv' } as const;

export function matrixCsv(items: readonly MonitoringItem[]): string {
  return formatCsv([MATRIX_CSV_HEADER, ...items.map((item) => monitoringItemCsvRow(item))]);
}

export function measurementsCsv(measurements: readonly KpiMeasurement[]): string {
  // The export's reader columns (indicator value, RAG, revision) are ignored by the import.
  return formatCsv([MEASUREMENT_CSV_HEADER, ...measurements.map((measurement) => measurementCsvRow(measurement, { indicatorValue: null, rag: 'no_data', revision: 1 }))]);
}

export async function importMonitoringItems(app: AppCaller, items: readonly MonitoringItem[]): Promise<void> {
  await uploadCsv(app, 'ismsManager', MATRIX_IMPORT, matrixCsv(items));
}

export async function importKpis(app: AppCaller, kpis: readonly KpiDefinition[], measurements: readonly KpiMeasurement[]): Promise<void> {
  for (const definition of kpis) await app.call('ismsManager', KPI_PAGE, 'kpis/create', { definition }, ANY_DATA);
  await uploadCsv(app, 'ismsManager', { moduleKey: KPI_PAGE, functionKey: 'measurements/import-csv' }, measurementsCsv(measurements));
}
