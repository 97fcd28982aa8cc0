// What a setup run reports back to the admin page: one line per Jira object it needed, and what happened to it.
import { z } from 'zod';

export const setupOutcomes = ['created', 'adopted', 'failed', 'skipped'] as const;
export type SetupOutcome = (typeof setupOutcomes)[number];

export const setupStepSchema = z.object({
  /** e.g. 'Issue type "Finding"', 'Project ISMS', 'Field "Finding kind"'. */
  what: z.string(),
  outcome: z.enum(setupOutcomes),
  /** Why it failed or was skipped, or what was adopted ("exists as 10021"). */
  detail: z.string(),
  id: z.string().optional(),
});
export type SetupStep = z.infer<typeof setupStepSchema>;

export const setupReportSchema = z.object({
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  runBy: z.string(),
  /** True when every step was created, adopted or skipped; setup state is then complete. */
  complete: z.boolean(),
  steps: z.array(setupStepSchema),
});
export type SetupReport = z.infer<typeof setupReportSchema>;
