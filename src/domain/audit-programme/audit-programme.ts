// The internal audit programme (9.2.2) for one cycle: the planned audits, and the applicable Annex A controls
// (from the Statement of Applicability as it stood when the programme was planned) they must cover with clauses 4–10.
import type { AnnexAControlId } from '../iso-catalogue/catalogue';
import type { AuditCycle } from './audit-cycle';
import type { PlannedAudit } from './planned-audit';

export interface AuditProgramme {
  readonly id: string;
  readonly cycle: AuditCycle;
  readonly applicableControls: readonly AnnexAControlId[];
  readonly audits: readonly PlannedAudit[];
}

/** The programme with one audit replaced by its new state (after a transition); other audits are untouched. */
export function withAudit(programme: AuditProgramme, audit: PlannedAudit): AuditProgramme {
  const known = programme.audits.some((existing) => existing.id === audit.id);
  const audits = known ? programme.audits.map((existing) => (existing.id === audit.id ? audit : existing)) : [...programme.audits, audit];
  return { ...programme, audits };
}
