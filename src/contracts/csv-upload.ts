// How a page sends a CSV file to an import key, and the report it gets back. A Forge invoke carries at most 500 KB
// and a KVS value at most 240 KiB, so a file up to MAX_SINGLE_CSV_BYTES goes in one invoke; a larger one (a
// 2,000-row matrix is ~700 KB) goes in parts of at most MAX_CSV_PART_BYTES, each invoke carrying the same
// `uploadId` (a fresh id per run) and its 1-based `index` of `count`. Parts are kept for an hour; the import runs
// (dry or not) when the last missing part arrives, over the parts joined in index order, and consumes them.
import { z } from 'zod';

import type { CsvRowError } from '../domain/csv/csv-table';

export const MAX_SINGLE_CSV_BYTES = 450_000;
export const MAX_CSV_PART_BYTES = 200_000;
export const MAX_CSV_PARTS = 50;
/** Rows a file may hold (the header excluded): a whole 2,000-item matrix with room to spare. */
export const MAX_CSV_ROWS = 5_000;

function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

export const csvUploadSchema = z
  .object({
    csv: z.string({ error: 'csv must be the text of the file' }),
    dryRun: z.boolean({ error: 'dryRun must be true (only check the file) or false (check and store)' }),
    part: z
      .object({
        uploadId: z.string({ error: 'part.uploadId must be text' }).regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'part.uploadId must be 1–64 letters, digits, "_" or "-"' }),
        index: z.number({ error: 'part.index must be a whole number' }).int({ error: 'part.index must be a whole number' }).min(1, { error: 'part.index starts at 1' }),
        count: z
          .number({ error: 'part.count must be a whole number' })
          .int({ error: 'part.count must be a whole number' })
          .min(1, { error: `part.count must be from 1 to ${MAX_CSV_PARTS}` })
          .max(MAX_CSV_PARTS, { error: `part.count must be from 1 to ${MAX_CSV_PARTS}` }),
      })
      .strict()
      .refine((part) => part.index <= part.count, { error: 'part.index must not exceed part.count', path: ['index'] })
      .optional(),
  })
  .strict()
  .superRefine((upload, ctx) => {
    const limit = upload.part === undefined ? MAX_SINGLE_CSV_BYTES : MAX_CSV_PART_BYTES;
    if (utf8Bytes(upload.csv) > limit) {
      const advice = upload.part === undefined ? `; send a larger file in parts of at most ${MAX_CSV_PART_BYTES} bytes (part: { uploadId, index, count })` : '';
      ctx.addIssue({ code: 'custom', path: ['csv'], message: `csv must be at most ${limit} bytes (UTF-8) per invoke${advice}` });
    }
  });
export type CsvUpload = z.infer<typeof csvUploadSchema>;

export interface CsvImportReport<Action extends string> {
  readonly dryRun: boolean;
  /** True only when every row was valid and the changes were stored. */
  readonly applied: boolean;
  /** Data rows in the file (the header excluded). */
  readonly rows: number;
  /** Every problem found, by row (the header is row 1), column and rule; non-empty means nothing was stored. */
  readonly errors: readonly CsvRowError[];
  readonly summary: Readonly<Record<Action, number>>;
  /** The rows that change something (unchanged rows are only counted). */
  readonly changes: readonly { readonly row: number; readonly key: string; readonly actions: readonly Action[] }[];
}

/** A file part was stored; the import runs once every part has arrived. */
export interface CsvPartReceived {
  readonly status: 'part-received';
  readonly received: number;
  readonly parts: number;
}

export interface CsvExport {
  readonly filename: string;
  readonly csv: string;
  readonly rows: number;
}
