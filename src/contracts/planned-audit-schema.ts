// An internal audit in any status (domain PlannedAudit) as a zod schema: stored audit records and imported
// programmes are parsed with it, and static/audits renders what it describes.
import { z } from 'zod';

import type { PlannedAudit } from '../domain/audit-programme/planned-audit';
import { yearMonthField } from '../domain/audit-programme/year-month';
import { catalogueIdSchema } from '../domain/iso-catalogue/catalogue';
import { localDateSchema } from '../domain/local-date';

const auditFacts = {
  id: z.string().min(1),
  title: z.string(),
  month: yearMonthField('month'),
  scope: z.array(catalogueIdSchema),
  processes: z.array(z.string()),
  objectives: z.string(),
  criteria: z.string(),
  auditors: z.array(z.string()),
};

export const plannedAuditSchema = z.discriminatedUnion('status', [
  z.object({ ...auditFacts, status: z.literal('planned'), leadAuditor: z.string().nullable() }),
  z.object({ ...auditFacts, status: z.literal('in_progress'), leadAuditor: z.string(), startedOn: localDateSchema }),
  z.object({ ...auditFacts, status: z.literal('reported'), leadAuditor: z.string(), startedOn: localDateSchema, reportedOn: localDateSchema, reportRef: z.string(), conclusion: z.string().optional() }),
  z.object({ ...auditFacts, status: z.literal('cancelled'), leadAuditor: z.string().nullable(), cancelledOn: localDateSchema, reason: z.string() }),
]) satisfies z.ZodType<PlannedAudit>;
