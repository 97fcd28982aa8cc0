// Typed invoke wrappers for the KPI sub-page (src/resolvers/kpi-resolver.ts). Replies are checked with the domain's own
// schemas; each `satisfies` ties a reply schema to the contract's type, so the two cannot drift apart.
import { z } from 'zod';

import type { csvUploadSchema, CsvExport } from '../../../../src/contracts/csv-upload';
import { kpiPointSchema } from '../../../../src/contracts/gadget-views';
import type { KpiDetail, KpiView, MeasurementSubmission, MeasurementView, RecordedMeasurement } from '../../../../src/contracts/kpi-payloads';
import type { StaleKpi } from '../../../../src/app/list-stale-kpis';
import type { KpiDefinition } from '../../../../src/domain/kpi/kpi-definition';
import { kpiMeasurementSchema } from '../../../../src/domain/kpi/kpi-measurement';
import { kpiRecordSchema } from '../../../../src/domain/kpi/kpi-record';
import { localDateSchema, type LocalDate } from '../../../../src/domain/local-date';
import { invokeKey } from '../../../shared/invoke';

const ragSchema = z.enum(['red', 'amber', 'green', 'no_data']);

const measurementViewSchema = z.object({
  measurement: kpiMeasurementSchema,
  revision: z.number(),
  indicatorValue: z.number().nullable(),
  rag: ragSchema,
}) satisfies z.ZodType<MeasurementView>;

const stalenessSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('fresh'), daysOverdue: z.literal(0), nextPeriodStart: localDateSchema, dueBy: localDateSchema }),
  z.object({ status: z.literal('stale'), daysOverdue: z.number(), missingPeriodStart: localDateSchema, dueBy: localDateSchema }),
]);

const kpiViewSchema = z.object({
  kpi: kpiRecordSchema,
  version: z.number(),
  changedAt: z.string(),
  changedBy: z.string(),
  window: z.object({ from: localDateSchema, to: localDateSchema }),
  points: z.array(kpiPointSchema),
  latest: kpiPointSchema.nullable(),
  trend: z.object({
    direction: z.enum(['improving', 'worsening', 'flat', 'insufficient_data']),
    slopePerPeriod: z.number().nullable(),
    movingAverage: z.array(z.number().nullable()),
    window: z.number(),
  }),
  staleness: stalenessSchema.nullable(),
}) satisfies z.ZodType<KpiView>;

const kpiDetailSchema = kpiViewSchema.extend({ measurements: z.array(measurementViewSchema) }) satisfies z.ZodType<KpiDetail>;

const staleKpiSchema = z.object({
  kpiId: z.string(),
  name: z.string(),
  owner: z.string(),
  collector: z.string(),
  staleness: z.object({ status: z.literal('stale'), daysOverdue: z.number(), missingPeriodStart: localDateSchema, dueBy: localDateSchema }),
}) satisfies z.ZodType<StaleKpi>;

const recordedSchema = z.object({
  outcome: z.enum(['recorded', 'superseded', 'unchanged', 'replayed']),
  stored: measurementViewSchema,
  previous: kpiMeasurementSchema.nullable(),
}) satisfies z.ZodType<RecordedMeasurement>;

const changeSchema = <S extends z.ZodType>(value: S) =>
  z.object({ seq: z.number(), at: z.string(), by: z.string(), before: value.nullable(), after: value });

const measurementHistorySchema = z.object({ changes: z.array(changeSchema(kpiMeasurementSchema)), nextCursor: z.string().optional() });
export type MeasurementChange = z.infer<typeof measurementHistorySchema>['changes'][number];

const definitionHistorySchema = z.object({ changes: z.array(changeSchema(kpiRecordSchema)), nextCursor: z.string().optional() });
export type DefinitionChange = z.infer<typeof definitionHistorySchema>['changes'][number];

const savedKpiSchema = z.object({ key: z.string(), version: z.number() }).loose();

const importReportSchema = z.object({
  dryRun: z.boolean(),
  applied: z.boolean(),
  rows: z.number(),
  errors: z.array(z.object({ row: z.number(), column: z.string(), rule: z.string() })),
  summary: z.object({ record: z.number(), supersede: z.number(), unchanged: z.number() }),
  changes: z.array(z.object({ row: z.number(), key: z.string(), actions: z.array(z.enum(['record', 'supersede', 'unchanged'])) })),
});
const partReceivedSchema = z.object({ status: z.literal('part-received'), received: z.number(), parts: z.number() });
export type MeasurementImportReport = z.infer<typeof importReportSchema>;
export type CsvUploadPayload = z.input<typeof csvUploadSchema>;

const exportSchema = z.object({ filename: z.string(), csv: z.string(), rows: z.number() }) satisfies z.ZodType<CsvExport>;

export type { KpiDetail, KpiView, MeasurementView, StaleKpi };

export const fetchKpis = (includeRetired: boolean) => invokeKey('kpis/list', z.array(kpiViewSchema), { includeRetired });
export const fetchStaleKpis = () => invokeKey('kpis/stale', z.array(staleKpiSchema), {});
export const fetchKpi = (kpiId: string, from?: LocalDate) => invokeKey('kpis/get', kpiDetailSchema, from === undefined ? { kpiId } : { kpiId, from });
export const fetchDefinitionHistory = (kpiId: string) => invokeKey('kpis/history', definitionHistorySchema, { kpiId, limit: 20 });
export const fetchMeasurementHistory = (kpiId: string, periodStart: LocalDate) => invokeKey('measurements/history', measurementHistorySchema, { kpiId, periodStart });

/** The submission as typed: numbers that do not parse are sent as text so the resolver names the field and rule. */
export type MeasurementDraftPayload = Omit<MeasurementSubmission, 'periodStart' | 'value' | 'baseValues'> & {
  readonly periodStart: string;
  readonly value?: number | string;
  readonly baseValues?: Readonly<Record<string, number | string>>;
};
export const recordMeasurement = (submission: MeasurementDraftPayload) => invokeKey('measurements/record', recordedSchema, submission);

/** A definition as typed in the editor (numbers and dates that do not parse are sent as typed, for the resolver to name). */
export type DefinitionPayload = Omit<KpiDefinition, 'target' | 'decisionCriteria' | 'effectiveFrom'> & {
  readonly effectiveFrom: string;
  readonly target: number | string;
  readonly decisionCriteria: { readonly green: number | string; readonly amber: number | string };
};
export const createKpi = (definition: DefinitionPayload) => invokeKey('kpis/create', savedKpiSchema, { definition });
export const updateKpi = (definition: DefinitionPayload, expectedVersion: number) => invokeKey('kpis/update', savedKpiSchema, { definition, expectedVersion });
export const retireKpi = (kpiId: string, reason: string, retiredOn: string, expectedVersion: number) =>
  invokeKey('kpis/retire', savedKpiSchema, { kpiId, reason, retiredOn, expectedVersion });

export const importMeasurements = (upload: CsvUploadPayload) => invokeKey('measurements/import-csv', z.union([importReportSchema, partReceivedSchema]), upload);
export const exportMeasurements = (kpiId?: string) => invokeKey('measurements/export-csv', exportSchema, kpiId === undefined ? {} : { kpiId });
