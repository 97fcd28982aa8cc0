// The completed monitoring schedule (ISO 27001 9.1 record): every monitoring check due in a window — what was due,
// when, by whom, done when, with what result, and whether its report reached the steering committee in time — as
// rows for the matrix page and as CSV for the auditor.
import { z } from 'zod';

import { localDateFieldSchema, wholeNumberSchema } from '../domain/field-schemas';
import { localDateSchema, type LocalDate } from '../domain/local-date';
import { monitoringItemIdSchema } from '../domain/monitoring-item-schema';

export const DEFAULT_SCHEDULE_LIMIT = 1_000;
export const MAX_SCHEDULE_LIMIT = 5_000;

export const completedSchedulePayloadSchema = z
  .object({
    from: localDateFieldSchema('from'),
    to: localDateFieldSchema('to'),
    itemId: monitoringItemIdSchema.optional(),
    limit: wholeNumberSchema('limit', 1, MAX_SCHEDULE_LIMIT).optional(),
  })
  .strict()
  .refine((window) => window.from <= window.to, { error: 'to must not be before from', path: ['to'] });
export type CompletedSchedulePayload = z.infer<typeof completedSchedulePayloadSchema>;

/** done: resolved in Jira; overdue: unresolved and due before today; open: unresolved and not yet due. */
export type ScheduleState = 'done' | 'open' | 'overdue';

export interface CompletedScheduleRow {
  readonly checkKey: string;
  readonly itemId: string | null;
  /** From the matrix; null when the check names no item or one the matrix no longer has. */
  readonly itemTitle: string | null;
  readonly summary: string;
  readonly dueOn: LocalDate | null;
  readonly responsible: { readonly accountId: string; readonly displayName: string } | null;
  readonly status: string;
  readonly state: ScheduleState;
  /** The day (organisation's time zone) Jira resolved the check. */
  readonly doneOn: LocalDate | null;
  readonly doneOnTime: boolean | null;
  readonly outcome: string | null;
  readonly reportDueOn: LocalDate | null;
  readonly reportSentOn: LocalDate | null;
  /** Sent by its due date: true/false; null while it is not sent and not yet due. */
  readonly reportOnTime: boolean | null;
}

export interface CompletedSchedule {
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly today: LocalDate;
  readonly rows: readonly CompletedScheduleRow[];
  /** More checks are due in the window than `limit`: narrow the window to see them all. */
  readonly truncated: boolean;
  readonly counts: { readonly due: number; readonly done: number; readonly doneOnTime: number; readonly overdue: number; readonly reportsLate: number };
}

export const SCHEDULE_CSV_HEADER: readonly string[] = [
  'check_key',
  'item_id',
  'item_title',
  'summary',
  'due_on',
  'responsible_account_id',
  'responsible_name',
  'status',
  'state',
  'done_on',
  'done_on_time',
  'outcome',
  'report_due_on',
  'report_sent_on',
  'report_on_time',
];

const yesNo = (value: boolean | null): string => (value === null ? '' : value ? 'yes' : 'no');

export function scheduleCsvRow(row: CompletedScheduleRow): string[] {
  return [
    row.checkKey,
    row.itemId ?? '',
    row.itemTitle ?? '',
    row.summary,
    row.dueOn ?? '',
    row.responsible?.accountId ?? '',
    row.responsible?.displayName ?? '',
    row.status,
    row.state,
    row.doneOn ?? '',
    yesNo(row.doneOnTime),
    row.outcome ?? '',
    row.reportDueOn ?? '',
    row.reportSentOn ?? '',
    yesNo(row.reportOnTime),
  ];
}

const yesNoUnknown = z.boolean().nullable();

export const completedScheduleSchema: z.ZodType<CompletedSchedule> = z.object({
  from: localDateSchema,
  to: localDateSchema,
  today: localDateSchema,
  rows: z.array(
    z.object({
      checkKey: z.string(),
      itemId: z.string().nullable(),
      itemTitle: z.string().nullable(),
      summary: z.string(),
      dueOn: localDateSchema.nullable(),
      responsible: z.object({ accountId: z.string(), displayName: z.string() }).nullable(),
      status: z.string(),
      state: z.enum(['done', 'open', 'overdue']),
      doneOn: localDateSchema.nullable(),
      doneOnTime: yesNoUnknown,
      outcome: z.string().nullable(),
      reportDueOn: localDateSchema.nullable(),
      reportSentOn: localDateSchema.nullable(),
      reportOnTime: yesNoUnknown,
    }),
  ),
  truncated: z.boolean(),
  counts: z.object({ due: z.number(), done: z.number(), doneOnTime: z.number(), overdue: z.number(), reportsLate: z.number() }),
});

export const completedScheduleCsvSchema = z.object({ filename: z.string(), csv: z.string(), rows: z.number(), truncated: z.boolean() });
