// A strict RFC 4180 reader for the matrix and measurement imports (no dependency: nothing may be installed).
// Rules:
// - fields are separated by ","; records end at CRLF or LF (a lone CR is kept as text); the last record's line
//   break is optional; a UTF-8 byte-order mark at the start is dropped (spreadsheets write one);
// - a field that starts with `"` is quoted: it runs to the next lone `"`, `""` inside it is one `"`, and it may hold
//   commas and line breaks; after the closing quote only a separator or the end of the record may follow;
// - a `"` inside an unquoted field is an error (RFC 4180 §2.5), not silently kept;
// - records are numbered as a spreadsheet numbers rows: the first record (the header) is row 1, and a quoted line
//   break does not start a new row. Empty lines keep their number but are not returned.
import { DomainError } from '../domain-error';

export interface CsvRecord {
  /** 1-based row number; the header is row 1. */
  readonly row: number;
  readonly cells: readonly string[];
}

/** Thrown for text that is not CSV; `details.row` and `details.column` (1-based) say where. */
export class CsvSyntaxError extends DomainError {
  constructor(
    readonly row: number,
    readonly column: number,
    rule: string,
  ) {
    super('INVALID_INPUT', `row ${row}, column ${column}: ${rule}`, { field: 'csv', row, column, rule });
  }
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

export function parseCsv(text: string): CsvRecord[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let row = 1;
  let i = 0;
  const endRecord = (): void => {
    const blank = cells.length === 1 && cells[0] === '';
    if (!blank) records.push({ row, cells });
    cells = [];
    row += 1;
  };
  // Each iteration reads one field and the separator or line break after it.
  for (;;) {
    let field: string;
    if (source.charCodeAt(i) === QUOTE) {
      const start = i;
      let value = '';
      i += 1;
      for (;;) {
        const close = source.indexOf('"', i);
        if (close < 0) throw new CsvSyntaxError(row, cells.length + 1, `the quoted field opened at character ${start + 1} is never closed`);
        value += source.slice(i, close);
        if (source.charCodeAt(close + 1) === QUOTE) {
          value += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      const next = source.charCodeAt(i);
      if (i < source.length && next !== COMMA && next !== LF && !(next === CR && source.charCodeAt(i + 1) === LF)) {
        throw new CsvSyntaxError(row, cells.length + 1, 'after a closing quote only "," or the end of the line may follow');
      }
      field = value;
    } else {
      let end = i;
      while (end < source.length) {
        const code = source.charCodeAt(end);
        if (code === COMMA || code === LF || (code === CR && source.charCodeAt(end + 1) === LF)) break;
        if (code === QUOTE) throw new CsvSyntaxError(row, cells.length + 1, 'a field containing " must be enclosed in quotes, with the " doubled');
        end += 1;
      }
      field = source.slice(i, end);
      i = end;
    }
    cells.push(field);
    if (i >= source.length) {
      endRecord();
      return records;
    }
    const separator = source.charCodeAt(i);
    if (separator === COMMA) {
      i += 1;
      continue;
    }
    i += separator === CR ? 2 : 1;
    endRecord();
    if (i >= source.length) return records;
  }
}
