// The three dashboard gadgets' configurations (saved by their edit view with `view.submit`, read back from
// `context.extension.gadgetConfiguration`, or sent in the invoke payload). Every field is optional: an
// unconfigured gadget shows the ISMS project with sensible defaults. Messages name the field and the rule; keys the
// platform adds (e.g. `refresh`) are ignored.
import { z } from 'zod';

import { OVERDUE_REASONS } from '../domain/overdue-work';

/** The widest "due within" the overdue gadget may ask for; the due-soon read model holds this many days ahead. */
export const DUE_SOON_HORIZON_DAYS = 30;
export const DEFAULT_DUE_SOON_DAYS = 7;

const projectKey = z
  .string({ error: 'project must be a Jira project key' })
  .regex(/^[A-Z][A-Z0-9_]{1,9}$/, { error: 'project must be a Jira project key: 2 to 10 uppercase letters, digits or _' })
  .optional();

export const COVERAGE_SCOPES = ['clauses', 'organizational', 'people', 'physical', 'technological'] as const;
export type CoverageScope = (typeof COVERAGE_SCOPES)[number];

export const coverageGadgetConfigurationSchema = z
  .object(
    {
      project: projectKey,
      scope: z
        .array(z.enum(COVERAGE_SCOPES, { error: `scope entries must be one of ${COVERAGE_SCOPES.join(', ')}` }), { error: 'scope must be a list' })
        .min(1, { error: 'scope must name at least one of clauses or the four control themes' })
        .optional(),
      grouping: z.enum(['theme', 'gap'], { error: 'grouping must be theme or gap' }).optional(),
      /** The audit cycle's first month; absent means the current cycle. */
      cycle: z
        .string({ error: 'cycle must be the month the audit cycle starts, YYYY-MM' })
        .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'cycle must be the month the audit cycle starts, YYYY-MM' })
        .optional(),
    },
    { error: 'configuration must be an object' },
  );
export type CoverageGadgetConfiguration = z.infer<typeof coverageGadgetConfigurationSchema>;

export const overdueGadgetConfigurationSchema = z
  .object(
    {
      project: projectKey,
      reasons: z
        .array(z.enum(OVERDUE_REASONS, { error: `reasons entries must be one of ${OVERDUE_REASONS.join(', ')}` }), { error: 'reasons must be a list' })
        .min(1, { error: 'reasons must name at least one kind of late work' })
        .optional(),
      grouping: z.enum(['owner', 'reason', 'level'], { error: 'grouping must be owner, reason or level' }).optional(),
      limit: z.number({ error: 'limit must be a number' }).int({ error: 'limit must be a whole number' }).min(1, { error: 'limit must be at least 1' }).max(200, { error: 'limit must be at most 200' }).optional(),
      /** Also list monitoring checks due within `dueSoonDays` (default true, 7 days). */
      includeDueSoon: z.boolean({ error: 'includeDueSoon must be true or false' }).optional(),
      dueSoonDays: z
        .number({ error: 'dueSoonDays must be a number' })
        .int({ error: 'dueSoonDays must be a whole number' })
        .min(1, { error: 'dueSoonDays must be at least 1' })
        .max(DUE_SOON_HORIZON_DAYS, { error: `dueSoonDays must be at most ${DUE_SOON_HORIZON_DAYS}` })
        .optional(),
    },
    { error: 'configuration must be an object' },
  );
export type OverdueGadgetConfiguration = z.infer<typeof overdueGadgetConfigurationSchema>;

export const kpiGadgetConfigurationSchema = z
  .object(
    {
      project: projectKey,
      kpiIds: z
        .array(z.string({ error: 'kpiIds entries must be KPI ids' }).min(1, { error: 'kpiIds entries must not be empty' }), { error: 'kpiIds must be a list' })
        .max(20, { error: 'kpiIds must name at most 20 KPIs' })
        .optional(),
      periods: z.number({ error: 'periods must be a number' }).int({ error: 'periods must be a whole number' }).min(2, { error: 'periods must be at least 2' }).max(24, { error: 'periods must be at most 24' }).optional(),
    },
    { error: 'configuration must be an object' },
  );
export type KpiGadgetConfiguration = z.infer<typeof kpiGadgetConfigurationSchema>;

/** The invoke payload: the configuration being previewed (edit view), else the saved one from the context. */
export function gadgetPayloadSchema<C extends z.ZodType>(configuration: C) {
  return z.object({ configuration: configuration.optional() }, { error: 'payload must be an object' });
}
