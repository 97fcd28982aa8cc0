// Turns an import invoke into the whole file's text: a single-invoke file as is, or — for a file sent in parts —
// stores this part and answers the joined text once every part is there (otherwise how many have arrived).
// Once the import has run (dry or not) the caller discards the parts with `discard`, so a later run cannot mix them.
import type { CsvPartReceived, CsvUpload } from '../contracts/csv-upload';

export interface CsvUploadPorts {
  readonly saveCsvPart: (accountId: string, uploadId: string, index: number, text: string) => Promise<void>;
  readonly readCsvParts: (accountId: string, uploadId: string, count: number) => Promise<(string | undefined)[]>;
  readonly deleteCsvParts: (accountId: string, uploadId: string, count: number) => Promise<void>;
}

export type AssembledUpload = { readonly complete: true; readonly text: string; readonly discard: () => Promise<void> } | { readonly complete: false; readonly progress: CsvPartReceived };

export async function assembleCsvUpload(ports: CsvUploadPorts, upload: CsvUpload, accountId: string): Promise<AssembledUpload> {
  const { part } = upload;
  if (part === undefined || part.count === 1) return { complete: true, text: upload.csv, discard: () => Promise.resolve() };
  await ports.saveCsvPart(accountId, part.uploadId, part.index, upload.csv);
  const parts = await ports.readCsvParts(accountId, part.uploadId, part.count);
  const received = parts.filter((text) => text !== undefined).length;
  if (received < part.count) return { complete: false, progress: { status: 'part-received', received, parts: part.count } };
  return { complete: true, text: parts.join(''), discard: () => ports.deleteCsvParts(accountId, part.uploadId, part.count) };
}
