// What the gadget resolvers answer (shared with static/<gadget>), and the stored read-model shapes they come from.
import { z } from 'zod';

import { yearMonthField } from '../domain/audit-programme/year-month';
import { COVERAGE_GAPS } from '../domain/coverage-gap';
import { localDateSchema } from '../domain/local-date';
import { CHECK_OUTCOMES } from '../domain/monitoring-check';
import { OVERDUE_REASONS } from '../domain/overdue-work';

export const coverageRowSchema = z.object({
  id: z.string(),
  kind: z.enum(['clause', 'control']),
  title: z.string(),
  /** 'clauses' for a clause, else the control's theme. */
  theme: z.enum(['clauses', 'organizational', 'people', 'physical', 'technological']),
  gap: z.enum(COVERAGE_GAPS),
  activeItems: z.number().int(),
  /** Up to 10 ids of covering items whose latest due occurrence went unchecked. */
  staleItemIds: z.array(z.string()),
  staleItems: z.number().int(),
  lastOutcome: z.enum(CHECK_OUTCOMES).nullable(),
  lastCheckedOn: localDateSchema.nullable(),
  auditedInCurrentCycle: z.boolean(),
  openNonconformities: z.number().int(),
});
export type CoverageRow = z.infer<typeof coverageRowSchema>;

export const coverageModelSchema = z.object({
  asOf: localDateSchema,
  computedAt: z.string(),
  rows: z.array(coverageRowSchema),
  /** The start month of the cycle the rows' "audited this cycle" refers to (absent in models built before grids). */
  cycleStart: yearMonthField('cycleStart').optional(),
});
export type CoverageModel = z.infer<typeof coverageModelSchema>;

/** One month of one clause/control in a cycle's grid, with the Jira issues behind it (checks, audits, nonconformities). */
export const gridCellSchema = z.object({
  checksDone: z.number().int(),
  checksFailing: z.number().int(),
  /** An audit reaching the row was held (in progress or reported) or is still planned this month. */
  audit: z.enum(['held', 'planned']).nullable(),
  nonconformitiesRaised: z.number().int(),
  issueKeys: z.array(z.string()),
});
export type GridCellView = z.infer<typeof gridCellSchema>;

/** A stored grid row: one cell per month of its cycle, in order. */
export const gridRowSchema = z.object({ cells: z.array(gridCellSchema) });
export type GridRowEntry = z.infer<typeof gridRowSchema>;

/** A cycle whose month grid the read model holds. */
export const coverageCycleSchema = z.object({
  start: yearMonthField('start'),
  months: z.number().int().min(1),
  /** The audit programme it came from; null for the calendar year used before any programme is planned. */
  programmeId: z.string().nullable(),
  asOf: localDateSchema,
  computedAt: z.string(),
});
export type CoverageCycle = z.infer<typeof coverageCycleSchema>;

export const kpiPointSchema = z.object({ periodStart: localDateSchema, value: z.number().nullable(), rag: z.enum(['red', 'amber', 'green', 'no_data']) });

export const kpiSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  direction: z.enum(['higher_is_better', 'lower_is_better']),
  target: z.number(),
  /** The KPI's red/amber/green thresholds (absent in summaries built before they were kept). */
  decisionCriteria: z.object({ green: z.number(), amber: z.number() }).optional(),
  latest: kpiPointSchema.nullable(),
  trend: z.enum(['improving', 'worsening', 'flat', 'insufficient_data']),
  stale: z.object({ status: z.enum(['fresh', 'stale']), daysOverdue: z.number().int(), dueBy: localDateSchema }),
  /** The last periods, oldest first. */
  points: z.array(kpiPointSchema),
  asOf: localDateSchema,
});
export type KpiSummary = z.infer<typeof kpiSummarySchema>;

const gapCountsSchema = z.object({ failing: z.number(), uncovered: z.number(), stale: z.number(), ok: z.number() }) satisfies z.ZodType<Record<(typeof COVERAGE_GAPS)[number], number>>;

export const coverageGadgetViewSchema = z.object({
  projectKey: z.string(),
  computedAt: z.string().nullable(),
  today: z.string(),
  /** Each row's state as of the model's date, with its cells in the shown cycle (empty when the cycle has none for it). */
  rows: z.array(coverageRowSchema.extend({ cells: z.array(gridCellSchema) })),
  groups: z.array(z.object({ name: z.string(), rows: z.number(), gaps: gapCountsSchema })),
  /** The cycle shown (null before the first grid is built), its months, and every cycle the read model holds. */
  cycle: coverageCycleSchema.nullable(),
  currentCycleStart: z.string().nullable(),
  months: z.array(z.string()),
  cycles: z.array(coverageCycleSchema),
});
export type CoverageGadgetView = z.infer<typeof coverageGadgetViewSchema>;
export type CoverageGadgetRow = CoverageGadgetView['rows'][number];

export const overdueGadgetItemSchema = z.object({
  issueKey: z.string(),
  summary: z.string(),
  kind: z.enum(['check', 'corrective_action', 'finding']),
  reasons: z.array(z.enum(OVERDUE_REASONS)),
  ownerAccountId: z.string().nullable(),
  since: z.string(),
  ageDays: z.number().int(),
  escalationLevel: z.number().int(),
});
export type OverdueGadgetItem = z.infer<typeof overdueGadgetItemSchema>;

export const dueSoonItemSchema = z.object({
  issueKey: z.string(),
  summary: z.string(),
  ownerAccountId: z.string().nullable(),
  dueOn: z.string(),
  /** 0 when due today. */
  daysLeft: z.number().int(),
});
export type DueSoonItem = z.infer<typeof dueSoonItemSchema>;

const reasonCountsSchema = z.object({ check_overdue: z.number(), report_late: z.number(), action_overdue: z.number(), review_due: z.number() });

export const overdueGadgetViewSchema = z.object({
  projectKey: z.string(),
  computedAt: z.string().nullable(),
  today: z.string(),
  /** Issues late for at least one included reason. */
  total: z.number(),
  /** Issues late per reason: an issue late for two reasons (a check overdue whose report is now late too) counts in both. */
  counts: reasonCountsSchema,
  byLevel: z.array(z.number()),
  /** Per the configured grouping; by reason, an issue appears in each of its reasons' groups, like `counts`. */
  groups: z.array(z.object({ name: z.string(), count: z.number() })),
  /** Oldest first, up to the configured limit. */
  items: z.array(overdueGadgetItemSchema),
  /** Checks due within `days` (today included), soonest first; null when not included. */
  dueSoon: z.object({ days: z.number().int(), total: z.number(), items: z.array(dueSoonItemSchema) }).nullable(),
});
export type OverdueGadgetView = z.infer<typeof overdueGadgetViewSchema>;

export const kpiGadgetViewSchema = z.object({ projectKey: z.string(), computedAt: z.string().nullable(), today: z.string(), kpis: z.array(kpiSummarySchema) });
export type KpiGadgetView = z.infer<typeof kpiGadgetViewSchema>;
