// Cancels a planned or running audit with a reason (kept in its history and on its Jira issue, if it has one).
// A cancelled audit no longer covers its scope, so the page shows what the cycle now leaves uncovered.
// Cancelling again with the same reason is a retry and only completes the Jira side.
import { cancelAudit } from '../domain/audit-programme/planned-audit-transitions';
import type { LocalDate } from '../domain/local-date';
import { requireAudit, requireProgramme, writeAudit, type Actor, type ProgrammeStorePorts } from './audit-programme-ports';
import { toAuditView, type AuditView } from './audit-programme-view';
import { syncAuditIssue, type AppIssuePorts } from './sync-audit-issue';

export interface CancelAuditRequest {
  readonly programmeId?: string;
  readonly auditId: string;
  readonly reason: string;
  readonly cancelledOn: LocalDate;
}

export async function cancelInternalAudit(ports: ProgrammeStorePorts & AppIssuePorts, request: CancelAuditRequest, actor: Actor): Promise<AuditView> {
  const stored = await requireProgramme(ports, request.programmeId);
  let current = requireAudit(stored, request.auditId);
  const { audit } = current.value;
  const isRetry = audit.status === 'cancelled' && audit.reason === request.reason.trim();
  if (!isRetry) {
    const { audit: cancelled, history } = cancelAudit(audit, { cancelledOn: request.cancelledOn, reason: request.reason }, actor);
    current = await writeAudit(ports, { ...current.value, audit: cancelled, history: [...current.value.history, history] }, current.version, actor);
  }
  const synced = await syncAuditIssue(ports, current.value);
  return toAuditView(synced.jiraIssue === current.value.jiraIssue ? current : await writeAudit(ports, synced, current.version, actor));
}
