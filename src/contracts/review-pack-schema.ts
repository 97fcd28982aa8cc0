// The management review pack (domain ReviewPack) as a zod schema: stored packs and published records are parsed
// with it on every read, and static/reviews renders what it describes.
import { z } from 'zod';

import { FINDING_KINDS } from '../domain/finding';
import { localDateSchema } from '../domain/local-date';
import { CLIMATE_ANSWERS } from '../domain/management-review/climate-relevance';
import type { ReviewPack } from '../domain/management-review/review-pack';
import { CHECK_OUTCOMES } from '../domain/monitoring-check';

const count = z.number().int().min(0);
const direction = z.enum(['improving', 'worsening', 'flat', 'insufficient_data']);
const rag = z.enum(['red', 'amber', 'green', 'no_data']);
const periodTrend = z.object({ latest: z.number().nullable(), previous: z.number().nullable(), change: z.enum(['up', 'down', 'flat', 'insufficient_data']), direction });
const period = z.object({ label: z.string(), from: localDateSchema, to: localDateSchema });
const climate = z.object({ relevant: z.enum(CLIMATE_ANSWERS), note: z.string() });
const partialCounts = <K extends string>(keys: readonly [K, ...K[]]) => z.partialRecord(z.enum(keys), count);
const fullCounts = <K extends string>(keys: readonly [K, ...K[]]) => z.record(z.enum(keys), count);

function changesSection<C extends z.ZodType>(change: C) {
  return z.object({ changes: z.array(change), noChangesConfirmed: z.boolean(), climate, climateLine: z.string() });
}

const actionStatus = z.enum(['open', 'in_progress', 'done', 'cancelled']);
const kpiSummary = z.object({ kpiId: z.string(), name: z.string(), rag, trend: direction, stale: z.boolean() });
const objective = z.object({ id: z.string(), title: z.string(), target: z.string(), actual: z.string().nullable(), achieved: z.boolean().nullable() });
const packInput = z.enum(['previousActions', 'issueChanges', 'interestedPartyChanges', 'nonconformities', 'monitoring', 'audits', 'objectives', 'interestedPartyFeedback', 'risk', 'improvementOpportunities', 'resources']);

export const riskInputSchema = z.object({
  assessedOn: localDateSchema.nullable(),
  risksByLevel: z.array(z.object({ level: z.string(), count })),
  risksAboveAcceptance: count,
  treatmentActionsTotal: count,
  treatmentActionsCompleted: count,
  treatmentActionsOverdue: count,
});

export const reviewPackSchema = z.object({
  asOf: localDateSchema,
  previousActions: z
    .object({
      items: z.array(z.object({ id: z.string(), reviewId: z.string(), description: z.string(), owner: z.string(), dueDate: localDateSchema, status: actionStatus, overdue: z.boolean() })),
      byStatus: fullCounts(['open', 'in_progress', 'done', 'cancelled']),
      overdue: count,
    })
    .nullable(),
  issueChanges: changesSection(z.object({ origin: z.enum(['external', 'internal']), description: z.string() })).nullable(),
  interestedPartyChanges: changesSection(z.object({ party: z.string(), change: z.string() })).nullable(),
  nonconformities: z
    .object({
      periods: z.array(
        z.object({ period, nonconformitiesOpened: count, nonconformitiesClosed: count, correctiveActionsOpened: count, correctiveActionsClosed: count, correctiveActionsOverdue: count }),
      ),
      nonconformitiesOpened: periodTrend,
      nonconformitiesClosed: periodTrend,
      correctiveActionsOpened: periodTrend,
      correctiveActionsClosed: periodTrend,
      correctiveActionsOverdue: periodTrend,
    })
    .nullable(),
  monitoring: z
    .object({
      periods: z.array(z.object({ period, checksDue: count, checksDoneOnTime: count, outcomes: partialCounts(CHECK_OUTCOMES), onTimePercent: z.number().nullable() })),
      checksOnTime: periodTrend,
      outcomes: fullCounts(CHECK_OUTCOMES),
      kpis: z.array(kpiSummary),
      kpisByRag: fullCounts(['red', 'amber', 'green', 'no_data']),
      kpisWorsening: z.array(kpiSummary),
      kpisStale: z.array(kpiSummary),
    })
    .nullable(),
  audits: z
    .object({
      periods: z.array(z.object({ period, auditsPlanned: count, auditsHeld: count, findings: partialCounts(FINDING_KINDS) })),
      auditsHeld: periodTrend,
      nonconformities: periodTrend,
      findingsByKind: fullCounts(FINDING_KINDS),
    })
    .nullable(),
  objectives: z.object({ objectives: z.array(objective), achieved: count, notAchieved: count, notEvaluated: count }).nullable(),
  interestedPartyFeedback: z
    .object({ entries: z.array(z.object({ party: z.string(), summary: z.string(), receivedOn: localDateSchema })), noFeedbackConfirmed: z.boolean() })
    .nullable(),
  risk: riskInputSchema.extend({ treatmentCompletedPercent: z.number().nullable() }).nullable(),
  improvementOpportunities: z.object({ open: z.array(z.object({ findingId: z.string(), title: z.string(), raisedOn: localDateSchema })) }).nullable(),
  resources: z.object({ assessment: z.enum(['adequate', 'inadequate', 'not_assessed']), note: z.string() }).nullable(),
  missing: z.array(z.object({ input: packInput, clause: z.string(), message: z.string() })),
}) satisfies z.ZodType<ReviewPack>;
