// Plans an internal audit programme for a cycle (9.2.2) with the domain's "little and often" planner, against the
// Statement of Applicability, and stores it. A retry of the same plan returns the stored programme; planning a
// different programme under an existing id is a CONFLICT (its audits may already be running: change them instead).
import type { AuditRecord, ProgrammeHeader } from '../adapters/storage/audit-programme-schemas';
import type { PlanProgrammePayload } from '../contracts/audit-programme-payloads';
import { planProgramme } from '../domain/audit-programme/plan-programme';
import { applicableControlIds } from '../domain/audit-programme/statement-of-applicability';
import { historyEntry } from '../domain/history-entry';
import { canonicalJson } from '../domain/management-review/canonical-json';
import { AppError } from './app-error';
import type { Actor, ProgrammeStorePorts } from './audit-programme-ports';
import { toProgrammeView, type ProgrammeView } from './audit-programme-view';

export async function planAuditProgramme(ports: ProgrammeStorePorts, request: PlanProgrammePayload, actor: Actor): Promise<ProgrammeView> {
  const planRequest = canonicalJson(request);
  const existing = await ports.readProgramme(request.programmeId);
  if (existing !== undefined) {
    if (existing.header.value.planRequest !== planRequest) {
      throw new AppError('CONFLICT', `Audit programme "${request.programmeId}" is already planned; change its audits, or plan the next cycle under a new id.`, 'programmeId');
    }
    return toProgrammeView(existing, await ports.readOwnership());
  }
  const applicableControls = applicableControlIds(request.statementOfApplicability);
  const { programme, placements } = planProgramme({ ...request, applicableControls });
  const created = historyEntry({ ...actor, note: `planned in programme ${programme.id}` }, null, 'planned' as const, 'plan' as const);
  const records: AuditRecord[] = programme.audits.map((audit) => ({ programmeId: programme.id, audit, history: [created], jiraIssue: null }));
  const header: ProgrammeHeader = {
    id: programme.id,
    cycle: programme.cycle,
    statementOfApplicability: request.statementOfApplicability,
    applicableControls: [...programme.applicableControls],
    auditIds: programme.audits.map((audit) => audit.id),
    placements: [...placements],
    planRequest,
    plannedAt: actor.at,
    plannedBy: actor.by,
  };
  const stored = await ports.writeProgramme(header, records, actor);
  return toProgrammeView(stored, await ports.readOwnership());
}
