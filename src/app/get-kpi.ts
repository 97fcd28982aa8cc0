// One KPI over a chosen window (default: the last 12 collection periods): its series, trend, staleness and the
// stored measurements behind it, each with its revision (how often the period's value was superseded).
import { DEFAULT_KPI_PERIODS, type KpiDetail } from '../contracts/kpi-payloads';
import { compileKpi } from '../domain/kpi/kpi-measurement';
import { recentPeriods } from '../domain/kpi/kpi-window';
import { daysBetween, type LocalDate } from '../domain/local-date';
import { AppError } from './app-error';
import { measurementView, requireKpi, type MeasurementPorts } from './kpi-ports';
import { kpiView } from './kpi-view';

/** A window longer than this many days (~3 years of daily points) is refused rather than answered with a huge series. */
export const MAX_WINDOW_DAYS = 1_100;

export interface GetKpiRequest {
  readonly kpiId: string;
  readonly from?: LocalDate;
  readonly to?: LocalDate;
  readonly today: LocalDate;
  readonly graceDays: number;
}

export async function getKpi(ports: Pick<MeasurementPorts, 'readKpi' | 'listMeasurements' | 'latestMeasurement'>, request: GetKpiRequest): Promise<KpiDetail> {
  const stored = await requireKpi(ports, request.kpiId);
  const definition = stored.value.definition;
  const to = request.to ?? request.today;
  const from = request.from ?? recentPeriods(definition.collectionFrequency, to, DEFAULT_KPI_PERIODS).from;
  if (daysBetween(from, to) > MAX_WINDOW_DAYS) throw new AppError('INVALID_PAYLOAD', `from: the window may span at most ${MAX_WINDOW_DAYS} days`, 'from');
  const window = { from, to };
  const [measurements, latestMeasured] = await Promise.all([ports.listMeasurements(stored.key, window), ports.latestMeasurement(stored.key)]);
  const compiled = compileKpi(definition);
  return {
    ...kpiView({ stored, measurements, latestMeasured, window, today: request.today, graceDays: request.graceDays }),
    measurements: measurements.map((measurement) => measurementView(compiled, measurement)),
  };
}
