// Putting one audit into the programme (9.2.2): scope, objectives, criteria, month and team, validated once.
import { z } from 'zod';

import { accountIdSchema, hasNoDuplicates, requiredTextSchema } from '../field-schemas';
import { parseInput } from '../parse-input';
import type { AccountId, TransitionContext } from '../history-entry';
import { historyEntry } from '../history-entry';
import { catalogueIdSchema, compareCatalogueIds } from '../iso-catalogue/catalogue';
import type { AuditTransition, PlannedAuditDraft } from './planned-audit';
import { requireAuditTeam } from './planned-audit-transitions';
import { yearMonthField } from './year-month';

export const planAuditInputSchema = z
  .object({
    id: requiredTextSchema('id', 255),
    title: requiredTextSchema('title', 255),
    month: yearMonthField('month'),
    scope: z
      .array(catalogueIdSchema, { error: 'scope must be a list of catalogue ids' })
      .min(1, { error: 'scope must name at least one clause or control' }),
    processes: z.array(requiredTextSchema('processes', 255), { error: 'processes must be a list' }).default([]),
    objectives: requiredTextSchema('objectives', 4000),
    criteria: requiredTextSchema('criteria', 4000),
    auditors: z.array(accountIdSchema('auditors'), { error: 'auditors must be a list of account ids' }).default([]),
    leadAuditor: accountIdSchema('leadAuditor').nullable().default(null),
  })
  .superRefine((input, ctx) => {
    if (!hasNoDuplicates(input.scope)) ctx.addIssue({ code: 'custom', path: ['scope'], message: 'scope must not repeat an id' });
    if (!hasNoDuplicates(input.auditors)) ctx.addIssue({ code: 'custom', path: ['auditors'], message: 'auditors must not repeat an account' });
    if (input.leadAuditor !== null && !input.auditors.includes(input.leadAuditor)) {
      ctx.addIssue({ code: 'custom', path: ['leadAuditor'], message: 'leadAuditor must be one of the auditors' });
    }
  });

export type PlanAuditInput = z.input<typeof planAuditInputSchema>;

export function planAudit(input: PlanAuditInput, ctx: TransitionContext): AuditTransition<PlannedAuditDraft> {
  const facts = parseInput(planAuditInputSchema, input);
  const auditors: readonly AccountId[] = requireAuditTeam(facts.auditors, facts.leadAuditor);
  const audit: PlannedAuditDraft = { ...facts, scope: [...facts.scope].sort(compareCatalogueIds), auditors, status: 'planned' };
  return { audit, history: historyEntry(ctx, null, audit.status, 'plan') };
}
