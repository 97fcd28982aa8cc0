// The storage ports of the KPI use cases (the resolvers and web trigger pass the KVS ones), and the shared rules:
// NOT_FOUND for an unknown KPI, and how one stored measurement reads (its indicator value and RAG).
import type { kvsKpiPorts, kvsMeasurementPorts, StoredKpi, StoredMeasurement } from '../adapters/storage/kpi-store';
import type { MeasurementView } from '../contracts/kpi-payloads';
import { evaluateIndicator } from '../domain/kpi/decision-criteria';
import { KpiFormulaError } from '../domain/kpi/formula-error';
import type { CompiledKpi } from '../domain/kpi/kpi-measurement';
import { AppError } from './app-error';

export type KpiPorts = typeof kvsKpiPorts;
export type MeasurementPorts = typeof kvsMeasurementPorts;

export async function requireKpi(ports: Pick<KpiPorts, 'readKpi'>, kpiId: string, field = 'kpiId'): Promise<StoredKpi> {
  const stored = await ports.readKpi(kpiId);
  if (stored === undefined) throw new AppError('NOT_FOUND', `There is no KPI "${kpiId}".`, field);
  return stored;
}

/** null when the value cannot be computed (e.g. a rate over zero events): shown as "no data", not as an error. */
export function indicatorValueOf(kpi: CompiledKpi, stored: StoredMeasurement): number | null {
  try {
    return kpi.indicatorValue(stored.value);
  } catch (error) {
    if (error instanceof KpiFormulaError) return null;
    throw error;
  }
}

export function measurementView(kpi: CompiledKpi, stored: StoredMeasurement): MeasurementView {
  const indicatorValue = indicatorValueOf(kpi, stored);
  return { measurement: stored.value, revision: stored.version, indicatorValue, rag: evaluateIndicator(kpi.definition, indicatorValue) };
}
