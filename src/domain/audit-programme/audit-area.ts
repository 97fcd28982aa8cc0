// Audit areas: the units an audit programme spreads over the cycle, "little and often" — one clause of 4–10, or one
// set of related Annex A controls, per audit. The control sets group controls one auditor can examine together
// (the same owners, records and interviews); they are a planning convenience of this app, not part of the standard.
import {
  ANNEX_A_CONTROLS,
  CLAUSES,
  compareCatalogueIds,
  type AnnexAControlId,
  type CatalogueId,
} from '../iso-catalogue/catalogue';
import { scopeReaches } from './catalogue-scope';

export interface AuditArea {
  readonly id: string;
  readonly title: string;
  /** Catalogue ids; a clause id reaches its sub-clauses. */
  readonly scope: readonly CatalogueId[];
}

/** Consecutive Annex A controls, first to last inclusive, in the standard's order. */
const CONTROL_SETS: readonly (readonly [id: string, title: string, first: AnnexAControlId, last: AnnexAControlId])[] = [
  ['annex-a-governance', 'Policies, roles and management responsibilities', 'A.5.1', 'A.5.4'],
  ['annex-a-intelligence-projects', 'Authorities, interest groups, threat intelligence and projects', 'A.5.5', 'A.5.8'],
  ['annex-a-assets-information', 'Assets, classification and information transfer', 'A.5.9', 'A.5.14'],
  ['annex-a-access-control', 'Access control and identity management', 'A.5.15', 'A.5.18'],
  ['annex-a-suppliers-cloud', 'Supplier relationships and cloud services', 'A.5.19', 'A.5.23'],
  ['annex-a-incident-management', 'Information security incident management', 'A.5.24', 'A.5.28'],
  ['annex-a-continuity', 'Information security during disruption and ICT continuity', 'A.5.29', 'A.5.30'],
  ['annex-a-compliance', 'Legal requirements, privacy, independent review and compliance', 'A.5.31', 'A.5.37'],
  ['annex-a-people', 'People controls', 'A.6.1', 'A.6.8'],
  ['annex-a-physical', 'Physical controls', 'A.7.1', 'A.7.14'],
  ['annex-a-endpoints-access', 'Endpoints, privileged access, authentication and vulnerabilities', 'A.8.1', 'A.8.8'],
  ['annex-a-operations', 'Configuration, data protection, backup, logging and monitoring', 'A.8.9', 'A.8.19'],
  ['annex-a-networks-cryptography', 'Network security and cryptography', 'A.8.20', 'A.8.24'],
  ['annex-a-secure-development', 'Secure development, testing and change management', 'A.8.25', 'A.8.34'],
];

function controlsFromTo(first: AnnexAControlId, last: AnnexAControlId): AnnexAControlId[] {
  return ANNEX_A_CONTROLS.map((control) => control.id).filter((id) => compareCatalogueIds(id, first) >= 0 && compareCatalogueIds(id, last) <= 0);
}

/** Clauses 4–10 as seven areas, then the fourteen control sets, each scoped to `applicableControls`. */
export function standardAuditAreas(applicableControls: readonly AnnexAControlId[]): AuditArea[] {
  const applicable = new Set<string>(applicableControls);
  const clauseAreas = CLAUSES.filter((clause) => clause.parent === null).map(
    (clause): AuditArea => ({ id: `clause-${clause.id}`, title: `Clause ${clause.id} ${clause.title}`, scope: [clause.id] }),
  );
  const controlAreas = CONTROL_SETS.map(
    ([id, title, first, last]): AuditArea => ({ id, title: `${title} (${first}–${last})`, scope: controlsFromTo(first, last).filter((control) => applicable.has(control)) }),
  );
  // A set whose every control is excluded in the SoA has nothing to audit.
  return [...clauseAreas, ...controlAreas.filter((area) => area.scope.length > 0)];
}

/** The ids of the areas whose scope reaches `id` (a finding on "9.2.1" belongs to the clause-9 area). */
export function areasReaching(areas: readonly AuditArea[], id: CatalogueId): string[] {
  return areas.filter((area) => area.scope.some((scopeId) => scopeReaches(scopeId, id))).map((area) => area.id);
}

/** Rolls counts per catalogue id (e.g. nonconformities raised last cycle) up to the areas that reach them. */
export function countsByArea(areas: readonly AuditArea[], countsByCatalogueId: ReadonlyMap<CatalogueId, number>): Map<string, number> {
  const totals = new Map<string, number>(areas.map((area) => [area.id, 0]));
  for (const [id, count] of countsByCatalogueId) {
    for (const areaId of areasReaching(areas, id)) totals.set(areaId, (totals.get(areaId) ?? 0) + count);
  }
  return totals;
}
