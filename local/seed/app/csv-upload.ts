// Sends a CSV file to an import key the way the pages do (src/contracts/csv-upload.ts): in one invoke when it is
// small enough, else in parts of at most MAX_CSV_PART_BYTES with one upload id, the last part answering the
// import report. The report must say the file was applied without errors.
import { randomUUID } from 'node:crypto';

import { z } from 'zod';

import { MAX_CSV_PART_BYTES, MAX_SINGLE_CSV_BYTES } from '../../../src/contracts/csv-upload';
import type { DemoRole } from '../demo-people';
import type { AppCaller } from './app-caller';

const reportSchema = z.object({
  applied: z.boolean(),
  rows: z.number(),
  errors: z.array(z.object({ row: z.number(), column: z.string(), rule: z.string() })),
  summary: z.record(z.string(), z.number()),
});
const partSchema = z.object({ status: z.literal('part-received') });
export type CsvImportReport = z.infer<typeof reportSchema>;

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** Whole lines (a CSV record never spans parts here: the seed's cells hold no line breaks) up to `limit` bytes. */
export function splitCsv(csv: string, limit: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const line of csv.split(/(?<=\n)/)) {
    if (bytes(line) > limit) throw new Error(`a CSV line of ${bytes(line)} bytes does not fit a part of ${limit}`);
    if (current !== '' && bytes(current) + bytes(line) > limit) {
      parts.push(current);
      current = '';
    }
    current += line;
  }
  if (current !== '') parts.push(current);
  return parts;
}

/** The contract's limits; tests pass smaller ones to send a small file in parts. */
export const CSV_LIMITS = { single: MAX_SINGLE_CSV_BYTES, part: MAX_CSV_PART_BYTES } as const;

export async function uploadCsv(
  app: AppCaller,
  as: DemoRole,
  target: { readonly moduleKey: string; readonly functionKey: string },
  csv: string,
  limits: { readonly single: number; readonly part: number } = CSV_LIMITS,
): Promise<CsvImportReport> {
  const { moduleKey, functionKey } = target;
  let report: CsvImportReport;
  if (bytes(csv) <= limits.single) {
    report = await app.call(as, moduleKey, functionKey, { csv, dryRun: false }, reportSchema);
  } else {
    const parts = splitCsv(csv, limits.part);
    const uploadId = randomUUID();
    for (const [offset, part] of parts.slice(0, -1).entries()) {
      await app.call(as, moduleKey, functionKey, { csv: part, dryRun: false, part: { uploadId, index: offset + 1, count: parts.length } }, partSchema);
    }
    const last = { csv: parts.at(-1) ?? '', dryRun: false, part: { uploadId, index: parts.length, count: parts.length } };
    report = await app.call(as, moduleKey, functionKey, last, reportSchema);
  }
  if (!report.applied || report.errors.length > 0) {
    const problems = report.errors.slice(0, 5).map((error) => `row ${error.row} ${error.column}: ${error.rule}`);
    throw new Error(`${moduleKey} ${functionKey} did not apply the file: ${problems.join('; ')}`);
  }
  return report;
}
