// The read models and their KVS sources, bound once for the sweep, the event trigger and the KPI pages: which
// monitoring items are active, the audit programme, the KPI register, and the read-model documents themselves.
import { kvsMeasurementPorts } from '../adapters/storage/kpi-store';
import { listMonitoringItems } from '../adapters/storage/monitoring-item-store';
import { readCurrentProgrammeId, readProgramme } from '../adapters/storage/audit-programme-store';
import { checkDigestModel } from '../adapters/storage/read-models/check-digest-model';
import { nonconformityModel } from '../adapters/storage/read-models/nonconformity-model';
import { overdueModel } from '../adapters/storage/read-models/overdue-model';
import { coverageModel, kpiSummaryModel } from '../adapters/storage/read-models/summary-models';
import type { IssueReadModels } from '../app/apply-issue-changes';
import type { RefreshCoveragePorts } from '../app/refresh-coverage';
import { kpiWindowStart, type KpiWithMeasurements, type RefreshKpiPorts } from '../app/refresh-kpi-summaries';
import type { AuditProgramme } from '../domain/audit-programme/audit-programme';
import type { LocalDate } from '../domain/local-date';
import type { ActiveMonitoringItem } from '../domain/monitoring-item';

export const issueReadModels: IssueReadModels = { overdue: overdueModel, checkDigests: checkDigestModel, nonconformities: nonconformityModel };

export async function listActiveMonitoringItems(): Promise<ActiveMonitoringItem[]> {
  const stored = await listMonitoringItems('active');
  return stored.map((row) => row.value).filter((item): item is ActiveMonitoringItem => item.status === 'active');
}

export async function readAuditProgramme(): Promise<AuditProgramme | null> {
  const programmeId = await readCurrentProgrammeId();
  const stored = programmeId === undefined ? undefined : await readProgramme(programmeId);
  if (stored === undefined) return null;
  const header = stored.header.value;
  return { id: header.id, cycle: header.cycle, applicableControls: header.applicableControls, audits: stored.audits.map((record) => record.value.audit) };
}

/** The active KPIs with the measurements the summaries show, and each KPI's latest measurement. */
export async function listKpis(today: LocalDate): Promise<KpiWithMeasurements[]> {
  const kpis = await kvsMeasurementPorts.listKpis('active');
  return Promise.all(
    kpis.map(async ({ value: { definition } }) => {
      const [inWindow, latest] = await Promise.all([
        kvsMeasurementPorts.listMeasurements(definition.id, { from: kpiWindowStart(definition, today), to: today }),
        kvsMeasurementPorts.latestMeasurement(definition.id),
      ]);
      return { definition, measurements: inWindow.map((row) => row.value), latest: latest?.value };
    }),
  );
}

export function coveragePorts(at: () => string): RefreshCoveragePorts {
  return {
    listActiveMonitoringItems,
    readCheckDigests: () => checkDigestModel.readAll(),
    readOpenNonconformities: () => nonconformityModel.readAll(),
    readAuditProgramme,
    writeCoverage: async (model) => {
      await coverageModel.update(() => model, at());
    },
  };
}

export function kpiPorts(at: () => string): RefreshKpiPorts {
  return { listKpis, replaceKpiSummaries: (summaries) => kpiSummaryModel.replaceAll(summaries, at()) };
}
