// Keeps an internal audit's Jira issue (the app's "Internal audit" type) in step with the audit: created when the
// audit starts, its `clause9` property (D7) following the status, moved to a done status once reported or
// cancelled. Idempotent: the issue is found again by its clause9 id before anything is created.
import type { NewIssue } from '../adapters/jira/create-issue';
import type { AppFieldUpdate } from '../adapters/jira/set-app-field-values';
import type { AuditRecord } from '../adapters/storage/audit-programme-schemas';
import type { SetupState } from '../adapters/storage/setup-state';
import { firstDayOf, addMonthsTo } from '../domain/audit-programme/year-month';
import { isAnnexAControlId } from '../domain/iso-catalogue/catalogue';
import { addDays } from '../domain/local-date';
import { ensureClause9Issue, type AppIssuePorts } from './app-issue-ports';

export type { AppIssuePorts } from './app-issue-ports';

export const AUDIT_ISSUE_KIND = 'internal-audit';

export function auditClause9Id(programmeId: string, auditId: string): string {
  return `${AUDIT_ISSUE_KIND}:${programmeId}:${auditId}`;
}

function auditProperty(record: AuditRecord): Record<string, unknown> {
  const { audit } = record;
  return {
    id: auditClause9Id(record.programmeId, audit.id),
    kind: AUDIT_ISSUE_KIND,
    status: audit.status,
    v: 1,
    programmeId: record.programmeId,
    auditId: audit.id,
    month: audit.month,
    scope: audit.scope,
    leadAuditor: audit.leadAuditor,
    ...(audit.status === 'reported' ? { reportedOn: audit.reportedOn, reportRef: audit.reportRef } : {}),
    ...(audit.status === 'cancelled' ? { cancelledOn: audit.cancelledOn, reason: audit.reason } : {}),
  };
}

function newAuditIssue(record: AuditRecord, setup: SetupState): NewIssue {
  const { audit } = record;
  const lastDayOfMonth = addDays(firstDayOf(addMonthsTo(audit.month, 1)), -1);
  return {
    fields: {
      project: { id: setup.projectId },
      issuetype: { id: setup.issueTypeIds.internalAudit },
      summary: `${audit.id}: ${audit.title}`.slice(0, 255),
      duedate: lastDayOfMonth,
      ...(audit.leadAuditor === null ? {} : { assignee: { accountId: audit.leadAuditor } }),
    },
    properties: [{ key: 'clause9', value: auditProperty(record) }],
  };
}

/** The ISO clause / Annex A control fields, so auditors can filter audits with JQL like any app issue. */
function scopeFields(record: AuditRecord, issueId: string, setup: SetupState): AppFieldUpdate[] {
  const controls = record.audit.scope.filter(isAnnexAControlId);
  const clauses = record.audit.scope.filter((id) => !isAnnexAControlId(id));
  return [
    { fieldId: setup.fieldIds['iso-clause'], issueId, value: clauses.length === 0 ? null : clauses },
    { fieldId: setup.fieldIds['annex-a-control'], issueId, value: controls.length === 0 ? null : controls },
  ];
}

/** Returns the record with its issue reference; unchanged when the audit never started and has no issue. */
export async function syncAuditIssue(ports: AppIssuePorts, record: AuditRecord): Promise<AuditRecord> {
  const { audit } = record;
  const started = audit.status === 'in_progress' || audit.status === 'reported';
  let ref = record.jiraIssue;
  let created = false;
  if (ref === null) {
    const clause9Id = auditClause9Id(record.programmeId, audit.id);
    if (!started) {
      // Planned or cancelled: only an issue a crashed run may have created needs updating; never create one now.
      ref = (await ports.findClause9Issues([clause9Id])).get(clause9Id) ?? null;
      if (ref === null) return record;
    } else {
      ({ ref, created } = await ensureClause9Issue(ports, clause9Id, () => newAuditIssue(record, ports.setup)));
    }
    // Written for an adopted issue too: the run that created it may have stopped before this step.
    await ports.setAppFields(scopeFields(record, ref.id, ports.setup));
  }
  if (!created) await ports.setClause9Property(ref.id, auditProperty(record));
  if (audit.status === 'in_progress') await ports.followStatus(ref.id, 'indeterminate');
  if (audit.status === 'reported' || audit.status === 'cancelled') await ports.followStatus(ref.id, 'done');
  return { ...record, jiraIssue: ref };
}
