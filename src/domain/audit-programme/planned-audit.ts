// One internal audit of the programme (9.2.2): its scope, objectives, criteria, month and auditors, and where it
// stands. planned → in_progress → reported; a planned or running audit may be cancelled (with a reason).
// The audit report itself is a published record kept by the storage layer; the audit points at it.
import { assertNever } from '../domain-error';
import type { AccountId, HistoryEntry } from '../history-entry';
import type { CatalogueId } from '../iso-catalogue/catalogue';
import type { LocalDate } from '../local-date';
import type { YearMonth } from './year-month';

export const AUDIT_STATUSES = ['planned', 'in_progress', 'reported', 'cancelled'] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];

interface AuditFacts {
  readonly id: string;
  readonly title: string;
  readonly month: YearMonth;
  /** Clauses and controls audited; a clause id reaches its sub-clauses. Never empty. */
  readonly scope: readonly CatalogueId[];
  /** Processes, entities or teams audited (as named in the monitoring matrix); may be empty. */
  readonly processes: readonly string[];
  readonly objectives: string;
  readonly criteria: string;
  /** The audit team, lead included. */
  readonly auditors: readonly AccountId[];
}

export interface PlannedAuditDraft extends AuditFacts {
  readonly status: 'planned';
  /** Chosen when the team is: null while the programme is still a draft plan. */
  readonly leadAuditor: AccountId | null;
}

export interface InProgressAudit extends AuditFacts {
  readonly status: 'in_progress';
  readonly leadAuditor: AccountId;
  readonly startedOn: LocalDate;
}

export interface ReportedAudit extends AuditFacts {
  readonly status: 'reported';
  readonly leadAuditor: AccountId;
  readonly startedOn: LocalDate;
  readonly reportedOn: LocalDate;
  /** The published audit report's record id. */
  readonly reportRef: string;
  /** The report's summary and conclusion on conformity and effectiveness (9.2.2 e); absent on older records. */
  readonly conclusion?: string;
}

export interface CancelledAudit extends AuditFacts {
  readonly status: 'cancelled';
  readonly leadAuditor: AccountId | null;
  readonly cancelledOn: LocalDate;
  readonly reason: string;
}

export type PlannedAudit = PlannedAuditDraft | InProgressAudit | ReportedAudit | CancelledAudit;

export type AuditIntent = 'plan' | 'assignAuditors' | 'reschedule' | 'start' | 'report' | 'cancel';
export type AuditHistoryEntry = HistoryEntry<AuditStatus, AuditIntent>;

export interface AuditTransition<A extends PlannedAudit = PlannedAudit> {
  readonly audit: A;
  readonly history: AuditHistoryEntry;
}

/** Whether the audit still counts towards covering its scope in the cycle: everything but a cancelled audit. */
export function countsTowardsCoverage(audit: PlannedAudit): boolean {
  switch (audit.status) {
    case 'planned':
    case 'in_progress':
    case 'reported':
      return true;
    case 'cancelled':
      return false;
    default:
      return assertNever(audit);
  }
}
