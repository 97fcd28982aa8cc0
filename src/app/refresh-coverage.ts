// Rebuilds the coverage read model (one row per clause at requirement grain and per applicable Annex A control)
// with the domain's coverage rules, from KVS alone: the active matrix, each item's done-check digests, the open
// nonconformities and the current audit programme. No Jira call.
import type { CheckDigest } from '../adapters/storage/read-models/check-digest-model';
import type { OpenNonconformity } from '../adapters/storage/read-models/nonconformity-model';
import type { CoverageModel, CoverageRow } from '../contracts/gadget-views';
import { auditCycle, type AuditCycle } from '../domain/audit-programme/audit-cycle';
import type { AuditProgramme } from '../domain/audit-programme/audit-programme';
import { yearMonth } from '../domain/audit-programme/year-month';
import { coverageAsOf, reachesEntry } from '../domain/coverage';
import { ANNEX_A_CONTROLS, getCatalogueEntry } from '../domain/iso-catalogue/catalogue';
import type { LocalDate } from '../domain/local-date';
import type { DoneCheck } from '../domain/monitoring-check';
import type { ActiveMonitoringItem } from '../domain/monitoring-item';

export interface RefreshCoveragePorts {
  readonly listActiveMonitoringItems: () => Promise<readonly ActiveMonitoringItem[]>;
  readonly readCheckDigests: () => Promise<ReadonlyMap<string, readonly CheckDigest[]>>;
  readonly readOpenNonconformities: () => Promise<ReadonlyMap<string, OpenNonconformity>>;
  /** The current audit programme, or null before one is planned. */
  readonly readAuditProgramme: () => Promise<AuditProgramme | null>;
  readonly writeCoverage: (model: CoverageModel) => Promise<void>;
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
  const [items, digests, nonconformities, programme] = await Promise.all([
    ports.listActiveMonitoringItems(),
    ports.readCheckDigests(),
    ports.readOpenNonconformities(),
    ports.readAuditProgramme(),
  ]);
  const asOf = request.today;
  const entries = coverageAsOf({
    asOf,
    applicableControls: programme?.applicableControls ?? ANNEX_A_CONTROLS.map((control) => control.id),
    items,
    checks: [...digests.values()].flat().map(doneCheckOf),
    cycle: programme?.cycle ?? calendarYear(asOf),
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
  const model: CoverageModel = { asOf, computedAt: request.at, rows };
  await ports.writeCoverage(model);
  return model;
}
