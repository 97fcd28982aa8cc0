// Fieldwork starts (9.2.2): the audit goes in_progress and gets its "Internal audit" Jira issue, assigned to the
// lead auditor. Refused while the team is not independent of the scope. The status is stored before the issue is
// created, so a retry (or a second click) finds the audit started and only completes what is missing: one issue.
import { independenceConflicts } from '../domain/audit-programme/independence';
import { startAudit } from '../domain/audit-programme/planned-audit-transitions';
import type { LocalDate } from '../domain/local-date';
import { AppError } from './app-error';
import { requireAudit, requireProgramme, writeAudit, type Actor, type ProgrammeStorePorts } from './audit-programme-ports';
import { toAuditView, type AuditView } from './audit-programme-view';
import { syncAuditIssue, type AppIssuePorts } from './sync-audit-issue';

export interface StartAuditRequest {
  readonly programmeId?: string;
  readonly auditId: string;
  readonly startedOn: LocalDate;
}

export async function startInternalAudit(ports: ProgrammeStorePorts & AppIssuePorts, request: StartAuditRequest, actor: Actor): Promise<AuditView> {
  const stored = await requireProgramme(ports, request.programmeId);
  let current = requireAudit(stored, request.auditId);
  const { audit } = current.value;
  if (audit.status === 'planned') {
    const conflicts = independenceConflicts([audit], await ports.readOwnership());
    if (conflicts.length > 0) {
      const reasons = conflicts.map((conflict) => conflict.reason).join('; ');
      throw new AppError('CONFLICT', `Audit "${audit.id}" cannot start: its auditors are not independent of its scope (9.2.2 c). ${reasons}. Change the team first.`, 'auditors');
    }
    const { audit: started, history } = startAudit(audit, request.startedOn, actor);
    current = await writeAudit(ports, { ...current.value, audit: started, history: [...current.value.history, history] }, current.version, actor);
  } else if (audit.status === 'cancelled') {
    startAudit(audit, request.startedOn, actor); // throws the domain's ILLEGAL_TRANSITION
  }
  if (current.value.jiraIssue !== null) return toAuditView(current);
  const synced = await syncAuditIssue(ports, current.value);
  return toAuditView(await writeAudit(ports, synced, current.version, actor));
}
