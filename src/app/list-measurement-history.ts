// Every value one collection period of a KPI has had, newest first (who recorded it, when, before and after): a
// superseded measurement is never lost. Any date in the period names it.
import type { ValueChange } from '../adapters/storage/versioned-value';
import { periodOf } from '../domain/kpi/kpi-frequency';
import type { KpiMeasurement } from '../domain/kpi/kpi-measurement';
import type { LocalDate } from '../domain/local-date';
import { requireKpi, type MeasurementPorts } from './kpi-ports';

export async function listMeasurementHistory(
  ports: Pick<MeasurementPorts, 'readKpi' | 'measurementHistory'>,
  request: { readonly kpiId: string; readonly periodStart: LocalDate },
): Promise<{ changes: ValueChange<KpiMeasurement>[]; nextCursor?: string }> {
  const stored = await requireKpi(ports, request.kpiId);
  return ports.measurementHistory(request.kpiId, periodOf(stored.value.definition.collectionFrequency, request.periodStart), { limit: 100 });
}
