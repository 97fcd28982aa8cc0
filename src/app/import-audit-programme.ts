// Loads an audit programme built elsewhere (the demo seed, a migration) as it stands: audits in any status, each
// started or reported audit with its "Internal audit" Jira issue. Idempotent: a re-run finds the stored programme
// and the existing issues (one search for all of them) and creates only what is missing.
import type { AuditRecord, JiraIssueRef, ProgrammeHeader } from '../adapters/storage/audit-programme-schemas';
import { isInCycle } from '../domain/audit-programme/audit-cycle';
import type { AuditProgramme } from '../domain/audit-programme/audit-programme';
import { planAudit } from '../domain/audit-programme/plan-audit';
import type { PlannedAudit } from '../domain/audit-programme/planned-audit';
import type { StatementOfApplicability } from '../domain/audit-programme/statement-of-applicability';
import { historyEntry } from '../domain/history-entry';
import { canonicalJson } from '../domain/management-review/canonical-json';
import { AppError } from './app-error';
import { asFieldError } from './input-field-error';
import type { Actor, ProgrammeStorePorts } from './audit-programme-ports';
import { toProgrammeView, type ProgrammeView } from './audit-programme-view';
import { auditClause9Id, syncAuditIssue, type AppIssuePorts } from './sync-audit-issue';

export interface ImportProgrammeRequest {
  readonly programme: AuditProgramme;
  readonly statementOfApplicability: StatementOfApplicability;
}

/** The same rules as planning by hand: facts valid (planAudit), month inside the cycle. */
function checkImportedAudit(programme: AuditProgramme, audit: PlannedAudit, index: number, actor: Actor): void {
  const field = `programme.audits.${String(index)}`;
  try {
    const { id, title, month, scope, processes, objectives, criteria, auditors, leadAuditor } = audit;
    planAudit({ id, title, month, scope: [...scope], processes: [...processes], objectives, criteria, auditors: [...auditors], leadAuditor }, actor);
  } catch (error) {
    throw asFieldError(error, field);
  }
  if (!isInCycle(programme.cycle, audit.month)) throw new AppError('INVALID_PAYLOAD', `${field}.month ${audit.month} is outside the cycle`, `${field}.month`);
}

export async function importAuditProgramme(ports: ProgrammeStorePorts & AppIssuePorts, request: ImportProgrammeRequest, actor: Actor): Promise<ProgrammeView> {
  const { programme, statementOfApplicability } = request;
  programme.audits.forEach((audit, index) => {
    checkImportedAudit(programme, audit, index, actor);
  });
  const planRequest = canonicalJson({ imported: programme, statementOfApplicability });
  const existing = await ports.readProgramme(programme.id);
  if (existing !== undefined && existing.header.value.planRequest !== planRequest) {
    throw new AppError('CONFLICT', `Audit programme "${programme.id}" already exists with other content.`, 'programmeId');
  }
  const found = await ports.findClause9Issues(programme.audits.map((audit) => auditClause9Id(programme.id, audit.id)));
  const known: AppIssuePorts = { ...ports, findClause9Issues: (ids) => Promise.resolve(new Map(ids.flatMap((id): [string, JiraIssueRef][] => { const ref = found.get(id); return ref === undefined ? [] : [[id, ref]]; }))) };
  const records: AuditRecord[] = [];
  for (const audit of programme.audits) {
    const previous = existing?.audits.find((record) => record.value.audit.id === audit.id)?.value;
    const imported: AuditRecord = previous ?? {
      programmeId: programme.id,
      audit,
      history: [historyEntry({ ...actor, note: `imported as ${audit.status}` }, null, audit.status, 'plan' as const)],
      jiraIssue: null,
    };
    records.push(imported.jiraIssue === null ? await syncAuditIssue(known, imported) : imported);
  }
  const header: ProgrammeHeader = {
    id: programme.id,
    cycle: programme.cycle,
    statementOfApplicability,
    applicableControls: [...programme.applicableControls],
    auditIds: programme.audits.map((audit) => audit.id),
    placements: [],
    planRequest,
    plannedAt: existing?.header.value.plannedAt ?? actor.at,
    plannedBy: existing?.header.value.plannedBy ?? actor.by,
  };
  return toProgrammeView(await ports.writeProgramme(header, records, actor), await ports.readOwnership());
}
