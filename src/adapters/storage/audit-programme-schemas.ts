// What the audit programme looks like in KVS, parsed on every read (a stored value is a boundary too). One header
// per programme and one record per audit, so no single value grows with the number of audits (240 KiB limit).
import { z } from 'zod';

import { auditCycleSchema, type AuditCycle } from '../../domain/audit-programme/audit-cycle';
import type { AuditPlacement } from '../../domain/audit-programme/plan-programme';
import type { AuditHistoryEntry, PlannedAudit } from '../../domain/audit-programme/planned-audit';
import { AUDIT_STATUSES } from '../../domain/audit-programme/planned-audit';
import { statementOfApplicabilitySchema, type StatementOfApplicability } from '../../domain/audit-programme/statement-of-applicability';
import { yearMonthField } from '../../domain/audit-programme/year-month';
import { plannedAuditSchema } from '../../contracts/planned-audit-schema';
import { catalogueIdSchema, isAnnexAControlId, type AnnexAControlId } from '../../domain/iso-catalogue/catalogue';

export const auditHistoryEntrySchema = z.object({
  at: z.string(),
  by: z.string(),
  from: z.enum(AUDIT_STATUSES).nullable(),
  to: z.enum(AUDIT_STATUSES),
  intent: z.enum(['plan', 'assignAuditors', 'reschedule', 'start', 'report', 'cancel']),
  note: z.string().nullable(),
}) satisfies z.ZodType<AuditHistoryEntry>;

export interface JiraIssueRef {
  readonly id: string;
  readonly key: string;
}
export const jiraIssueRefSchema = z.object({ id: z.string().min(1), key: z.string().min(1) }) satisfies z.ZodType<JiraIssueRef>;

/** One audit of a programme: its state, how it got there, and (once started) its "Internal audit" Jira issue. */
export interface AuditRecord {
  readonly programmeId: string;
  readonly audit: PlannedAudit;
  readonly history: readonly AuditHistoryEntry[];
  readonly jiraIssue: JiraIssueRef | null;
}
export const auditRecordSchema = z.object({
  programmeId: z.string().min(1),
  audit: plannedAuditSchema,
  history: z.array(auditHistoryEntrySchema),
  jiraIssue: jiraIssueRefSchema.nullable(),
}) satisfies z.ZodType<AuditRecord>;

const placementSchema = z.object({
  auditId: z.string(),
  areaId: z.string(),
  visit: z.union([z.literal(1), z.literal(2)]),
  priority: z.number(),
  month: yearMonthField('month'),
});

/** The programme without its audits: cycle, the SoA it was planned against, and the audit ids in plan order. */
export interface ProgrammeHeader {
  readonly id: string;
  readonly cycle: AuditCycle;
  readonly statementOfApplicability: StatementOfApplicability;
  readonly applicableControls: readonly AnnexAControlId[];
  readonly auditIds: readonly string[];
  readonly placements: readonly AuditPlacement[];
  /** What the plan was made from (canonical JSON of the request), so a retried plan is recognised. */
  readonly planRequest: string;
  readonly plannedAt: string;
  readonly plannedBy: string;
}
export const programmeHeaderSchema = z.object({
  id: z.string().min(1),
  cycle: auditCycleSchema,
  statementOfApplicability: statementOfApplicabilitySchema,
  applicableControls: z.array(z.string().refine(isAnnexAControlId)),
  auditIds: z.array(z.string().min(1)),
  placements: z.array(placementSchema),
  planRequest: z.string(),
  plannedAt: z.string(),
  plannedBy: z.string(),
}) satisfies z.ZodType<ProgrammeHeader>;

export const currentProgrammeSchema = z.object({ programmeId: z.string().min(1) });

/** The control ownership register: per account, the clauses/controls and processes they own (independence, 9.2.2). */
export const declaredOwnershipSchema = z.record(
  z.string().min(1),
  z.object({ catalogueIds: z.array(catalogueIdSchema), processes: z.array(z.string()) }),
);
