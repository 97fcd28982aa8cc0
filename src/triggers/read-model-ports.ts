// The read models and their KVS sources, bound once for the sweep, the event trigger and the KPI pages: which
// monitoring items are active, the audit programme, the KPI register, and the read-model documents themselves.
import { kvsMeasurementPorts } from '../adapters/storage/kpi-store';
import { listMonitoringItems } from '../adapters/storage/monitoring-item-store';
import { readCurrentProgrammeId, readProgramme, type StoredProgramme } from '../adapters/storage/audit-programme-store';
import { checkDigestModel } from '../adapters/storage/read-models/check-digest-model';
import { checkHistoryModel } from '../adapters/storage/read-models/check-history-model';
import { storeCycleGrid } from '../adapters/storage/read-models/coverage-grid-model';
import { dueSoonModel } from '../adapters/storage/read-models/due-soon-model';
import { nonconformityModel } from '../adapters/storage/read-models/nonconformity-model';
import { overdueModel } from '../adapters/storage/read-models/overdue-model';
import { raisedNonconformityModel } from '../adapters/storage/read-models/raised-nonconformity-model';
import { coverageModel, kpiSummaryModel } from '../adapters/storage/read-models/summary-models';
import type { IssueReadModels } from '../app/apply-issue-changes';
import type { RefreshCoveragePorts } from '../app/refresh-coverage';
import { kpiWindowStart, type KpiWithMeasurements, type RefreshKpiPorts } from '../app/refresh-kpi-summaries';
import type { AuditProgramme } from '../domain/audit-programme/audit-programme';
import type { LocalDate } from '../domain/local-date';
import type { ActiveMonitoringItem } from '../domain/monitoring-item';

export const issueReadModels: IssueReadModels = {
  overdue: overdueModel,
  checkDigests: checkDigestModel,
  nonconformities: nonconformityModel,
  dueSoon: dueSoonModel,
  checkHistory: checkHistoryModel,
  raisedNonconformities: raisedNonconformityModel,
};

export async function listActiveMonitoringItems(): Promise<ActiveMonitoringItem[]> {
  const stored = await listMonitoringItems('active');
  return stored.map((row) => row.value).filter((item): item is ActiveMonitoringItem => item.status === 'active');
}

async function readCurrentProgramme(): Promise<StoredProgramme | undefined> {
  const programmeId = await readCurrentProgrammeId();
  return programmeId === undefined ? undefined : readProgramme(programmeId);
}

function programmeOf(stored: StoredProgramme | undefined): AuditProgramme | null {
  if (stored === undefined) return null;
  const header = stored.header.value;
  return { id: header.id, cycle: header.cycle, applicableControls: header.applicableControls, audits: stored.audits.map((record) => record.value.audit) };
}

export async function readAuditProgramme(): Promise<AuditProgramme | null> {
  return programmeOf(await readCurrentProgramme());
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
  // One programme read serves both the programme and its audits' issue keys.
  let programme: Promise<StoredProgramme | undefined> | undefined;
  const current = (): Promise<StoredProgramme | undefined> => (programme ??= readCurrentProgramme());
  return {
    listActiveMonitoringItems,
    readCheckDigests: () => checkDigestModel.readAll(),
    readOpenNonconformities: () => nonconformityModel.readAll(),
    readAuditProgramme: async () => programmeOf(await current()),
    writeCoverage: async (model) => {
      await coverageModel.update(() => model, at());
    },
    listAllMonitoringItems: async () => (await listMonitoringItems()).map((row) => row.value),
    readCheckHistory: () => checkHistoryModel.readAll(),
    readRaisedNonconformities: () => raisedNonconformityModel.readAll(),
    readAuditIssueKeys: async () => new Map((await current())?.audits.flatMap((record) => (record.value.jiraIssue === null ? [] : [[record.value.audit.id, record.value.jiraIssue.key] as const])) ?? []),
    writeCycleGrid: (cycle, rows) => storeCycleGrid(cycle, rows, at()),
  };
}

export function kpiPorts(at: () => string): RefreshKpiPorts {
  return { listKpis, replaceKpiSummaries: (summaries) => kpiSummaryModel.replaceAll(summaries, at()) };
}
