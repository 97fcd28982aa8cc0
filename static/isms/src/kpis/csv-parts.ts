// Splits a CSV file into the invokes measurements/import-csv takes (src/contracts/csv-upload.ts): one invoke up to
// MAX_SINGLE_CSV_BYTES, otherwise parts of at most MAX_CSV_PART_BYTES (UTF-8), never splitting a character.
import { MAX_CSV_PART_BYTES, MAX_CSV_PARTS, MAX_SINGLE_CSV_BYTES } from '../../../../src/contracts/csv-upload';

const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

/** The file's text in parts, each within the part limit; [text] when it fits one invoke; null when too large. */
export function csvParts(text: string, singleLimit = MAX_SINGLE_CSV_BYTES, partLimit = MAX_CSV_PART_BYTES, maxParts = MAX_CSV_PARTS): string[] | null {
  if (utf8Bytes(text) <= singleLimit) return [text];
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const character of text) {
    const size = utf8Bytes(character);
    if (bytes + size > partLimit) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += character;
    bytes += size;
  }
  if (current !== '') parts.push(current);
  return parts.length > maxParts ? null : parts;
}
