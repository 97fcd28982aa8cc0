// Payloads of the audits page (ISMS page "clause9-isms", sub-page audits), shared with static/isms. Messages name the
// field and the rule; ids are limited to characters that are safe inside KVS keys and JQL strings.
import { z } from 'zod';

import { auditCycleSchema } from '../domain/audit-programme/audit-cycle';
import { planProgrammeInputSchema } from '../domain/audit-programme/plan-programme-schema';
import { statementOfApplicabilitySchema } from '../domain/audit-programme/statement-of-applicability';
import { yearMonthField } from '../domain/audit-programme/year-month';
import { accountIdSchema, hasNoDuplicates, localDateFieldSchema, requiredTextSchema } from '../domain/field-schemas';
import { catalogueIdSchema, isAnnexAControlId } from '../domain/iso-catalogue/catalogue';
import { plannedAuditSchema } from './planned-audit-schema';

const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** A programme, audit or review id: letters, digits, ".", "_" and "-", starting with a letter or digit. */
export function recordIdSchema(field: string, maxLength = 64) {
  const rule = `${field} must be 1 to ${maxLength} letters, digits, ".", "_" or "-", starting with a letter or digit`;
  return z.string({ error: rule }).max(maxLength, { error: rule }).regex(RECORD_ID, { error: rule });
}

const programmeRef = { programmeId: recordIdSchema('programmeId').optional() };
const auditRef = { ...programmeRef, auditId: recordIdSchema('auditId', 160) };

export const programmeRefPayloadSchema = z.object(programmeRef).strict();

export const planProgrammePayloadSchema = planProgrammeInputSchema
  .omit({ applicableControls: true, programmeId: true })
  .extend({ programmeId: recordIdSchema('programmeId'), statementOfApplicability: statementOfApplicabilitySchema })
  .strict();
export type PlanProgrammePayload = z.infer<typeof planProgrammePayloadSchema>;

export const updateAuditPayloadSchema = z
  .object({
    ...auditRef,
    /** The audit version the page showed; a newer stored version answers CONFLICT. */
    expectedVersion: z.number({ error: 'expectedVersion must be a number' }).int().min(1, { error: 'expectedVersion must be 1 or more' }).optional(),
    title: requiredTextSchema('title', 255).optional(),
    month: yearMonthField('month').optional(),
    scope: z
      .array(catalogueIdSchema, { error: 'scope must be a list of catalogue ids' })
      .min(1, { error: 'scope must name at least one clause or control' })
      .refine(hasNoDuplicates, { error: 'scope must not repeat an id' })
      .optional(),
    processes: z.array(requiredTextSchema('processes', 255), { error: 'processes must be a list' }).optional(),
    objectives: requiredTextSchema('objectives', 4000).optional(),
    criteria: requiredTextSchema('criteria', 4000).optional(),
    auditors: z.array(accountIdSchema('auditors'), { error: 'auditors must be a list of account ids' }).max(20, { error: 'auditors must name at most 20 people' }).optional(),
    leadAuditor: accountIdSchema('leadAuditor').nullable().optional(),
  })
  .strict();
export type UpdateAuditPayload = z.infer<typeof updateAuditPayloadSchema>;

export const startAuditPayloadSchema = z.object({ ...auditRef, startedOn: localDateFieldSchema('startedOn').optional() }).strict();

export const reportAuditPayloadSchema = z
  .object({
    ...auditRef,
    reportRef: requiredTextSchema('reportRef', 255),
    reportedOn: localDateFieldSchema('reportedOn').optional(),
    /** The report's summary and conclusion, kept with the audit (and shown on the page). */
    conclusion: requiredTextSchema('conclusion', 8000).optional(),
  })
  .strict();

export const cancelAuditPayloadSchema = z
  .object({ ...auditRef, reason: requiredTextSchema('reason', 2000), cancelledOn: localDateFieldSchema('cancelledOn').optional() })
  .strict();

export const saveOwnershipPayloadSchema = z
  .object({
    owners: z.record(
      accountIdSchema('owners'),
      z.object({
        catalogueIds: z.array(catalogueIdSchema, { error: 'owners.catalogueIds must be a list of catalogue ids' }).refine(hasNoDuplicates, { error: 'owners.catalogueIds must not repeat an id' }),
        processes: z.array(requiredTextSchema('owners.processes', 255), { error: 'owners.processes must be a list' }).default([]),
      }),
      { error: 'owners must map account ids to what they own' },
    ),
    expectedVersion: z.number({ error: 'expectedVersion must be a number' }).int().min(0, { error: 'expectedVersion must be 0 or more' }).optional(),
  })
  .strict();
export type SaveOwnershipPayload = z.infer<typeof saveOwnershipPayloadSchema>;

export const emptyAuditPayloadSchema = z.object({}).strict();

/** A programme built elsewhere (the demo seed, a migration), audits in any status; each audit re-checked on store. */
export const importProgrammePayloadSchema = z
  .object({
    programme: z.object({
      id: recordIdSchema('programme.id'),
      cycle: auditCycleSchema,
      applicableControls: z.array(z.string().refine(isAnnexAControlId, { error: 'programme.applicableControls must be Annex A control ids' })),
      audits: z.array(plannedAuditSchema.and(z.object({ id: recordIdSchema('programme.audits.id', 160) }))).max(400, { error: 'programme.audits must hold at most 400 audits' }),
    }),
    statementOfApplicability: statementOfApplicabilitySchema,
  })
  .strict();
