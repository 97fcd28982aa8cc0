// Auditor independence (9.2.2 c: "select auditors and conduct audits to ensure objectivity and the impartiality of
// the audit process"): nobody audits what they own or are responsible for. Every conflict is listed with the reason,
// so the planner can swap auditors rather than guess. Cancelled audits cannot conflict.
import type { AccountId } from '../history-entry';
import { getCatalogueEntry, type CatalogueId } from '../iso-catalogue/catalogue';
import { requirementsInScope } from './catalogue-scope';
import type { PlannedAudit } from './planned-audit';

/** A monitoring item someone is responsible for, reduced to what independence needs. */
export interface ResponsibleMonitoringItem {
  readonly id: string;
  /** Performing the checks or evaluating their results: either makes the person part of the area's control. */
  readonly responsibility: 'performs' | 'evaluates';
  readonly title: string;
  /** The entity monitored (process, system, supplier, team). */
  readonly entity: string;
  readonly covers: readonly CatalogueId[];
}

/** What one person owns or is responsible for in the ISMS. */
export interface AreaOwnership {
  readonly catalogueIds: readonly CatalogueId[];
  readonly processes: readonly string[];
  readonly monitoringItems: readonly ResponsibleMonitoringItem[];
}

export type OwnershipByAccount = Readonly<Record<AccountId, AreaOwnership>>;

export type ConflictBasis = 'owns_requirement' | 'owns_process' | 'responsible_for_monitoring_item';

export interface IndependenceConflict {
  readonly auditId: string;
  readonly accountId: AccountId;
  readonly role: 'lead_auditor' | 'auditor';
  readonly basis: ConflictBasis;
  /** The catalogue id, process name or monitoring item id the conflict rests on. */
  readonly subject: string;
  readonly reason: string;
}

const sameProcess = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

function overlap(owned: readonly CatalogueId[], audited: ReadonlySet<CatalogueId>): CatalogueId[] {
  return requirementsInScope(owned).filter((requirement) => audited.has(requirement));
}

function describe(ids: readonly CatalogueId[]): string {
  return ids.map((id) => `${id} ${getCatalogueEntry(id).title}`).join(', ');
}

type ConflictFacts = Omit<IndependenceConflict, 'auditId' | 'accountId' | 'role'>;

function conflictsOf(audit: PlannedAudit, ownership: AreaOwnership, who: string): ConflictFacts[] {
  const audited = new Set(requirementsInScope(audit.scope));
  const inAudit = `audit "${audit.title}" (${audit.month})`;
  const found: ConflictFacts[] = [];
  for (const id of ownership.catalogueIds) {
    const shared = overlap([id], audited);
    if (shared.length > 0) {
      const via = shared.length === 1 && shared[0] === id ? '' : ` (${shared.join(', ')})`;
      found.push({ basis: 'owns_requirement', subject: id, reason: `${who} owns ${describe([id])}, which ${inAudit} covers${via}` });
    }
  }
  for (const process of ownership.processes) {
    if (audit.processes.some((audited) => sameProcess(audited, process))) {
      found.push({ basis: 'owns_process', subject: process, reason: `${who} owns process "${process}", which ${inAudit} covers` });
    }
  }
  for (const item of ownership.monitoringItems) {
    const shared = overlap(item.covers, audited);
    const entityAudited = audit.processes.some((audited) => sameProcess(audited, item.entity));
    if (shared.length > 0 || entityAudited) {
      const what = shared.length > 0 ? describe(shared) : `entity "${item.entity}"`;
      const role = item.responsibility === 'performs' ? 'is responsible for' : 'evaluates the results of';
      found.push({ basis: 'responsible_for_monitoring_item', subject: item.id, reason: `${who} ${role} monitoring item "${item.title}", which monitors ${what} in the scope of ${inAudit}` });
    }
  }
  return found;
}

/** Every (audit, auditor, ownership) pair that breaks independence, in audit order then team order. */
export function independenceConflicts(audits: readonly PlannedAudit[], ownership: OwnershipByAccount): IndependenceConflict[] {
  const owners = new Map<AccountId, AreaOwnership>(Object.entries(ownership));
  return audits.flatMap((audit) => {
    if (audit.status === 'cancelled') return [];
    const team = audit.leadAuditor !== null && !audit.auditors.includes(audit.leadAuditor) ? [audit.leadAuditor, ...audit.auditors] : audit.auditors;
    return team.flatMap((accountId) => {
      const owned = owners.get(accountId);
      if (owned === undefined) return [];
      const role = accountId === audit.leadAuditor ? 'lead_auditor' : 'auditor';
      const who = role === 'lead_auditor' ? `Lead auditor ${accountId}` : `Auditor ${accountId}`;
      return conflictsOf(audit, owned, who).map((facts): IndependenceConflict => ({ auditId: audit.id, accountId, role, ...facts }));
    });
  });
}
