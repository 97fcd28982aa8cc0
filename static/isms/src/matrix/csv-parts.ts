// Splits a CSV file into the invokes `matrix/import-csv` accepts (src/contracts/csv-upload.ts): one invoke up to
// MAX_SINGLE_CSV_BYTES, else parts of at most MAX_CSV_PART_BYTES. The server joins parts verbatim, so a part may end
// anywhere except inside a character (we cut between code points).
import { MAX_CSV_PART_BYTES, MAX_SINGLE_CSV_BYTES } from '../../../../src/contracts/csv-upload';

export interface CsvInvoke {
  readonly csv: string;
  readonly part?: { readonly uploadId: string; readonly index: number; readonly count: number };
}

const utf8Length = (codePoint: string): number => new TextEncoder().encode(codePoint).length;

/** Consecutive slices of `text`, each at most `limit` UTF-8 bytes, never splitting a code point. */
export function splitByBytes(text: string, limit: number): string[] {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const codePoint of text) {
    const size = utf8Length(codePoint);
    if (bytes + size > limit && current !== '') {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += codePoint;
    bytes += size;
  }
  if (current !== '' || parts.length === 0) parts.push(current);
  return parts;
}

export function uploadParts(csv: string, uploadId: string, limits = { single: MAX_SINGLE_CSV_BYTES, part: MAX_CSV_PART_BYTES }): CsvInvoke[] {
  if (new TextEncoder().encode(csv).length <= limits.single) return [{ csv }];
  const parts = splitByBytes(csv, limits.part);
  return parts.map((part, offset) => ({ csv: part, part: { uploadId, index: offset + 1, count: parts.length } }));
}
