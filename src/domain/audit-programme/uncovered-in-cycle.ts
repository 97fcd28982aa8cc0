// 9.2.2 asks the programme to cover the whole ISMS: clauses 4–10 and every applicable control. This lists what no
// audit of the cycle reaches, at requirement grain, so the planner can see exactly what is still missing.
// Cancelled audits and audits moved outside the cycle do not count.
import { compareCatalogueIds, type AnnexAControlId, type ClauseId } from '../iso-catalogue/catalogue';
import { isInCycle } from './audit-cycle';
import type { AuditProgramme } from './audit-programme';
import { REQUIREMENT_CLAUSES, requirementsInScope } from './catalogue-scope';
import { countsTowardsCoverage } from './planned-audit';

export interface UncoveredInCycle {
  /** Clauses at their finest grain ("6.1.2"), in the standard's order. */
  readonly clauses: readonly ClauseId[];
  readonly controls: readonly AnnexAControlId[];
}

export function uncoveredInCycle(programme: AuditProgramme): UncoveredInCycle {
  const scopes = programme.audits
    .filter((audit) => countsTowardsCoverage(audit) && isInCycle(programme.cycle, audit.month))
    .flatMap((audit) => audit.scope);
  const covered = new Set<string>(requirementsInScope(scopes));
  const controls = [...new Set(programme.applicableControls)]
    .filter((id) => !covered.has(id))
    .sort(compareCatalogueIds);
  return { clauses: REQUIREMENT_CLAUSES.filter((id) => !covered.has(id)), controls };
}

export function isProgrammeComplete(programme: AuditProgramme): boolean {
  const { clauses, controls } = uncoveredInCycle(programme);
  return clauses.length === 0 && controls.length === 0;
}
