// Measurement CSV rows: what a valid row gives, each bad cell as (column, rule), and the export's row read back.
import { MEASUREMENT_CSV_HEADER, MEASUREMENT_IGNORED_COLUMNS, MEASUREMENT_OPTIONAL_COLUMNS, MEASUREMENT_REQUIRED_COLUMNS, measurementCsvRow, readMeasurementCsvRow } from '../../src/contracts/measurement-csv';
import { formatCsv } from '../../src/domain/csv/format-csv';
import { readCsvTable } from '../../src/domain/csv/csv-table';
import type { KpiMeasurement } from '../../src/domain/kpi';
import { d } from '../domain/kpi/kpi-builders';

const COLUMNS = { required: MEASUREMENT_REQUIRED_COLUMNS, optional: MEASUREMENT_OPTIONAL_COLUMNS, ignored: MEASUREMENT_IGNORED_COLUMNS };

function read(header: readonly string[], cells: readonly string[]) {
  const table = readCsvTable(formatCsv([header, cells]), COLUMNS);
  if (!table.ok || table.rows[0] === undefined) throw new Error(JSON.stringify(table));
  return readMeasurementCsvRow(table.rows[0]);
}

const HEADER = ['kpi_id', 'period_start', 'value', 'base_values', 'source', 'source_name'];

describe('readMeasurementCsvRow', () => {
  it.each([
    [['KPI-INCIDENTS', '2026-03-15', '4', '', '', ''], { kpiId: 'KPI-INCIDENTS', periodStart: '2026-03-15', data: { value: 4 }, source: { kind: 'manual' } }],
    [['KPI-CA', '2026-03-01', '', 'closed_on_time=3; closed=4', 'automated', 'JQL count'], { data: { baseValues: { closed_on_time: 3, closed: 4 } }, source: { kind: 'automated', sourceName: 'JQL count' } }],
    [['KPI-X', '2026-03-01', '-0.5', '', 'MANUAL', ''], { data: { value: -0.5 } }],
  ])('%j reads as %j', (cells, expected) => {
    const result = read(HEADER, cells);
    expect(result.ok && result.value).toMatchObject(expected);
  });

  it.each([
    [['', '2026-03-01', '1', '', '', ''], 'kpi_id', 'kpi_id is required'],
    [['K', '', '1', '', '', ''], 'period_start', 'period_start is required'],
    [['K', '2026-13-01', '1', '', '', ''], 'period_start', 'YYYY-MM-DD'],
    [['K', '2026-03-01', 'ten', '', '', ''], 'value', 'value must be a number'],
    [['K', '2026-03-01', '', '', '', ''], 'value', 'exactly one of value or base_values'],
    [['K', '2026-03-01', '1', 'a=1', '', ''], 'value', 'exactly one of value or base_values'],
    [['K', '2026-03-01', '', 'a:1', '', ''], 'base_values', 'name=number pairs'],
    [['K', '2026-03-01', '', 'a=1;a=2', '', ''], 'base_values', 'names a twice'],
    [['K', '2026-03-01', '1', '', 'robot', ''], 'source', 'source must be one of manual, automated'],
    [['K', '2026-03-01', '1', '', 'automated', ''], 'source_name', 'required when source is automated'],
    [['K', '2026-03-01', '1', '', 'manual', 'SIEM'], 'source_name', 'only for automated sources'],
  ])('%j → %s: %s', (cells, column, rule) => {
    const result = read(HEADER, cells);
    expect(result.ok).toBe(false);
    expect(result.ok ? undefined : result.errors.find((error) => error.column === column)?.rule).toContain(rule);
  });

  it.each<[string, KpiMeasurement]>([
    ['a value', { kpiId: 'KPI-INCIDENTS', periodStart: d('2026-03-01'), recordedBy: 'acc-1', recordedAt: '2026-04-02T09:00:00.000Z', source: { kind: 'manual' }, value: -3.25 }],
    [
      'base values from a feeder',
      { kpiId: 'KPI-CA', periodStart: d('2026-02-01'), recordedBy: 'acc-1', recordedAt: '2026-03-02T09:00:00.000Z', source: { kind: 'automated', sourceName: 'SIEM, EU' }, baseValues: { closed_on_time: 0.1 + 0.2, closed: 4 } },
    ],
  ])('the export row of %s reads back to the same facts', (_name, measurement) => {
    const result = read(MEASUREMENT_CSV_HEADER, measurementCsvRow(measurement, { indicatorValue: null, rag: 'no_data', revision: 2 }));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const data = 'value' in measurement ? { value: measurement.value } : { baseValues: measurement.baseValues };
    expect(result.value).toEqual({ row: 2, kpiId: measurement.kpiId, periodStart: measurement.periodStart, data, source: measurement.source });
  });
});
