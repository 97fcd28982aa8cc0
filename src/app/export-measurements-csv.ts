// KPI measurements as CSV (one KPI or all, optionally for a window of periods), in the columns the import reads, plus
// the indicator value, RAG and revision for readers: exporting and importing the file again changes nothing.
import type { CsvExport } from '../contracts/csv-upload';
import { MEASUREMENT_CSV_HEADER, measurementCsvRow } from '../contracts/measurement-csv';
import { formatCsv } from '../domain/csv/format-csv';
import { compileKpi } from '../domain/kpi/kpi-measurement';
import { localDate, type LocalDate } from '../domain/local-date';
import { measurementView, requireKpi, type MeasurementPorts } from './kpi-ports';

export interface ExportMeasurementsRequest {
  readonly kpiId?: string;
  readonly from?: LocalDate;
  readonly to?: LocalDate;
  readonly today: LocalDate;
}

const EARLIEST = localDate('0001-01-01');
const LATEST = localDate('9999-12-31');

export async function exportMeasurementsCsv(ports: Pick<MeasurementPorts, 'readKpi' | 'listKpis' | 'listMeasurements'>, request: ExportMeasurementsRequest): Promise<CsvExport> {
  const kpis = request.kpiId === undefined ? await ports.listKpis() : [await requireKpi(ports, request.kpiId)];
  const range = request.from === undefined && request.to === undefined ? undefined : { from: request.from ?? EARLIEST, to: request.to ?? LATEST };
  const perKpi = await Promise.all(
    kpis.map(async (stored) => {
      const compiled = compileKpi(stored.value.definition);
      const measurements = await ports.listMeasurements(stored.key, range);
      return measurements.map((measurement) => {
        const view = measurementView(compiled, measurement);
        return measurementCsvRow(measurement.value, { indicatorValue: view.indicatorValue, rag: view.rag, revision: view.revision });
      });
    }),
  );
  const rows = perKpi.flat();
  const name = request.kpiId === undefined ? 'kpi-measurements' : `kpi-measurements-${request.kpiId}`;
  return { filename: `${name}-${request.today}.csv`, csv: formatCsv([MEASUREMENT_CSV_HEADER, ...rows]), rows: rows.length };
}
