// What the gadget resolvers answer (shared with static/<gadget>), and the stored read-model shapes they come from.
import { z } from 'zod';

import { COVERAGE_GAPS } from '../domain/coverage-gap';
import { localDateSchema } from '../domain/local-date';
import { CHECK_OUTCOMES } from '../domain/monitoring-check';
import type { OverdueReason } from '../domain/overdue-work';

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

export const coverageModelSchema = z.object({ asOf: localDateSchema, computedAt: z.string(), rows: z.array(coverageRowSchema) });
export type CoverageModel = z.infer<typeof coverageModelSchema>;

export const kpiPointSchema = z.object({ periodStart: localDateSchema, value: z.number().nullable(), rag: z.enum(['red', 'amber', 'green', 'no_data']) });

export const kpiSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  direction: z.enum(['higher_is_better', 'lower_is_better']),
  target: z.number(),
  latest: kpiPointSchema.nullable(),
  trend: z.enum(['improving', 'worsening', 'flat', 'insufficient_data']),
  stale: z.object({ status: z.enum(['fresh', 'stale']), daysOverdue: z.number().int(), dueBy: localDateSchema }),
  /** The last periods, oldest first. */
  points: z.array(kpiPointSchema),
  asOf: localDateSchema,
});
export type KpiSummary = z.infer<typeof kpiSummarySchema>;

export interface GadgetFreshness {
  /** When the read model was last rebuilt by the daily sweep (null before the first run). */
  readonly computedAt: string | null;
  readonly today: string;
}

export interface CoverageGadgetView extends GadgetFreshness {
  readonly projectKey: string;
  readonly rows: readonly CoverageRow[];
  readonly groups: readonly { readonly name: string; readonly rows: number; readonly gaps: Readonly<Record<(typeof COVERAGE_GAPS)[number], number>> }[];
}

export interface OverdueGadgetItem {
  readonly issueKey: string;
  readonly summary: string;
  readonly kind: 'check' | 'corrective_action' | 'finding';
  readonly reasons: readonly OverdueReason[];
  readonly ownerAccountId: string | null;
  readonly since: string;
  readonly ageDays: number;
  readonly escalationLevel: number;
}

export interface OverdueGadgetView extends GadgetFreshness {
  readonly projectKey: string;
  readonly total: number;
  readonly counts: Readonly<Record<OverdueReason, number>>;
  readonly byLevel: readonly [number, number, number, number];
  readonly groups: readonly { readonly name: string; readonly count: number }[];
  /** Oldest first, up to the configured limit. */
  readonly items: readonly OverdueGadgetItem[];
}

export interface KpiGadgetView extends GadgetFreshness {
  readonly projectKey: string;
  readonly kpis: readonly KpiSummary[];
}
