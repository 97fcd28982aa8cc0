// Typed calls to the matrix and schedule resolver keys (src/resolvers/matrix-resolver.ts); every answer is parsed
// with the contract's own reply schema.
import { z } from 'zod';

import { csvExportSchema, csvPartReceivedSchema, matrixHistorySchema, matrixImportReportSchema, matrixListSchema, storedMonitoringItemSchema } from '../../../../src/contracts/matrix-payloads';
import type { MatrixImportReport } from '../../../../src/contracts/matrix-payloads';
import { completedScheduleCsvSchema, completedScheduleSchema } from '../../../../src/contracts/schedule-payloads';
import { invokeKey } from '../../../shared/invoke';
import type { Answer } from '../../../shared/invoke';
import { uploadParts } from './csv-parts';

const call = <S extends z.ZodType>(key: string, schema: S, payload: Readonly<Record<string, unknown>> = {}): Promise<Answer<z.infer<S>>> => invokeKey(key, schema, payload);

export const fetchMatrix = () => call('matrix/list', matrixListSchema);
export const fetchHistory = (id: string, cursor?: string) => call('matrix/history', matrixHistorySchema, cursor === undefined ? { id, limit: 20 } : { id, limit: 20, cursor });

/** `definition` is what the form holds; the resolver validates it with the contract's schema. */
export const createItem = (id: string, definition: unknown) => call('matrix/create', storedMonitoringItemSchema, { id, definition });
export const updateItem = (id: string, definition: unknown, expectedVersion: number) => call('matrix/update', storedMonitoringItemSchema, { id, definition, expectedVersion });
export const activateItem = (id: string, activeFrom: string, expectedVersion: number) => call('matrix/activate', storedMonitoringItemSchema, { id, activeFrom, expectedVersion });
export const retireItem = (id: string, reason: string, retiredOn: string, expectedVersion: number) =>
  call('matrix/retire', storedMonitoringItemSchema, { id, reason, retiredOn, expectedVersion });

export const exportMatrix = () => call('matrix/export-csv', csvExportSchema);
export const fetchSchedule = (from: string, to: string) => call('schedule/completed', completedScheduleSchema, { from, to });
export const exportSchedule = (from: string, to: string) => call('schedule/completed-csv', completedScheduleCsvSchema, { from, to });

const importAnswerSchema = z.union([matrixImportReportSchema, csvPartReceivedSchema]);

/**
 * Sends the file to `matrix/import-csv` (dry run or for real): in one invoke when small, else in parts under one
 * fresh upload id; the invoke that completes the file answers the report.
 */
export async function importMatrix(csv: string, dryRun: boolean): Promise<Answer<MatrixImportReport>> {
  const invokes = uploadParts(csv, crypto.randomUUID().replace(/-/g, ''));
  let answer: z.infer<typeof importAnswerSchema> | undefined;
  for (const invoke of invokes) {
    const sent = await call('matrix/import-csv', importAnswerSchema, { ...invoke, dryRun });
    if (sent.state === 'error') return sent;
    answer = sent.data;
  }
  if (answer === undefined || 'status' in answer) {
    const arrived = answer === undefined ? 'None' : `Only ${answer.received} of ${answer.parts}`;
    return { state: 'error', error: { code: 'INTERNAL', message: `${arrived} of the file's parts arrived; import it again.` } };
  }
  return { state: 'ready', data: answer };
}
