// The resolver-boundary schema for drafting a programme; messages name the field. Area ids in the weight tables are
// checked against the areas by `planProgramme` itself, which knows them.
import { z } from 'zod';

import { requiredTextSchema, wholeNumberSchema } from '../field-schemas';
import { isAnnexAControlId } from '../iso-catalogue/catalogue';
import { DEFAULT_CYCLE_MONTHS, MAX_CYCLE_MONTHS } from './audit-cycle';
import type { PlanProgrammeInput } from './plan-programme';
import { yearMonthField } from './year-month';

/** More than this many audits a month is no longer "little and often". */
export const MAX_AUDITS_PER_MONTH = 10;

export const planProgrammeInputSchema = z.object({
  programmeId: requiredTextSchema('programmeId', 255),
  cycleStart: yearMonthField('cycleStart'),
  months: wholeNumberSchema('months', 1, MAX_CYCLE_MONTHS).default(DEFAULT_CYCLE_MONTHS),
  applicableControls: z.array(
    z.string({ error: 'applicableControls must be Annex A control ids' }).refine(isAnnexAControlId, {
      error: (issue) => `applicableControls ${JSON.stringify(issue.input)} is not an Annex A control id (A.5.1–A.8.34)`,
    }),
    { error: 'applicableControls must be a list of control ids' },
  ),
  importanceWeights: z
    .record(
      z.string(),
      z.number({ error: 'importanceWeights must be numbers' }).positive({ error: 'importanceWeights must be above 0' }).max(100, { error: 'importanceWeights must be at most 100' }),
      { error: 'importanceWeights must map area ids to numbers' },
    )
    .default({}),
  previousNonconformities: z
    .record(z.string(), wholeNumberSchema('previousNonconformities', 0, 1000), { error: 'previousNonconformities must map area ids to counts' })
    .default({}),
  maxItemsPerMonth: wholeNumberSchema('maxItemsPerMonth', 1, MAX_AUDITS_PER_MONTH),
}) satisfies z.ZodType<PlanProgrammeInput>;
