// KPI measurements as CSV (docs/matrix-csv.md, "Measurements"). One row per KPI and collection period:
//   kpi_id, period_start (any date in the period), and exactly one of value or base_values ("name=3;other=4");
//   source (manual | automated, default manual) and source_name (required for automated).
// The export adds indicator_value, rag, revision, recorded_by and recorded_at for readers; the import ignores them.
import type { CsvRowError, CsvTableRow } from '../domain/csv/csv-table';
import type { KpiMeasurement } from '../domain/kpi/kpi-measurement';
import type { Rag } from '../domain/kpi/decision-criteria';
import type { LocalDate } from '../domain/local-date';
import { CellReader, LIST_SEPARATOR } from './csv-cells';

export const MEASUREMENT_REQUIRED_COLUMNS = ['kpi_id', 'period_start'] as const;
export const MEASUREMENT_OPTIONAL_COLUMNS = ['value', 'base_values', 'source', 'source_name'] as const;
export const MEASUREMENT_IGNORED_COLUMNS = ['indicator_value', 'rag', 'revision', 'recorded_by', 'recorded_at'] as const;
export type MeasurementColumn = (typeof MEASUREMENT_REQUIRED_COLUMNS)[number] | (typeof MEASUREMENT_OPTIONAL_COLUMNS)[number];

export const MEASUREMENT_CSV_HEADER: readonly string[] = [
  'kpi_id',
  'period_start',
  'value',
  'base_values',
  'source',
  'source_name',
  'indicator_value',
  'rag',
  'revision',
  'recorded_by',
  'recorded_at',
];

export interface MeasurementCsvRow {
  readonly row: number;
  readonly kpiId: string;
  readonly periodStart: LocalDate;
  readonly data: { readonly value: number } | { readonly baseValues: Readonly<Record<string, number>> };
  readonly source: { readonly kind: 'manual' } | { readonly kind: 'automated'; readonly sourceName: string };
}

export type MeasurementRowResult = { readonly ok: true; readonly value: MeasurementCsvRow } | { readonly ok: false; readonly errors: readonly CsvRowError[] };

/** Which column a domain check's field is about (checkMeasurement names kpiId, periodStart, value, baseValues…). */
export const MEASUREMENT_COLUMN_OF_FIELD: Readonly<Record<string, MeasurementColumn>> = {
  kpiId: 'kpi_id',
  periodStart: 'period_start',
  value: 'value',
  baseValues: 'base_values',
  source: 'source',
  'source.sourceName': 'source_name',
};

function baseValuesOf(cells: CellReader<MeasurementColumn>): Record<string, number> | undefined {
  const values: Record<string, number> = {};
  for (const pair of cells.list('base_values')) {
    const match = /^([^=]+)=(.+)$/.exec(pair);
    const name = match?.[1]?.trim() ?? '';
    const number = Number(match?.[2]?.trim());
    if (match === null || name === '' || !Number.isFinite(number)) {
      cells.fail('base_values', `base_values must be name=number pairs separated by "${LIST_SEPARATOR}", got "${pair}"`);
      return undefined;
    }
    if (Object.hasOwn(values, name)) {
      cells.fail('base_values', `base_values names ${name} twice`);
      return undefined;
    }
    values[name] = number;
  }
  return values;
}

export function readMeasurementCsvRow(row: CsvTableRow<MeasurementColumn>): MeasurementRowResult {
  const cells = new CellReader(row);
  const kpiId = cells.text('kpi_id');
  if (kpiId === '') cells.fail('kpi_id', 'kpi_id is required');
  const periodStart = cells.optionalDate('period_start');
  if (cells.text('period_start') === '') cells.fail('period_start', 'period_start is required');
  const value = cells.optionalNumber('value');
  const hasBase = cells.text('base_values') !== '';
  const baseValues = hasBase ? baseValuesOf(cells) : undefined;
  const hasValue = cells.text('value') !== '';
  if (hasValue === hasBase) cells.fail('value', 'give exactly one of value or base_values');
  const kind = cells.oneOf('source', ['manual', 'automated'] as const) ?? 'manual';
  const sourceName = cells.optionalText('source_name');
  if (kind === 'automated' && sourceName === undefined) cells.fail('source_name', 'source_name is required when source is automated');
  if (kind === 'manual' && sourceName !== undefined) cells.fail('source_name', 'source_name is only for automated sources');
  if (cells.errors.length > 0 || periodStart === undefined) return { ok: false, errors: cells.errors };
  const data = value !== undefined ? { value } : baseValues !== undefined ? { baseValues } : undefined;
  if (data === undefined) return { ok: false, errors: cells.errors };
  const source = kind === 'automated' && sourceName !== undefined ? { kind, sourceName } : { kind: 'manual' as const };
  return { ok: true, value: { row: row.row, kpiId, periodStart, data, source } };
}

function numberCell(value: number | null): string {
  return value === null ? '' : String(value);
}

export function measurementCsvRow(measurement: KpiMeasurement, extra: { readonly indicatorValue: number | null; readonly rag: Rag; readonly revision: number }): string[] {
  const baseValues = 'baseValues' in measurement ? Object.entries(measurement.baseValues).map(([name, value]) => `${name}=${String(value)}`).join(LIST_SEPARATOR) : '';
  return [
    measurement.kpiId,
    measurement.periodStart,
    'value' in measurement ? String(measurement.value) : '',
    baseValues,
    measurement.source.kind,
    measurement.source.kind === 'automated' ? measurement.source.sourceName : '',
    numberCell(extra.indicatorValue),
    extra.rag,
    String(extra.revision),
    measurement.recordedBy,
    measurement.recordedAt,
  ];
}
