// The audit report goes to management (9.2.2 e): the audit is reported with a reference to the report, and its
// Jira issue follows (clause9 status "reported", moved to done). Re-reporting with the same reference is a retry:
// it completes the Jira side and changes nothing else; a different reference is an ILLEGAL_TRANSITION.
import { reportAudit } from '../domain/audit-programme/planned-audit-transitions';
import type { LocalDate } from '../domain/local-date';
import { requireAudit, requireProgramme, writeAudit, type Actor, type ProgrammeStorePorts } from './audit-programme-ports';
import { toAuditView, type AuditView } from './audit-programme-view';
import { syncAuditIssue, type AppIssuePorts } from './sync-audit-issue';

export interface ReportAuditRequest {
  readonly programmeId?: string;
  readonly auditId: string;
  readonly reportRef: string;
  readonly reportedOn: LocalDate;
  readonly conclusion?: string | undefined;
}

export async function reportInternalAudit(ports: ProgrammeStorePorts & AppIssuePorts, request: ReportAuditRequest, actor: Actor): Promise<AuditView> {
  const stored = await requireProgramme(ports, request.programmeId);
  let current = requireAudit(stored, request.auditId);
  const { audit } = current.value;
  const isRetry = audit.status === 'reported' && audit.reportRef === request.reportRef.trim();
  if (!isRetry) {
    const { audit: reported, history } = reportAudit(audit, { reportedOn: request.reportedOn, reportRef: request.reportRef, conclusion: request.conclusion }, actor);
    current = await writeAudit(ports, { ...current.value, audit: reported, history: [...current.value.history, history] }, current.version, actor);
  }
  const synced = await syncAuditIssue(ports, current.value);
  return toAuditView(synced.jiraIssue === current.value.jiraIssue ? current : await writeAudit(ports, synced, current.version, actor));
}
