// Rebuilds the coverage read model (one row per clause at requirement grain and per applicable Annex A control)
// with the domain's coverage rules, and the current cycle's month grid, from KVS alone: the matrix, each item's
// done-check digests and completed-check history, the open and raised nonconformities and the current audit
// programme. No Jira call.
import type { CheckDigest } from '../adapters/storage/read-models/check-digest-model';
import type { ItemCheckHistory } from '../adapters/storage/read-models/check-history-model';
import type { OpenNonconformity } from '../adapters/storage/read-models/nonconformity-model';
import type { RaisedNonconformity } from '../adapters/storage/read-models/raised-nonconformity-model';
import type { CoverageCycle, CoverageModel, CoverageRow, GridRowEntry } from '../contracts/gadget-views';
import { auditCycle, type AuditCycle } from '../domain/audit-programme/audit-cycle';
import type { AuditProgramme } from '../domain/audit-programme/audit-programme';
import { yearMonth } from '../domain/audit-programme/year-month';
import { coverageAsOf, reachesEntry } from '../domain/coverage';
import { ANNEX_A_CONTROLS, getCatalogueEntry } from '../domain/iso-catalogue/catalogue';
import type { LocalDate } from '../domain/local-date';
import type { DoneCheck } from '../domain/monitoring-check';
import type { ActiveMonitoringItem, MonitoringItem } from '../domain/monitoring-item';
import { buildCycleGrid } from './build-cycle-grid';

export interface RefreshCoveragePorts {
  readonly listActiveMonitoringItems: () => Promise<readonly ActiveMonitoringItem[]>;
  readonly readCheckDigests: () => Promise<ReadonlyMap<string, readonly CheckDigest[]>>;
  readonly readOpenNonconformities: () => Promise<ReadonlyMap<string, OpenNonconformity>>;
  /** The current audit programme, or null before one is planned. */
  readonly readAuditProgramme: () => Promise<AuditProgramme | null>;
  readonly writeCoverage: (model: CoverageModel) => Promise<void>;
  /** Every item of the matrix, any status: a retired item's past checks still fill the grid. */
  readonly listAllMonitoringItems: () => Promise<readonly Pick<MonitoringItem, 'id' | 'covers'>[]>;
  readonly readCheckHistory: () => Promise<ReadonlyMap<string, ItemCheckHistory>>;
  readonly readRaisedNonconformities: () => Promise<ReadonlyMap<string, RaisedNonconformity>>;
  /** Audit id → its Jira issue key, for the current programme's audits that have one. */
  readonly readAuditIssueKeys: () => Promise<ReadonlyMap<string, string>>;
  readonly writeCycleGrid: (cycle: CoverageCycle, rows: ReadonlyMap<string, GridRowEntry>) => Promise<void>;
}

const STALE_IDS_SHOWN = 10;

/**
 * Coverage reads a done check's item, due date, completion date and outcome only; the digest keeps just those, and
 * the rest of the DoneCheck is filled neutrally rather than stored for thousands of checks.
 */
function doneCheckOf(digest: CheckDigest): DoneCheck {
  return {
    id: digest.issueId,
    itemId: digest.itemId,
    occurrenceKey: `${digest.itemId}@${digest.dueOn}`,
    dueOn: digest.dueOn,
    leadTimeDays: 0,
    responsibleAccountId: '',
    status: 'done',
    startedAt: `${digest.completedOn}T00:00:00Z`,
    completedOn: digest.completedOn,
    completedBy: '',
    outcome: digest.outcome,
    report: { findingsSummary: '', recommendations: '' },
    reportSentOn: null,
  };
}

/** Without a programme, the calendar year of `today` with every control applicable. */
function calendarYear(today: LocalDate): AuditCycle {
  return auditCycle(yearMonth(`${today.slice(0, 4)}-01`), 12);
}

export async function refreshCoverage(ports: RefreshCoveragePorts, request: { readonly today: LocalDate; readonly at: string }): Promise<CoverageModel> {
  const [items, digests, nonconformities, programme, allItems, checkHistory, raised, auditIssueKeys] = await Promise.all([
    ports.listActiveMonitoringItems(),
    ports.readCheckDigests(),
    ports.readOpenNonconformities(),
    ports.readAuditProgramme(),
    ports.listAllMonitoringItems(),
    ports.readCheckHistory(),
    ports.readRaisedNonconformities(),
    ports.readAuditIssueKeys(),
  ]);
  const asOf = request.today;
  const cycle = programme?.cycle ?? calendarYear(asOf);
  const applicableControls = programme?.applicableControls ?? ANNEX_A_CONTROLS.map((control) => control.id);
  const entries = coverageAsOf({
    asOf,
    applicableControls,
    items,
    checks: [...digests.values()].flat().map(doneCheckOf),
    cycle,
    audits: programme?.audits ?? [],
    // Open nonconformities come from the read model below (the same rule: raised by today, reaching the row).
    findings: [],
  });
  const open = [...nonconformities.values()].filter((nc) => nc.raisedOn <= asOf);
  const rows = entries.map((entry): CoverageRow => {
    const catalogue = getCatalogueEntry(entry.id);
    const openNonconformities = open.filter((nc) => reachesEntry(nc.references, entry.id)).length;
    return {
      id: entry.id,
      kind: entry.kind,
      title: catalogue.title,
      theme: catalogue.kind === 'clause' ? 'clauses' : catalogue.theme,
      // An open nonconformity outranks every other gap (coverage-gap.ts).
      gap: openNonconformities > 0 ? 'failing' : entry.gap,
      activeItems: entry.activeItemIds.length,
      staleItemIds: entry.staleItemIds.slice(0, STALE_IDS_SHOWN),
      staleItems: entry.staleItemIds.length,
      lastOutcome: entry.lastOutcome,
      lastCheckedOn: entry.lastCheckedOn,
      auditedInCurrentCycle: entry.auditedInCurrentCycle,
      openNonconformities,
    };
  });
  const grid = buildCycleGrid({ cycle, applicableControls, items: allItems, checkHistory, raisedNonconformities: raised, audits: programme?.audits ?? [], auditIssueKeys });
  await ports.writeCycleGrid({ start: cycle.start, months: cycle.months, programmeId: programme?.id ?? null, asOf, computedAt: request.at }, grid);
  // The rows last: they name the cycle, whose grid is then already stored.
  const model: CoverageModel = { asOf, computedAt: request.at, rows, cycleStart: cycle.start };
  await ports.writeCoverage(model);
  return model;
}
