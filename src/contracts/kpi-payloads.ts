// Payloads and replies of the KPI page (the ISMS project page "clause9-isms", sub-page kpis). The KPI definition is the domain's own
// schema (ISO/IEC 27004 model); ids are limited to characters that are safe in storage keys.
import { z } from 'zod';

import { localDateFieldSchema, requiredTextSchema, wholeNumberSchema } from '../domain/field-schemas';
import type { Rag } from '../domain/kpi/decision-criteria';
import { kpiDefinitionSchema } from '../domain/kpi/kpi-definition';
import type { KpiMeasurement } from '../domain/kpi/kpi-measurement';
import type { KpiRecord } from '../domain/kpi/kpi-record';
import type { KpiPoint } from '../domain/kpi/kpi-series';
import type { KpiStaleness } from '../domain/kpi/kpi-staleness';
import type { KpiTrend } from '../domain/kpi/kpi-trend';
import type { LocalDate } from '../domain/local-date';
import { csvUploadSchema } from './csv-upload';

export const DEFAULT_KPI_PERIODS = 12;
/** Days after a period's end before its missing value makes the KPI stale. */
export const DEFAULT_GRACE_DAYS = 5;
/** Trailing periods averaged for the trend line. */
export const TREND_WINDOW = 3;

const KPI_ID_RULE = 'kpiId must be 1–64 letters, digits, ".", "_" or "-"';
export const kpiIdSchema = z.string({ error: KPI_ID_RULE }).regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { error: KPI_ID_RULE });
const expectedVersion = wholeNumberSchema('expectedVersion', 0, Number.MAX_SAFE_INTEGER).optional();
const graceDays = wholeNumberSchema('graceDays', 0, 365).optional();

/** The domain's definition, with the id rule of storage keys. */
export const kpiDefinitionPayloadSchema = kpiDefinitionSchema.superRefine((definition, ctx) => {
  if (!kpiIdSchema.safeParse(definition.id).success) ctx.addIssue({ code: 'custom', path: ['id'], message: KPI_ID_RULE.replace('kpiId', 'id') });
});

export const kpiListPayloadSchema = z
  .object({ periods: wholeNumberSchema('periods', 1, 120).optional(), graceDays, includeRetired: z.boolean({ error: 'includeRetired must be true or false' }).optional() })
  .strict();
export const kpiGetPayloadSchema = z
  .object({ kpiId: kpiIdSchema, from: localDateFieldSchema('from').optional(), to: localDateFieldSchema('to').optional(), graceDays })
  .strict()
  .refine((window) => window.from === undefined || window.to === undefined || window.from <= window.to, { error: 'to must not be before from', path: ['to'] });
export const kpiCreatePayloadSchema = z.object({ definition: kpiDefinitionPayloadSchema }).strict();
export const kpiUpdatePayloadSchema = z.object({ definition: kpiDefinitionPayloadSchema, expectedVersion }).strict();
export const kpiRetirePayloadSchema = z
  .object({ kpiId: kpiIdSchema, reason: requiredTextSchema('reason', 1000), retiredOn: localDateFieldSchema('retiredOn').optional(), expectedVersion })
  .strict();
export const kpiHistoryPayloadSchema = z
  .object({ kpiId: kpiIdSchema, limit: wholeNumberSchema('limit', 1, 100).optional(), cursor: z.string({ error: 'cursor must be text' }).optional() })
  .strict();
export const kpiStalePayloadSchema = z.object({ graceDays }).strict();

/** A value for one collection period: any date in the period names it. Exactly one of value / baseValues. */
export const measurementSubmissionSchema = z
  .object({
    kpiId: kpiIdSchema,
    periodStart: localDateFieldSchema('periodStart'),
    value: z.number({ error: 'value must be a finite number' }).optional(),
    baseValues: z.record(z.string(), z.number({ error: 'baseValues values must be finite numbers' }), { error: 'baseValues must map base measure names to numbers' }).optional(),
    idempotencyKey: requiredTextSchema('idempotencyKey', 255).optional(),
    /** Optional note kept with the value; a blank one is left out rather than refused. */
    comment: z.string({ error: 'comment must be text' }).max(2000, { error: 'comment must be at most 2000 characters' }).transform((text) => text.trim()).optional(),
  })
  .strict()
  .refine((m) => (m.value === undefined) !== (m.baseValues === undefined), { error: 'give exactly one of value or baseValues', path: ['value'] });
export type MeasurementSubmission = z.infer<typeof measurementSubmissionSchema>;

export const measurementHistoryPayloadSchema = z.object({ kpiId: kpiIdSchema, periodStart: localDateFieldSchema('periodStart') }).strict();
export const measurementImportPayloadSchema = csvUploadSchema;
export const measurementExportPayloadSchema = z
  .object({ kpiId: kpiIdSchema.optional(), from: localDateFieldSchema('from').optional(), to: localDateFieldSchema('to').optional() })
  .strict();

export interface MeasurementView {
  readonly measurement: KpiMeasurement;
  /** 1 for the first value of the period, +1 for each superseding one. */
  readonly revision: number;
  readonly indicatorValue: number | null;
  readonly rag: Rag;
}

export interface KpiView {
  readonly kpi: KpiRecord;
  readonly version: number;
  readonly changedAt: string;
  readonly changedBy: string;
  readonly window: { readonly from: LocalDate; readonly to: LocalDate };
  /** One point per collection period in the window, each with its RAG status. */
  readonly points: readonly KpiPoint[];
  /** The most recent period with a value. */
  readonly latest: KpiPoint | null;
  readonly trend: KpiTrend;
  /** Null for retired KPIs, which are no longer fed. */
  readonly staleness: KpiStaleness | null;
}

export interface KpiDetail extends KpiView {
  readonly measurements: readonly MeasurementView[];
}

export type RecordMeasurementOutcome = 'recorded' | 'superseded' | 'unchanged' | 'replayed';

export interface RecordedMeasurement {
  /** recorded: first value of the period; superseded: replaced an earlier value (kept in history); unchanged: same
   *  value as stored; replayed: this idempotency key was already recorded — nothing was written. */
  readonly outcome: RecordMeasurementOutcome;
  readonly stored: MeasurementView;
  readonly previous: KpiMeasurement | null;
}

export type MeasurementImportAction = 'record' | 'supersede' | 'unchanged';
