// What the audits page shows: the programme with each audit's version and Jira issue, what the cycle still leaves
// uncovered (per requirement and per audit area), and every independence conflict. Derived on read, never stored.
import type { AuditRecord, ProgrammeHeader } from '../adapters/storage/audit-programme-schemas';
import type { StoredProgramme } from '../adapters/storage/audit-programme-store';
import type { VersionedRecord } from '../adapters/storage/versioned-value';
import { standardAuditAreas } from '../domain/audit-programme/audit-area';
import type { AuditProgramme } from '../domain/audit-programme/audit-programme';
import { requirementsInScope } from '../domain/audit-programme/catalogue-scope';
import { independenceConflicts, type IndependenceConflict, type OwnershipByAccount } from '../domain/audit-programme/independence';
import type { AuditHistoryEntry, PlannedAudit } from '../domain/audit-programme/planned-audit';
import { undecidedControls } from '../domain/audit-programme/statement-of-applicability';
import { uncoveredInCycle } from '../domain/audit-programme/uncovered-in-cycle';
import type { AnnexAControlId, CatalogueId, ClauseId } from '../domain/iso-catalogue/catalogue';

export type AuditView = PlannedAudit & {
  readonly programmeId: string;
  readonly version: number;
  readonly jiraIssueKey: string | null;
  readonly history: readonly AuditHistoryEntry[];
};

export interface UncoveredArea {
  readonly areaId: string;
  readonly title: string;
  /** The requirements of the area no audit of the cycle reaches. */
  readonly uncovered: readonly CatalogueId[];
}

export interface UncoveredView {
  readonly clauses: readonly ClauseId[];
  readonly controls: readonly AnnexAControlId[];
  readonly areas: readonly UncoveredArea[];
  readonly complete: boolean;
}

export interface ProgrammeView {
  readonly id: string;
  readonly version: number;
  readonly cycle: ProgrammeHeader['cycle'];
  readonly statementOfApplicability: ProgrammeHeader['statementOfApplicability'];
  readonly applicableControls: readonly AnnexAControlId[];
  /** Controls the SoA neither includes nor excludes (itself a gap against 6.1.3 d). */
  readonly undecidedControls: readonly AnnexAControlId[];
  readonly plannedAt: string;
  readonly plannedBy: string;
  readonly placements: ProgrammeHeader['placements'];
  readonly audits: readonly AuditView[];
  readonly uncovered: UncoveredView;
  readonly conflicts: readonly IndependenceConflict[];
}

export function toAuditView(record: VersionedRecord<AuditRecord>): AuditView {
  const { audit, history, jiraIssue, programmeId } = record.value;
  return { ...audit, programmeId, version: record.version, jiraIssueKey: jiraIssue?.key ?? null, history };
}

export function domainProgramme(stored: StoredProgramme): AuditProgramme {
  const { header } = stored;
  return { id: header.value.id, cycle: header.value.cycle, applicableControls: header.value.applicableControls, audits: stored.audits.map((record) => record.value.audit) };
}

export function uncoveredView(programme: AuditProgramme): UncoveredView {
  const { clauses, controls } = uncoveredInCycle(programme);
  const missing = new Set<CatalogueId>([...clauses, ...controls]);
  const areas = standardAuditAreas(programme.applicableControls)
    .map((area): UncoveredArea => ({ areaId: area.id, title: area.title, uncovered: requirementsInScope(area.scope).filter((id) => missing.has(id)) }))
    .filter((area) => area.uncovered.length > 0);
  return { clauses, controls, areas, complete: missing.size === 0 };
}

export function toProgrammeView(stored: StoredProgramme, ownership: OwnershipByAccount): ProgrammeView {
  const header = stored.header.value;
  const programme = domainProgramme(stored);
  return {
    id: header.id,
    version: stored.header.version,
    cycle: header.cycle,
    statementOfApplicability: header.statementOfApplicability,
    applicableControls: header.applicableControls,
    undecidedControls: undecidedControls(header.statementOfApplicability),
    plannedAt: header.plannedAt,
    plannedBy: header.plannedBy,
    placements: header.placements,
    audits: stored.audits.map(toAuditView),
    uncovered: uncoveredView(programme),
    conflicts: independenceConflicts(programme.audits, ownership),
  };
}
