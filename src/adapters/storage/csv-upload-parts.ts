// Parts of a CSV file uploaded in several invokes (contracts/csv-upload.ts): plain KVS values with a one-hour TTL,
// keyed by the uploading user, so one user's parts never mix with another's and abandoned uploads expire.
import { kvs } from '@forge/kvs';
import { z } from 'zod';

import { MATRIX_KPI_KEYS } from './storage-keys';

const partSchema = z.object({ text: z.string() });
const TTL = { value: 1, unit: 'HOURS' } as const;

export async function saveCsvPart(accountId: string, uploadId: string, index: number, text: string): Promise<void> {
  await kvs.set(MATRIX_KPI_KEYS.csvUploadPart(accountId, uploadId, index), { text }, { ttl: TTL });
}

/** Parts 1…count in order; undefined where a part has not arrived (or has expired). */
export async function readCsvParts(accountId: string, uploadId: string, count: number): Promise<(string | undefined)[]> {
  const keys = Array.from({ length: count }, (_, offset) => MATRIX_KPI_KEYS.csvUploadPart(accountId, uploadId, offset + 1));
  const found = new Map<string, string>();
  for (let start = 0; start < keys.length; start += 25) {
    const result = await kvs.batchGet<unknown>(keys.slice(start, start + 25).map((key) => ({ key })));
    for (const item of result.successfulKeys) found.set(item.key, partSchema.parse(item.value).text);
  }
  return keys.map((key) => found.get(key));
}

export async function deleteCsvParts(accountId: string, uploadId: string, count: number): Promise<void> {
  const keys = Array.from({ length: count }, (_, offset) => ({ key: MATRIX_KPI_KEYS.csvUploadPart(accountId, uploadId, offset + 1) }));
  for (let start = 0; start < keys.length; start += 25) await kvs.batchDelete(keys.slice(start, start + 25));
}

export const kvsCsvUploadPorts = { saveCsvPart, readCsvParts, deleteCsvParts } as const;
