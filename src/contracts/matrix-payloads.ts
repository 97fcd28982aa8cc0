// Payloads and replies of the monitoring matrix page (the ISMS project page "clause9-isms", sub-page matrix). Messages name the field
// and the rule; the item definition is the domain's own schema, so the page and the CSV import accept the same thing.
import { z } from 'zod';

import { localDateFieldSchema, requiredTextSchema, wholeNumberSchema } from '../domain/field-schemas';
import { localDateSchema, type LocalDate } from '../domain/local-date';
import type { MonitoringItem, MonitoringItemDefinition, MonitoringItemIntent, MonitoringItemStatus } from '../domain/monitoring-item';
import { monitoringItemDefinitionSchema, monitoringItemIdSchema, monitoringItemSchema } from '../domain/monitoring-item-schema';
import { LIST_SEPARATOR } from './csv-cells';
import { csvUploadSchema, type CsvExport, type CsvImportReport, type CsvPartReceived } from './csv-upload';

const expectedVersion = wholeNumberSchema('expectedVersion', 0, Number.MAX_SAFE_INTEGER).optional();
const status = z.enum(['draft', 'active', 'retired'], { error: 'status must be one of draft, active, retired' });

/** The domain's definition, plus: risk ids may not hold ";" (the CSV list separator), so exports round-trip. */
export const matrixDefinitionSchema: z.ZodType<MonitoringItemDefinition> = monitoringItemDefinitionSchema.superRefine((definition, ctx) => {
  definition.riskIds.forEach((riskId, index) => {
    if (riskId.includes(LIST_SEPARATOR)) ctx.addIssue({ code: 'custom', path: ['riskIds', index], message: `riskIds entries must not contain "${LIST_SEPARATOR}"` });
  });
});

export const matrixListPayloadSchema = z.object({ status: status.optional() }).strict();
export const matrixItemIdPayloadSchema = z.object({ id: monitoringItemIdSchema }).strict();

/** Without an id the resolver picks one ("MI-" and 8 hex digits); pages that retry should send their own. */
export const matrixCreatePayloadSchema = z.object({ id: monitoringItemIdSchema.optional(), definition: matrixDefinitionSchema }).strict();
export const matrixUpdatePayloadSchema = z.object({ id: monitoringItemIdSchema, definition: matrixDefinitionSchema, expectedVersion }).strict();
/** activeFrom defaults to today in the organisation's time zone. */
export const matrixActivatePayloadSchema = z.object({ id: monitoringItemIdSchema, activeFrom: localDateFieldSchema('activeFrom').optional(), expectedVersion }).strict();
/** retiredOn defaults to today in the organisation's time zone. */
export const matrixRetirePayloadSchema = z
  .object({ id: monitoringItemIdSchema, reason: requiredTextSchema('reason', 1000), retiredOn: localDateFieldSchema('retiredOn').optional(), expectedVersion })
  .strict();
export const matrixHistoryPayloadSchema = z
  .object({ id: monitoringItemIdSchema, limit: wholeNumberSchema('limit', 1, 100).optional(), cursor: z.string({ error: 'cursor must be text' }).optional() })
  .strict();
export const matrixImportPayloadSchema = csvUploadSchema;
export const emptyMatrixPayloadSchema = z.object({}).strict();

export interface MonitoringItemView {
  readonly item: MonitoringItem;
  readonly version: number;
  readonly changedAt: string;
  readonly changedBy: string;
  /** The recurrence in words ("Monthly on day 1 from 2026-01-01"). */
  readonly recurrenceText: string;
  /** Active items: the next occurrence on or after today (null once the series has ended); others: null. */
  readonly nextDueOn: LocalDate | null;
  readonly allowedIntents: readonly MonitoringItemIntent[];
}

export interface MatrixList {
  readonly today: LocalDate;
  readonly counts: Readonly<Record<MonitoringItemStatus, number>>;
  readonly items: readonly MonitoringItemView[];
}

export interface MonitoringItemChangeView {
  readonly version: number;
  readonly at: string;
  readonly by: string;
  readonly intent: 'create' | 'revise' | 'activate' | 'retire';
  readonly fromStatus: MonitoringItemStatus | null;
  readonly toStatus: MonitoringItemStatus;
  /** Top-level definition fields whose value differs between before and after. */
  readonly changedFields: readonly string[];
  readonly before: MonitoringItem | null;
  readonly after: MonitoringItem;
}

/** What an import row does to the stored item; a row may revise and activate at once. */
export type MatrixImportAction = 'create' | 'update' | 'activate' | 'retire' | 'unchanged';
export type MatrixImportReport = CsvImportReport<MatrixImportAction>;

// Reply schemas: the page parses every answer once with these (typed against the interfaces above, so they cannot drift).
const monitoringItemStatusSchema = z.enum(['draft', 'active', 'retired']);

export const monitoringItemViewSchema: z.ZodType<MonitoringItemView> = z.object({
  item: monitoringItemSchema,
  version: z.number(),
  changedAt: z.string(),
  changedBy: z.string(),
  recurrenceText: z.string(),
  nextDueOn: localDateSchema.nullable(),
  allowedIntents: z.array(z.enum(['activate', 'retire', 'revise'])),
});

export const matrixListSchema: z.ZodType<MatrixList> = z.object({
  today: localDateSchema,
  counts: z.object({ draft: z.number(), active: z.number(), retired: z.number() }),
  items: z.array(monitoringItemViewSchema),
});

export const matrixHistorySchema: z.ZodType<{ readonly changes: readonly MonitoringItemChangeView[]; readonly nextCursor?: string }> = z.object({
  changes: z.array(
    z.object({
      version: z.number(),
      at: z.string(),
      by: z.string(),
      intent: z.enum(['create', 'revise', 'activate', 'retire']),
      fromStatus: monitoringItemStatusSchema.nullable(),
      toStatus: monitoringItemStatusSchema,
      changedFields: z.array(z.string()),
      before: monitoringItemSchema.nullable(),
      after: monitoringItemSchema,
    }),
  ),
  nextCursor: z.string().optional(),
});

/** What create, update, activate and retire answer: the stored item and its new version. */
export const storedMonitoringItemSchema = z.object({ key: z.string(), version: z.number(), changedAt: z.string(), changedBy: z.string(), value: monitoringItemSchema });

const importActionSchema = z.enum(['create', 'update', 'activate', 'retire', 'unchanged']);
export const matrixImportReportSchema: z.ZodType<MatrixImportReport> = z.object({
  dryRun: z.boolean(),
  applied: z.boolean(),
  rows: z.number(),
  errors: z.array(z.object({ row: z.number(), column: z.string(), rule: z.string() })),
  summary: z.object({ create: z.number(), update: z.number(), activate: z.number(), retire: z.number(), unchanged: z.number() }),
  changes: z.array(z.object({ row: z.number(), key: z.string(), actions: z.array(importActionSchema) })),
});


/** A file part was stored (the import runs when the last one arrives); see csv-upload.ts. */
export const csvPartReceivedSchema: z.ZodType<CsvPartReceived> = z.object({ status: z.literal('part-received'), received: z.number(), parts: z.number() });
export const csvExportSchema: z.ZodType<CsvExport> = z.object({ filename: z.string(), csv: z.string(), rows: z.number() });
