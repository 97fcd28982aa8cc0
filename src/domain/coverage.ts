// Coverage of the ISMS as of a date, per clause (at requirement grain, e.g. "6.1.2") and per applicable Annex A
// control: is it monitored, is the monitoring current, what did the last check find, was it audited this cycle, and
// how many nonconformities are open against it — then one gap class the coverage gadget colours.
// An item, audit or finding that names a clause reaches its sub-clauses ("9" reaches "9.2.1").
import { isInCycle, type AuditCycle } from './audit-programme/audit-cycle';
import { REQUIREMENT_CLAUSES, scopeReaches } from './audit-programme/catalogue-scope';
import type { PlannedAudit } from './audit-programme/planned-audit';
import { classifyGap, type CoverageGap } from './coverage-gap';
import { itemCurrency, type ItemCurrency } from './coverage-window';
import { isNonconformityFinding, type Finding } from './finding';
import { compareCatalogueIds, getCatalogueEntry, isCatalogueId, type AnnexAControlId, type CatalogueId } from './iso-catalogue/catalogue';
import { compareLocalDates, type LocalDate } from './local-date';
import type { CheckOutcome, DoneCheck, MonitoringCheck } from './monitoring-check';
import type { ActiveMonitoringItem, MonitoringItem } from './monitoring-item';

export interface CoverageInput {
  readonly asOf: LocalDate;
  readonly applicableControls: readonly AnnexAControlId[];
  readonly items: readonly MonitoringItem[];
  readonly checks: readonly MonitoringCheck[];
  /** The audit cycle `asOf` falls in, and its audits. */
  readonly cycle: AuditCycle;
  readonly audits: readonly PlannedAudit[];
  readonly findings: readonly Finding[];
}

export interface EntryCoverage {
  readonly id: CatalogueId;
  readonly kind: 'clause' | 'control';
  readonly hasActiveMonitoringItem: boolean;
  readonly activeItemIds: readonly string[];
  /** Every active covering item's last due occurrence was checked (see coverage-window.ts); true when none is due. */
  readonly checkedWithinWindow: boolean;
  readonly staleItemIds: readonly string[];
  /** Outcome of the most recently completed check of any active covering item. */
  readonly lastOutcome: CheckOutcome | null;
  readonly lastCheckedOn: LocalDate | null;
  /** An audit of the cycle that reaches it has been reported on or before `asOf`. */
  readonly auditedInCurrentCycle: boolean;
  /** Major and minor nonconformities raised on or before `asOf` and not closed. */
  readonly openNonconformities: number;
  readonly gap: CoverageGap;
}

/** The rows of the coverage view: clauses 4–10 at requirement grain, then the applicable controls. */
export function coverageRows(applicableControls: readonly AnnexAControlId[]): CatalogueId[] {
  return [...REQUIREMENT_CLAUSES, ...[...new Set(applicableControls)].sort(compareCatalogueIds)];
}

/** True when any id of `ids` reaches `entry`; ids outside the catalogue are ignored. */
export function reachesEntry(ids: readonly string[], entry: CatalogueId): boolean {
  return ids.some((id) => isCatalogueId(id) && scopeReaches(id, entry));
}

function wasAuditedBy(audit: PlannedAudit, cycle: AuditCycle, asOf: LocalDate): boolean {
  return audit.status === 'reported' && isInCycle(cycle, audit.month) && compareLocalDates(audit.reportedOn, asOf) <= 0;
}

export function isOpenNonconformityAsOf(finding: Finding, asOf: LocalDate): boolean {
  return isNonconformityFinding(finding) && finding.status !== 'closed' && compareLocalDates(finding.raisedOn, asOf) <= 0;
}

function latest(checks: readonly DoneCheck[]): DoneCheck | null {
  return checks.reduce<DoneCheck | null>((found, check) => (found === null || compareLocalDates(check.completedOn, found.completedOn) > 0 ? check : found), null);
}

export function coverageAsOf(input: CoverageInput): EntryCoverage[] {
  const { asOf } = input;
  const active = input.items.filter((item): item is ActiveMonitoringItem => item.status === 'active' && compareLocalDates(item.activeFrom, asOf) <= 0);
  const checksByItem = new Map<string, MonitoringCheck[]>();
  for (const check of input.checks) {
    const own = checksByItem.get(check.itemId);
    if (own === undefined) checksByItem.set(check.itemId, [check]);
    else own.push(check);
  }
  const currency = new Map<string, ItemCurrency>(active.map((item) => [item.id, itemCurrency(item, checksByItem.get(item.id) ?? [], asOf)]));
  const audited = input.audits.filter((audit) => wasAuditedBy(audit, input.cycle, asOf));
  const openNcs = input.findings.filter((finding) => isOpenNonconformityAsOf(finding, asOf));

  return coverageRows(input.applicableControls).map((id): EntryCoverage => {
    const covering = active.filter((item) => reachesEntry(item.covers, id));
    const states = covering.flatMap((item) => currency.get(item.id) ?? []);
    const lastDone = latest(states.flatMap((state) => state.lastDone ?? []));
    const facts = {
      hasActiveMonitoringItem: covering.length > 0,
      checkedWithinWindow: states.every((state) => state.checkedWithinWindow),
      latestOutcomes: states.flatMap((state) => state.lastDone?.outcome ?? []),
      openNonconformities: openNcs.filter((finding) => reachesEntry(finding.references, id)).length,
    };
    return {
      id,
      kind: getCatalogueEntry(id).kind,
      hasActiveMonitoringItem: facts.hasActiveMonitoringItem,
      activeItemIds: covering.map((item) => item.id),
      checkedWithinWindow: facts.checkedWithinWindow,
      staleItemIds: states.filter((state) => !state.checkedWithinWindow).map((state) => state.itemId),
      lastOutcome: lastDone?.outcome ?? null,
      lastCheckedOn: lastDone?.completedOn ?? null,
      auditedInCurrentCycle: audited.some((audit) => audit.scope.some((scopeId) => scopeReaches(scopeId, id))),
      openNonconformities: facts.openNonconformities,
      gap: classifyGap(facts),
    };
  });
}
